package glassbox.threads.engine;

import java.util.Locale;

/** How threads share the machine: the GIL, free threading, serial, gevent or generators. */
public enum Policy {
    GIL("gil", "threads.policy.gil", "threads.code.gil"),
    NOGIL("nogil", "threads.policy.nogil", "threads.code.nogil"),
    SERIAL("serial", "threads.policy.serial", "threads.code.serial"),
    GEVENT("gevent", "threads.policy.gevent", "threads.code.gevent"),
    YIELD("yield", "threads.policy.yield", "threads.code.yield");

    private final String id;
    private final String labelKey;
    private final String codeKey;

    Policy(String id, String labelKey, String codeKey) {
        this.id = id;
        this.labelKey = labelKey;
        this.codeKey = codeKey;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Bundle key of the pseudo-code the trace steps through. */
    public String codeKey() {
        return codeKey;
    }

    /** True when one thread at a time runs Python code (everything but nogil). */
    public boolean oneAtATime() {
        return this != NOGIL;
    }

    public static Policy parse(String id) {
        if (id != null) {
            for (Policy p : values()) {
                if (p.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
        }
        throw new WorkloadException(WorkloadException.Problem.SETTING,
                "unknown policy '" + id + "' (use gil, nogil, serial, gevent or yield)", "policy", String.valueOf(id));
    }
}
