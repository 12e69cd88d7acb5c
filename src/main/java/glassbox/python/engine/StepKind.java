package glassbox.python.engine;

/** What a recorded step shows: the start, a finished statement, a move of deepcopy, or the error. */
public enum StepKind {
    START, STATEMENT, DEEP_VISIT, DEEP_MEMO_HIT, DEEP_DONE, DEEP_TUPLE_SAME, DEEP_TUPLE_NEW, ERROR
}
