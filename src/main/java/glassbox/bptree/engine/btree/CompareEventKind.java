package glassbox.bptree.engine.btree;

import glassbox.player.EventKind;

/** The notable steps of a side-by-side run, marked on the scrubber (lesson questions name them). */
public enum CompareEventKind implements EventKind {
    BTREE_STOPS("btree-stops", "btree.cmp.event.btreeStops"),
    BPTREE_LEAF("bptree-leaf", "btree.cmp.event.bptreeLeaf"),
    BTREE_SPLIT("btree-split", "btree.cmp.event.btreeSplit"),
    BPTREE_SPLIT("bptree-split", "btree.cmp.event.bptreeSplit"),
    BOTH_SPLIT("both-split", "btree.cmp.event.bothSplit"),
    RESTRUCTURE("restructure", "btree.cmp.event.restructure"),
    SUMMARY("summary", "btree.cmp.event.summary");

    private final String id;
    private final String labelKey;

    CompareEventKind(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
