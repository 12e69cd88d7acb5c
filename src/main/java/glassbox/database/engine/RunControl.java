package glassbox.database.engine;

/**
 * How an experiment reports progress and learns it was cancelled. The GUI backs it with a
 * {@code Task}; the CLI with {@link #NONE}. May be called from several threads.
 */
public interface RunControl {
    RunControl NONE = new RunControl() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void progress(Phase phase, long done, long total) {
        }
    };

    boolean cancelled();

    void progress(Phase phase, long done, long total);

    /** Throws {@link Cancelled} when the run was cancelled. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }
}
