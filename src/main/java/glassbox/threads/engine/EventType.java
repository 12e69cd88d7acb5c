package glassbox.threads.engine;

import glassbox.player.EventKind;

/** What happened to a thread at an instant; also the scrubber marker of the step showing it. */
public enum EventType implements EventKind {
    ACQUIRE("acquire", "threads.event.acquire"),
    RELEASE("release", "threads.event.release"),
    WAIT("wait", "threads.event.wait"),
    DROP_REQUEST("drop_request", "threads.event.drop_request"),
    IO_START("io_start", "threads.event.io_start"),
    IO_END("io_end", "threads.event.io_end"),
    END("end", "threads.event.end"),
    /** The thread takes the shared lock ({@code with lock:}); other = the thread that handed it over. */
    LOCK("lock", "threads.event.lock"),
    /** The thread leaves {@code with lock:} and lets the shared lock go. */
    UNLOCK("unlock", "threads.event.unlock"),
    /** The thread finds the shared lock taken and blocks on it; other = its holder. */
    LOCK_WAIT("lock_wait", "threads.event.lock_wait");

    private static final EventType[] ALL = values();
    private final String id;
    private final String labelKey;

    EventType(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    /** The name in JSON output and the CSS marker class suffix. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    static EventType ofOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
