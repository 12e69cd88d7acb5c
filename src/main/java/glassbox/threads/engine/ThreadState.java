package glassbox.threads.engine;

/** What a thread is doing between two events: the lanes of the timeline draw these. */
public enum ThreadState {
    RUNNING("running", "threads.state.running"),
    WAITING("waiting", "threads.state.waiting"),
    IO("io", "threads.state.io"),
    DONE("done", "threads.state.done"),
    /** Blocked on the shared lock: it holds no core (and not the GIL) until the lock is its. */
    BLOCKED("blocked", "threads.state.blocked");

    private static final ThreadState[] ALL = values();
    private final String id;
    private final String labelKey;

    ThreadState(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    /** CSS class suffix: {@code state-running}. */
    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    public static ThreadState ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
