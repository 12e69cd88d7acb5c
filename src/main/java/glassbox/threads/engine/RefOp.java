package glassbox.threads.engine;

import java.util.Locale;

/** What a thread does to the object's reference count: CPython's {@code Py_INCREF} or {@code Py_DECREF}. */
public enum RefOp {
    INCREF("incref", 1),
    DECREF("decref", -1);

    private final String id;
    private final int delta;

    RefOp(String id, int delta) {
        this.id = id;
        this.delta = delta;
    }

    public String id() {
        return id;
    }

    /** +1 or -1. */
    public int delta() {
        return delta;
    }

    /** The middle micro-op: add for incref, sub for decref. */
    public MicroOp arithmetic() {
        return delta > 0 ? MicroOp.ADD : MicroOp.SUB;
    }

    public static RefOp parse(String thread, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (RefOp op : values()) {
            if (op.id.equals(t)) {
                return op;
            }
        }
        throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                thread + ": unknown op \"" + text + "\" (use incref or decref)", thread + ": unknown op \"" + text + "\"");
    }
}
