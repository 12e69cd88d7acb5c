package glassbox.python.engine;

/**
 * Told about every step while a script runs. It reads what it needs from the interpreter's
 * read-only accessors (variables, output, what the statement changed, the deepcopy memo).
 */
@FunctionalInterface
public interface StepSink {
    /**
     * @param in     the interpreter, paused at this step
     * @param kind   what kind of step
     * @param source for deepcopy steps the object being copied (else null)
     * @param copy   for deepcopy steps its copy (else null)
     */
    void step(Interpreter in, StepKind kind, Py.Obj source, Py.Obj copy);

    /** Records nothing (the CLI only counts). */
    StepSink NONE = (in, kind, source, copy) -> { };
}
