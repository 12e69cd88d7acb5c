package glassbox.database.engine;

/** The pseudo-code lines the Database replays light, named after what each line of the bundle text does. */
public final class CodeLines {
    private CodeLines() {
    }

    /** {@code database.code.index}. */
    public static final class Index {
        public static final int CREATE_TABLE = 1;
        public static final int INSERT_SELECT = 2;
        public static final int CREATE_INDEX = 3;
        public static final int WARM_UP = 4;
        public static final int TIME_INDEXED = 5;
        public static final int TIME_SCAN = 6;
        public static final int REPORT = 7;
        public static final int HIGHEST = 7;

        private Index() {
        }
    }

    /** {@code database.code.composite}. */
    public static final class Composite {
        public static final int CREATE_TABLE = 1;
        public static final int INSERT_SELECT = 2;
        public static final int CREATE_INDEX = 3;
        public static final int ROUNDS = 4;
        /** The first query's line; the others follow in {@link CompositeExperiment.Query} order. */
        public static final int FIRST_QUERY = 5;
        public static final int REPORT = 9;
        public static final int HIGHEST = 9;

        private Composite() {
        }

        public static int of(CompositeExperiment.Query q) {
            return FIRST_QUERY + q.ordinal();
        }
    }

    /** {@code database.code.none} and {@code database.code.pessimistic} (same shape). */
    public static final class ReadThenWrite {
        public static final int BEGIN = 1;
        public static final int READ = 2;
        public static final int THINK = 3;
        public static final int SOLD_OUT = 4;
        public static final int INSERT_ORDER = 5;
        public static final int UPDATE = 6;
        public static final int COMMIT = 7;
        public static final int HIGHEST = 7;

        private ReadThenWrite() {
        }
    }

    /** {@code database.code.optimistic}. */
    public static final class Optimistic {
        public static final int BEGIN = 1;
        public static final int READ = 2;
        public static final int THINK = 3;
        public static final int SOLD_OUT = 4;
        public static final int UPDATE_IF_VERSION = 5;
        public static final int RETRY = 6;
        public static final int COMMIT = 7;
        public static final int HIGHEST = 7;

        private Optimistic() {
        }
    }

    /** {@code database.code.atomic}. */
    public static final class Atomic {
        public static final int BEGIN = 1;
        public static final int THINK = 2;
        public static final int UPDATE_IF_STOCK = 3;
        public static final int SOLD_OUT = 4;
        public static final int INSERT_ORDER = 5;
        public static final int COMMIT = 6;
        public static final int HIGHEST = 6;

        private Atomic() {
        }
    }
}
