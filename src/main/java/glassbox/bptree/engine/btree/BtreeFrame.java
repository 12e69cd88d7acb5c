package glassbox.bptree.engine.btree;

import java.util.List;

/**
 * The state one B-Tree step shows: the order, whether splits are preemptive, the whole tree (null
 * when empty), what the step did, and the keys a range walk has output so far.
 */
public record BtreeFrame(int order, boolean preemptive, BTreeSnap root, BtreeEvent event, List<Integer> output) {
    public BtreeFrame {
        output = List.copyOf(output);
    }
}
