package glassbox.bptree.engine;

import java.util.List;

/** The keys a ≤ k ≤ b in order, and how many leaves the scan read. */
public record RangeResult(List<Integer> keys, int leavesVisited) {
    public RangeResult {
        keys = List.copyOf(keys);
    }
}
