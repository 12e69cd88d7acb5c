package glassbox.bptree.engine;

import java.util.List;

/** Whether a key is present, and the key lists of the nodes the search visited, root to leaf. */
public record SearchResult(boolean found, List<List<Integer>> path) {
    public SearchResult {
        path = List.copyOf(path);
    }
}
