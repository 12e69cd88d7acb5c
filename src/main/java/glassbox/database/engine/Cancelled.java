package glassbox.database.engine;

import java.util.concurrent.CancellationException;

/** Thrown when an experiment stops because its run was cancelled; nothing half-built is left. */
public final class Cancelled extends CancellationException {
    public Cancelled() {
        super("cancelled");
    }

    /** Throws when {@code progress} says the run was cancelled. */
    static void check(glassbox.core.Progress progress) {
        if (progress.cancelled()) {
            throw new Cancelled();
        }
    }
}
