package glassbox.threads.engine;

/** A workload (thread list, bursts, settings) that cannot be simulated; the message says why. */
public final class WorkloadException extends IllegalArgumentException {
    private final Problem problem;
    private final transient Object[] args;

    /** Every way a workload can be wrong, with the bundle key the GUI shows. */
    public enum Problem {
        SYNTAX("threads.error.syntax"),
        DURATION("threads.error.duration"),
        PRECISION("threads.error.precision"),
        REPEAT("threads.error.repeat"),
        TOO_BIG("threads.error.tooBig"),
        NAME("threads.error.name"),
        DUPLICATE("threads.error.duplicate"),
        NO_THREADS("threads.error.noThreads"),
        SETTING("threads.error.setting"),
        REFCOUNT("threads.error.refcount"),
        TOO_COSTLY("threads.error.tooCostly");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public WorkloadException(Problem problem, String message, Object... args) {
        super(message);
        this.problem = problem;
        this.args = args.clone();
    }

    public Problem problem() {
        return problem;
    }

    /** Arguments for the bundle pattern {@link Problem#key()}. */
    public Object[] args() {
        return args.clone();
    }
}
