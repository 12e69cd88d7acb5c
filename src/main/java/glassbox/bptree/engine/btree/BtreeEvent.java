package glassbox.bptree.engine.btree;

import java.util.List;

/** What one B-Tree step did, as data; each kind of step is its own record. */
public sealed interface BtreeEvent {
    BtreeEventKind kind();

    /** An operation begins ({@code op}: insert, delete, search, range). */
    record Start(String op, int key) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.START;
        }
    }

    /** Going from node {@code node} down to its child {@code child}. */
    record Descend(long node, int child) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.DESCEND;
        }
    }

    record Place(long node, int key) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.PLACE;
        }
    }

    record Refuse(int key) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.REFUSE;
        }
    }

    record Overflow(long node, int keys) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.OVERFLOW;
        }
    }

    /** Node {@code node} split: key {@code rising} went up, {@code right} is the new right half. */
    record Split(long node, long right, int rising, boolean preemptive) implements BtreeEvent {
        public BtreeEventKind kind() {
            return preemptive ? BtreeEventKind.PREEMPTIVE_SPLIT : BtreeEventKind.SPLIT;
        }
    }

    record NewRoot(long node) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.NEW_ROOT;
        }
    }

    /** A search ends: found in node {@code node} at {@code index}, or not there. */
    record Found(long node, int index, boolean found, int depth) implements BtreeEvent {
        public BtreeEventKind kind() {
            return found ? BtreeEventKind.FOUND : BtreeEventKind.MISSING;
        }
    }

    record Remove(long node, int key) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.REMOVE;
        }
    }

    /** A key in an internal node replaced by its predecessor or successor from a leaf. */
    record Replace(long node, int key, int replacement, boolean predecessor) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.REPLACE;
        }
    }

    record Underflow(long node, int keys) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.UNDERFLOW;
        }
    }

    record BorrowLeft(long node, long sibling) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.BORROW_LEFT;
        }
    }

    record BorrowRight(long node, long sibling) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.BORROW_RIGHT;
        }
    }

    /** {@code right} merged into {@code left} with the parent's key {@code down} between them. */
    record Merge(long left, long right, int down) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.MERGE;
        }
    }

    record RootShrink(long newRoot) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.ROOT_SHRINK;
        }
    }

    /** The range walk arrives at node {@code node} ({@code visits} arrivals so far). */
    record Visit(long node, int visits) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.VISIT;
        }
    }

    record Take(long node, int index, int key) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.TAKE;
        }
    }

    /** The range walk climbs back from a child to {@code node}. */
    record Climb(long node, int visits) implements BtreeEvent {
        public BtreeEventKind kind() {
            return BtreeEventKind.CLIMB;
        }
    }

    record Done(String op, List<Integer> output) implements BtreeEvent {
        public Done {
            output = List.copyOf(output);
        }

        public BtreeEventKind kind() {
            return BtreeEventKind.DONE;
        }
    }
}
