package glassbox.bptree.engine;

import glassbox.player.Highlight;

/**
 * What a B+Tree step lights: whole nodes, single key cells, parent→child edges, next links. The
 * view matches these by type; {@code toString} gives the compact form ("node:5") for messages.
 */
public final class Highlights {
    private Highlights() {
    }

    /** A whole node. */
    public record NodeLit(long id) implements Highlight {
        @Override
        public String toString() {
            return "node:" + id;
        }
    }

    /** The key cell at {@code index} of node {@code id}. */
    public record KeyLit(long id, int index) implements Highlight {
        @Override
        public String toString() {
            return "key:" + id + ":" + index;
        }
    }

    /** The edge from internal node {@code parent} to its child number {@code child}. */
    public record EdgeLit(long parent, int child) implements Highlight {
        @Override
        public String toString() {
            return "edge:" + parent + ":" + child;
        }
    }

    /** The next link leaving leaf {@code leaf}. */
    public record LinkLit(long leaf) implements Highlight {
        @Override
        public String toString() {
            return "link:" + leaf;
        }
    }

    public static Highlight node(long id) {
        return new NodeLit(id);
    }

    public static Highlight key(long id, int index) {
        return new KeyLit(id, index);
    }

    public static Highlight edge(long parent, int child) {
        return new EdgeLit(parent, child);
    }

    public static Highlight link(long leaf) {
        return new LinkLit(leaf);
    }
}
