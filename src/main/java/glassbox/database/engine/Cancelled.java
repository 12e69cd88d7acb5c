package glassbox.database.engine;

/** Thrown when an experiment stops because its run was cancelled; nothing half-built is left. */
public final class Cancelled extends RuntimeException {
    public Cancelled() {
        super("cancelled");
    }
}
