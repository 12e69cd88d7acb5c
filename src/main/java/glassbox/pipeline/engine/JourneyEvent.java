package glassbox.pipeline.engine;

import glassbox.player.EventKind;

/** The notable steps marked on the scrubber. */
public enum JourneyEvent implements EventKind {
    SHORT_CIRCUIT("short-circuit", "pipeline.event.shortCircuit"),
    EXCEPTION("exception", "pipeline.event.exception"),
    HANDLED("handled", "pipeline.event.handled"),
    CONVERTED("converted", "pipeline.event.converted"),
    VIEW("view", "pipeline.event.view"),
    RESPONSE("response", "pipeline.event.response");

    private final String id;
    private final String labelKey;

    JourneyEvent(String id, String labelKey) {
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
