package glassbox.database.engine;

import glassbox.player.EventKind;

/** Scrubber markers of the locking replay: the anomalies and the costs of preventing them. */
public enum LockMarker implements EventKind {
    LOST_UPDATE("lost", "database.marker.lost"),
    OVERSOLD("oversold", "database.marker.oversold"),
    LOCK_WAIT("wait", "database.marker.wait"),
    RETRY("retry", "database.marker.retry"),
    REJECT("reject", "database.marker.reject");

    private final String id;
    private final String labelKey;

    LockMarker(String id, String labelKey) {
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
