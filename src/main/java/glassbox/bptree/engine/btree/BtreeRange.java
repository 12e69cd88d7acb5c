package glassbox.bptree.engine.btree;

import java.util.List;

/**
 * The keys a ≤ k ≤ b of an in-order walk, the distinct nodes it read, and how many times it
 * arrived at a node (going down or climbing back up).
 */
public record BtreeRange(List<Integer> keys, int nodesRead, int arrivals) {
    public BtreeRange {
        keys = List.copyOf(keys);
    }
}
