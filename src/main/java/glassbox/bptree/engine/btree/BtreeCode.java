package glassbox.bptree.engine.btree;

/** The pseudo-code texts the B-Tree steps through, with their lines named. */
public final class BtreeCode {
    public static final String INSERT = "btree.code.insert";
    public static final String DELETE = "btree.code.delete";
    public static final String SEARCH = "btree.code.search";
    public static final String RANGE = "btree.code.range";

    private BtreeCode() {
    }

    /** Lines of {@link #INSERT}. */
    public enum InsertLine {
        START(1), EMPTY(2), REFUSE(3), ROOT_FULL(4), DESCEND(8), CHILD_FULL(7), PLACE(9), OVERFLOW(10), SPLIT(11),
        NEW_ROOT(12), DONE(14);

        public final int line;

        InsertLine(int line) {
            this.line = line;
        }
    }

    /** Lines of {@link #DELETE}. */
    public enum DeleteLine {
        START(1), DESCEND(2), FIX_CHILD(3), NOT_FOUND(4), REMOVE_LEAF(5), REPLACE(6), UNDERFLOW(7), BORROW_LEFT(8),
        BORROW_RIGHT(9), MERGE(10), ROOT_SHRINK(12), DONE(13);

        public final int line;

        DeleteLine(int line) {
            this.line = line;
        }
    }

    /** Lines of {@link #SEARCH}. */
    public enum SearchLine {
        START(1), COMPARE(3), FOUND(4), MISSING(5), DESCEND(6);

        public final int line;

        SearchLine(int line) {
            this.line = line;
        }
    }

    /** Lines of {@link #RANGE}. */
    public enum RangeLine {
        START(1), VISIT(2), DOWN(4), STOP(5), TAKE(6), LAST_CHILD(7), CLIMB(8), DONE(9);

        public final int line;

        RangeLine(int line) {
            this.line = line;
        }
    }
}
