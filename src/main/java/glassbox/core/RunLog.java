package glassbox.core;

/** Where a tab records a finished run (the shell backs it with the history store). */
@FunctionalInterface
public interface RunLog {
    /** Records a run; never throws. Runs finished before the store is ready are queued. */
    void save(String topic, String paramsJson, String resultsJson);

    /** A log that forgets everything (tests that do not look at the history). */
    static RunLog discard() {
        return (topic, params, results) -> { };
    }
}
