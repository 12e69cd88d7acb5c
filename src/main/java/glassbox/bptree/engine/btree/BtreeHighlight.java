package glassbox.bptree.engine.btree;

import glassbox.player.Highlight;

/** What a B-Tree step lights up: a node, one key cell, or the edge to a child. */
public sealed interface BtreeHighlight extends Highlight {
    /** A whole node. */
    record NodeMark(long id) implements BtreeHighlight {
    }

    /** Key {@code index} of node {@code id}. */
    record KeyMark(long id, int index) implements BtreeHighlight {
    }

    /** The edge from node {@code parent} to its child {@code child}. */
    record EdgeMark(long parent, int child) implements BtreeHighlight {
    }
}
