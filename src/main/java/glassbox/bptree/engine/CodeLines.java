package glassbox.bptree.engine;

/**
 * The pseudo-code lines the engine lights, by name: one nested class per code text (the bundle
 * key {@code CODE}), each line numbered as in that text (1-based), {@code LAST} the highest.
 */
public final class CodeLines {
    private CodeLines() {
    }

    /** {@code bptree.code.insert}. */
    public static final class Insert {
        public static final String CODE = "bptree.code.insert";
        public static final int START = 1;
        public static final int EMPTY_ROOT = 2;
        public static final int DESCEND = 5;
        public static final int DUPLICATE = 7;
        public static final int PLACE = 8;
        public static final int OVERFLOW = 9;
        public static final int LEAF_SPLIT = 11;
        public static final int INTERNAL_SPLIT = 12;
        public static final int NEW_ROOT = 13;
        public static final int DONE = 15;
        public static final int LAST = DONE;

        private Insert() {
        }
    }

    /** {@code bptree.code.delete}. */
    public static final class Delete {
        public static final String CODE = "bptree.code.delete";
        public static final int START = 1;
        public static final int DESCEND = 4;
        public static final int FIND_IN_LEAF = 5;
        public static final int REMOVE = 6;
        public static final int FIX_SEPARATOR = 7;
        public static final int UNDERFLOW = 8;
        public static final int BORROW_LEFT = 9;
        public static final int BORROW_RIGHT = 10;
        public static final int MERGE_RIGHT_INTO_FIRST = 11;
        public static final int MERGE_INTO_LEFT = 12;
        public static final int ROOT_SHRINK = 14;
        public static final int DONE = 15;
        public static final int LAST = DONE;

        private Delete() {
        }
    }

    /** {@code bptree.code.search}. */
    public static final class Search {
        public static final String CODE = "bptree.code.search";
        public static final int START = 1;
        public static final int DESCEND = 4;
        public static final int FOUND = 5;
        public static final int LAST = FOUND;

        private Search() {
        }
    }

    /** {@code bptree.code.range}. */
    public static final class Range {
        public static final String CODE = "bptree.code.range";
        public static final int START = 1;
        public static final int DESCEND = 2;
        public static final int SKIP = 3;
        public static final int STOP = 4;
        public static final int TAKE = 5;
        public static final int NEXT_LEAF = 6;
        public static final int DONE = 7;
        public static final int LAST = DONE;

        private Range() {
        }
    }

    /** {@code bptree.code.bulk}. */
    public static final class Bulk {
        public static final String CODE = "bptree.code.bulk";
        public static final int START = 2;
        public static final int FIRST_LEAF = 3;
        public static final int NEXT_LEAF = 4;
        public static final int LEVEL = 6;
        public static final int INTERNAL = 7;
        public static final int DONE = 8;
        public static final int LAST = DONE;

        private Bulk() {
        }
    }
}
