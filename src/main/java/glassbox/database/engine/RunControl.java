package glassbox.database.engine;

import glassbox.core.Progress;

/**
 * {@link Progress} with the experiments' own phases: what older callers implement. The engine
 * takes any {@link Progress}; phases arrive as {@link Phase} names.
 */
public interface RunControl extends Progress {
    RunControl NONE = new RunControl() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void progress(Phase phase, long done, long total) {
        }
    };

    void progress(Phase phase, long done, long total);

    @Override
    default void report(String phase, long done, long total) {
        progress(Phase.valueOf(phase), done, total);
    }

    /** Throws {@link Cancelled} when the run was cancelled. */
    @Override
    default void checkCancelled() {
        if (cancelled()) {
            throw new Cancelled();
        }
    }
}
