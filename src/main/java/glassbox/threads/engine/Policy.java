package glassbox.threads.engine;

import java.util.Locale;

/** How threads share the machine: the GIL, free threading, serial, gevent, generators or processes. */
public enum Policy {
    GIL("gil", "threads.policy.gil", "threads.code.gil"),
    NOGIL("nogil", "threads.policy.nogil", "threads.code.nogil"),
    SERIAL("serial", "threads.policy.serial", "threads.code.serial"),
    GEVENT("gevent", "threads.policy.gevent", "threads.code.gevent"),
    YIELD("yield", "threads.policy.yield", "threads.code.yield"),
    PROCESS("process", "threads.policy.process", "threads.code.process");

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

    /** True when one thread at a time runs Python code (everything but nogil and process). */
    public boolean oneAtATime() {
        return this != NOGIL && this != PROCESS;
    }

    /** True when the policy runs CPU work on several cores at once (nogil, process). */
    public boolean usesCores() {
        return this == NOGIL || this == PROCESS;
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
                "unknown policy '" + id + "' (use gil, nogil, serial, gevent, yield or process)", "policy", String.valueOf(id));
    }
}
