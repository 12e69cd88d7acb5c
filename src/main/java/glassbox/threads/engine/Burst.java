package glassbox.threads.engine;

/**
 * One piece of a thread's work: {@code cpu} (needs a core, and the GIL under {@code gil}) or
 * {@code io} (needs neither), lasting an exact number of nanoseconds of virtual time.
 */
public record Burst(Kind kind, long nanos) {
    /** What a burst needs. */
    public enum Kind {
        CPU("cpu"),
        IO("io");

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

    public boolean isCpu() {
        return kind == Kind.CPU;
    }
}
