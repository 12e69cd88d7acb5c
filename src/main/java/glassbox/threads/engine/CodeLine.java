package glassbox.threads.engine;

/**
 * The pseudo-code lines the Threads traces light, one enum per code text (bundle key
 * {@code threads.code.<policy>} or {@code threads.code.refcount}); numbers count from 1.
 */
public interface CodeLine {
    int line();

    /** {@code threads.code.gil}. */
    enum Gil implements CodeLine {
        WAIT(4), DROP_REQUEST(6), TAKE(8), DROPPED(12), IO(15), END(16), LOCK(17);

        private final int line;

        Gil(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** {@code threads.code.nogil}. */
    enum Nogil implements CodeLine {
        WAIT(2), TAKE(3), IO(5), END(6), LOCK(7);

        private final int line;

        Nogil(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** {@code threads.code.serial}. */
    enum Serial implements CodeLine {
        START(2), IO(3), END(4), LOCK(5);

        private final int line;

        Serial(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** {@code threads.code.gevent}. */
    enum Gevent implements CodeLine {
        WAIT(2), SWITCH(3), PARK(5), IO_DONE(6), END(7), LOCK(8);

        private final int line;

        Gevent(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** {@code threads.code.yield}. */
    enum Yield implements CodeLine {
        NEXT(3), YIELD(5), BLOCKING_SLEEP(6), STOP(7), LOCK(8);

        private final int line;

        Yield(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** {@code threads.code.process}. */
    enum Process implements CodeLine {
        START(2), WAIT(3), TAKE(4), IO(5), END(6), SHARED_VALUE(7);

        private final int line;

        Process(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** {@code threads.code.refcount}: Py_INCREF / Py_DECREF as the machine runs them. */
    enum Refcount implements CodeLine {
        LOAD(1), ADD(2), STORE(3), FREE(4), GIL(5);

        private final int line;

        Refcount(int line) {
            this.line = line;
        }

        @Override
        public int line() {
            return line;
        }
    }

    /** The highest line an enum of this interface names. */
    static int highest(Class<? extends Enum<?>> lines) {
        int max = 0;
        for (Enum<?> e : lines.getEnumConstants()) {
            max = Math.max(max, ((CodeLine) e).line());
        }
        return max;
    }
}
