package glassbox.bptree.engine;

/**
 * What one step of a B+Tree operation does, typed: the view animates by the record's kind and
 * fields (node ids refer to {@link NodeSnap#id()}). Keys are plain ints.
 */
public sealed interface StepEvent {
    /** The kind of step; exported traces name it as {@code "kind"}. */
    @com.fasterxml.jackson.annotation.JsonProperty("kind")
    BptreeEventKind kind();

    /** An operation begins. */
    record Start(Operation op, int key, int key2) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.START;
        }
    }

    /** At {@code node}, {@code key} was compared with the node's keys; the walk goes to child {@code child}. */
    record Descend(long node, int key, int child) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.DESCEND;
        }
    }

    /** A leaf was reached and its keys compared with {@code key}. */
    record Compare(long leaf, int key, int index) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.COMPARE;
        }
    }

    /** {@code key} was placed at {@code index} of {@code leaf}. */
    record Place(long leaf, int index, int key) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.PLACE;
        }
    }

    /** The operation was refused (duplicate on insert, absent on delete); nothing changed. */
    record Refuse(long node, int key, boolean duplicate) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.REFUSE;
        }
    }

    /** {@code node} holds D keys, one too many. */
    record Overflow(long node, int keys) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.OVERFLOW;
        }
    }

    /** Leaf {@code left} split; {@code right} is the new leaf, linked after it; {@code key} was copied up to {@code parent}. */
    record LeafSplit(long left, long right, long parent, int key) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.LEAF_SPLIT;
        }
    }

    /** Internal node {@code left} split; {@code key} moved up to {@code parent}. */
    record InternalSplit(long left, long right, long parent, int key) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.INTERNAL_SPLIT;
        }
    }

    /** A new root grew on top with the risen key. */
    record NewRoot(long root, int key) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.NEW_ROOT;
        }
    }

    /** {@code key} was removed from {@code leaf}. */
    record Remove(long leaf, int index, int key) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.REMOVE;
        }
    }

    /** Separator {@code index} of {@code node} changed from {@code oldKey} to {@code newKey}. */
    record SeparatorReplace(long node, int index, int oldKey, int newKey) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.SEPARATOR;
        }
    }

    /** {@code node} has fewer than the minimum number of keys. */
    record Underflow(long node, int keys, int min) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.UNDERFLOW;
        }
    }

    /** {@code node} borrowed {@code key} from its left sibling through {@code parent}; the separator became {@code separator}. */
    record BorrowLeft(long node, long sibling, long parent, int key, int separator) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.BORROW_LEFT;
        }
    }

    /** {@code node} borrowed {@code key} from its right sibling through {@code parent}; the separator became {@code separator}. */
    record BorrowRight(long node, long sibling, long parent, int key, int separator) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.BORROW_RIGHT;
        }
    }

    /** {@code right} was merged into {@code left}; {@code separator} was pulled down (internal) or dropped (leaf). */
    record Merge(long left, long right, long parent, int separator, boolean leaf) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.MERGE;
        }
    }

    /** The root had no keys left; {@code newRoot} (or nothing, -1) took its place. */
    record RootShrink(long oldRoot, long newRoot) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.ROOT_SHRINK;
        }
    }

    /** A search ended: {@code found} tells whether {@code key} is at {@code index} of {@code leaf}. */
    record Found(long leaf, int index, int key, boolean found) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.FOUND;
        }
    }

    /** The range scan read key {@code index} of {@code leaf} ({@code taken}: inside the range). */
    record RangeWalk(long leaf, int index, int key, boolean taken, int leavesVisited) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.RANGE_WALK;
        }
    }

    /** Bulk load built {@code node} on level {@code level} (0 = leaves). */
    record BulkNode(long node, int level) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.BULK;
        }
    }

    /** The operation finished. */
    record Done(Operation op, boolean ok) implements StepEvent {
        public BptreeEventKind kind() {
            return BptreeEventKind.DONE;
        }
    }
}
