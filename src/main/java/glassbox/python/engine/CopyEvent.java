package glassbox.python.engine;

import glassbox.player.EventKind;

/** Steps marked on the scrubber: a new alias, an in-place change, a shallow or deep copy, the error. */
public enum CopyEvent implements EventKind {
    ALIAS("alias", "copy.event.alias"),
    MUTATION("mutation", "copy.event.mutation"),
    COPY("copy", "copy.event.copy"),
    DEEPCOPY("deepcopy", "copy.event.deepcopy"),
    ERROR("error", "copy.event.error");

    private final String id;
    private final String labelKey;

    CopyEvent(String id, String labelKey) {
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
