package glassbox.bptree.engine;

import glassbox.player.EventKind;

/** The kinds of B+Tree step; the notable ones are marked on the player's scrubber. */
public enum BptreeEventKind implements EventKind {
    START("start", "bptree.event.start", false),
    DESCEND("descend", "bptree.event.descend", false),
    COMPARE("compare", "bptree.event.compare", false),
    PLACE("place", "bptree.event.place", false),
    REFUSE("refuse", "bptree.event.refuse", true),
    OVERFLOW("overflow", "bptree.event.overflow", true),
    LEAF_SPLIT("leaf-split", "bptree.event.leafSplit", true),
    INTERNAL_SPLIT("internal-split", "bptree.event.internalSplit", true),
    NEW_ROOT("new-root", "bptree.event.newRoot", true),
    REMOVE("remove", "bptree.event.remove", false),
    SEPARATOR("separator", "bptree.event.separator", true),
    UNDERFLOW("underflow", "bptree.event.underflow", true),
    BORROW_LEFT("borrow-left", "bptree.event.borrowLeft", true),
    BORROW_RIGHT("borrow-right", "bptree.event.borrowRight", true),
    MERGE("merge", "bptree.event.merge", true),
    ROOT_SHRINK("root-shrink", "bptree.event.rootShrink", true),
    FOUND("found", "bptree.event.found", true),
    RANGE_WALK("range-walk", "bptree.event.rangeWalk", false),
    BULK("bulk", "bptree.event.bulk", false),
    DONE("done", "bptree.event.done", false);

    private final String id;
    private final String labelKey;
    private final boolean marked;

    BptreeEventKind(String id, String labelKey, boolean marked) {
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
