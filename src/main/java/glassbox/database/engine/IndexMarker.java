package glassbox.database.engine;

import glassbox.player.EventKind;

/** Scrubber markers of the index replay. */
public enum IndexMarker implements EventKind {
    BUILD("build", "database.marker.build"),
    PLAN("plan", "database.marker.plan"),
    VERDICT("verdict", "database.marker.verdict");

    private final String id;
    private final String labelKey;

    IndexMarker(String id, String labelKey) {
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
