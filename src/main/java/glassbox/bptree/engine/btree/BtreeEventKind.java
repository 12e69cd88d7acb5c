package glassbox.bptree.engine.btree;

import glassbox.player.EventKind;

/** The kinds of B-Tree step; splits, merges, borrows and the like are marked on the scrubber. */
public enum BtreeEventKind implements EventKind {
    START("start", "btree.event.start", false),
    DESCEND("descend", "btree.event.descend", false),
    PLACE("place", "btree.event.place", false),
    REFUSE("refuse", "btree.event.refuse", true),
    OVERFLOW("overflow", "btree.event.overflow", true),
    SPLIT("split", "btree.event.split", true),
    PREEMPTIVE_SPLIT("preemptive-split", "btree.event.preemptiveSplit", true),
    NEW_ROOT("new-root", "btree.event.newRoot", true),
    FOUND("found", "btree.event.found", true),
    MISSING("missing", "btree.event.missing", false),
    REMOVE("remove", "btree.event.remove", false),
    REPLACE("replace", "btree.event.replace", true),
    UNDERFLOW("underflow", "btree.event.underflow", true),
    BORROW_LEFT("borrow-left", "btree.event.borrowLeft", true),
    BORROW_RIGHT("borrow-right", "btree.event.borrowRight", true),
    MERGE("merge", "btree.event.merge", true),
    ROOT_SHRINK("root-shrink", "btree.event.rootShrink", true),
    VISIT("visit", "btree.event.visit", false),
    TAKE("take", "btree.event.take", false),
    CLIMB("climb", "btree.event.climb", false),
    DONE("done", "btree.event.done", false);

    private final String id;
    private final String labelKey;
    private final boolean marked;

    BtreeEventKind(String id, String labelKey, boolean marked) {
        this.id = id;
        this.labelKey = labelKey;
        this.marked = marked;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** True when the scrubber shows a marker for steps of this kind. */
    public boolean marked() {
        return marked;
    }
}
