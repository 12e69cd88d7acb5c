package glassbox.threads.engine;

/**
 * One piece of a thread's work: {@code cpu} (needs a core, and the GIL under {@code gil}),
 * {@code io} (needs neither) or {@code lock} (cpu work inside {@code with lock:}: it also needs the
 * one lock the threads share, a {@code threading.Lock} or a {@code multiprocessing.Value}'s
 * {@code get_lock()}), lasting an exact number of nanoseconds of virtual time.
 */
public record Burst(Kind kind, long nanos) {
    /** What a burst needs. */
    public enum Kind {
        CPU("cpu"),
        IO("io"),
        LOCK("lock");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Burst {
        if (nanos <= 0) {
            throw new IllegalArgumentException("burst duration must be positive: " + nanos);
        }
    }

    public static Burst cpu(long nanos) {
        return new Burst(Kind.CPU, nanos);
    }

    public static Burst io(long nanos) {
        return new Burst(Kind.IO, nanos);
    }

    public static Burst lock(long nanos) {
        return new Burst(Kind.LOCK, nanos);
    }

    /** True when the burst runs code, so needs a core (cpu and lock). */
    public boolean isCpu() {
        return kind != Kind.IO;
    }

    /** True when the burst holds the shared lock while it runs. */
    public boolean isLocked() {
        return kind == Kind.LOCK;
    }
}
