package glassbox.threads.engine;

/**
 * One machine step of an incref or decref: load {@code ob_refcnt} into the thread's register, add
 * or subtract 1 in the register, store the register back. Nothing makes the three one step.
 */
public enum MicroOp {
    LOAD("load", CodeLine.Refcount.LOAD),
    ADD("add", CodeLine.Refcount.ADD),
    SUB("sub", CodeLine.Refcount.ADD),
    STORE("store", CodeLine.Refcount.STORE);

    private final String id;
    private final CodeLine.Refcount line;

    MicroOp(String id, CodeLine.Refcount line) {
        this.id = id;
        this.line = line;
    }

    /** The name in JSON output. */
    public String id() {
        return id;
    }

    public CodeLine.Refcount line() {
        return line;
    }
}
