package glassbox.python.engine;

import glassbox.player.EventKind;

/**
 * Steps marked on the scrubber: a new alias, an in-place change, a shallow or deep copy, the error,
 * a call, a return, a yield, a caught exception, a loop iteration, entering a with-block.
 */
public enum CopyEvent implements EventKind {
    ALIAS("alias", "copy.event.alias"),
    MUTATION("mutation", "copy.event.mutation"),
    COPY("copy", "copy.event.copy"),
    DEEPCOPY("deepcopy", "copy.event.deepcopy"),
    ERROR("error", "copy.event.error"),
    CALL("call", "python.event.call"),
    RETURN("return", "python.event.return"),
    YIELD("yield", "python.event.yield"),
    EXCEPTION("exception", "python.event.exception"),
    LOOP("loop", "python.event.loop"),
    WITH("with", "python.event.with");

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
