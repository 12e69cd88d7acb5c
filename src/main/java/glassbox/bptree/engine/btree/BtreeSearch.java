package glassbox.bptree.engine.btree;

import java.util.List;

/** Whether a key is present, and the key lists of the nodes the search read, root first. */
public record BtreeSearch(boolean found, List<List<Integer>> path) {
    public BtreeSearch {
        path = List.copyOf(path);
    }
}
