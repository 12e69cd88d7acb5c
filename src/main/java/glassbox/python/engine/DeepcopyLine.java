package glassbox.python.engine;

/** The lines of the deepcopy pseudo-code ({@link Tracer#CODE_KEY}) the steps point at. */
public enum DeepcopyLine {
    MEMO_HIT(2), VISIT(5), VISIT_TUPLE(8), TUPLE_SAME(9), TUPLE_NEW(10), DONE(11);

    /** The highest line the engine names (the test checks every language has it). */
    public static final int HIGHEST = 11;

    private final int line;

    DeepcopyLine(int line) {
        this.line = line;
    }

    public int line() {
        return line;
    }
}
