package glassbox.core;

import java.util.concurrent.CancellationException;

/**
 * How long engine work reports progress and learns it was cancelled: the one progress/cancel
 * interface. The GUI backs it with a {@code Task}; the CLI and tests with {@link #NONE}. May be
 * called from several threads.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void report(String phase, long done, long total) {
        }
    };

    boolean cancelled();

    /**
     * @param phase a short name of what is running now (an enum's name, shown via the bundles)
     * @param done  work done so far, in the phase's own unit
     * @param total the phase's whole work in that unit (≤ 0 when unknown)
     */
    void report(String phase, long done, long total);

    /** Throws {@link CancellationException} when the work was cancelled. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
