package glassbox.python.engine;

/**
 * What a recorded step shows: the start, a finished statement (or loop/branch header), a call entered,
 * a return, a yield, an exception caught or suppressed by __exit__, a move of deepcopy, or the error.
 */
public enum StepKind {
    START, STATEMENT, CALL, RETURN, YIELD, CAUGHT, SUPPRESSED, DEEP_VISIT, DEEP_MEMO_HIT, DEEP_DONE, DEEP_TUPLE_SAME, DEEP_TUPLE_NEW, ERROR
}
