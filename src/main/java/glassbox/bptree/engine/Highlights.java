package glassbox.bptree.engine;

/** The ids a step highlights: whole nodes, single key cells, parent→child edges, next links. */
public final class Highlights {
    private Highlights() {
    }

    public static String node(long id) {
        return "node:" + id;
    }

    public static String key(long id, int index) {
        return "key:" + id + ":" + index;
    }

    public static String edge(long parent, int child) {
        return "edge:" + parent + ":" + child;
    }

    public static String link(long leaf) {
        return "link:" + leaf;
    }
}
