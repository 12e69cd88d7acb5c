package glassbox.python.engine;

import java.util.concurrent.SynchronousQueue;

/**
 * A generator object: its frame is suspended between {@code next()} calls. The body runs on its
 * own thread, and exactly one thread runs at a time (the caller waits while the generator runs and
 * the other way round), so the interpreter's state is only ever touched by one thread.
 */
public final class Generator extends Py.HeapObj {
    /** Where the generator stands. */
    public enum State { CREATED, RUNNING, SUSPENDED, DONE }

    /** Thrown inside an abandoned generator's thread so it ends without running Python code. */
    static final class Abandoned extends Error {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    final Frame frame;
    private final Interpreter in;
    private final SynchronousQueue<Object[]> toGenerator = new SynchronousQueue<>();
    private final SynchronousQueue<Object[]> toCaller = new SynchronousQueue<>();
    private Thread thread;
    State state = State.CREATED;
    int yieldLine;

    Generator(int serial, Frame frame, Interpreter in) {
        super(serial);
        this.frame = frame;
        this.in = in;
        frame.generator = this;
    }

    public String name() {
        return frame.name;
    }

    public State state() {
        return state;
    }

    @Override
    public String typeName() {
        return "generator";
    }

    /** list(g): every remaining item. */
    java.util.List<Py.Obj> drainAll() {
        return in.drain(this);
    }

    /** next(g): runs the frame to its next yield; StopIteration when it returns. */
    Py.Obj resume() {
        if (state == State.DONE) {
            throw new PyError("StopIteration", "");
        }
        if (state == State.RUNNING) {
            throw PyError.value("generator already executing");
        }
        if (thread == null) {
            thread = new Thread(null, this::body, "python-generator", Interpreter.STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        }
        state = State.RUNNING;
        in.pushFrame(frame);
        Object callerLog = in.saveLog();
        Object[] answer;
        try {
            toGenerator.put(new Object[] {"go"});
            answer = toCaller.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LimitExceeded("the run was cancelled");
        } finally {
            in.restoreLog(callerLog);
            in.popFrame(frame);
        }
        switch ((String) answer[0]) {
            case "yield" -> {
                state = State.SUSPENDED;
                return (Py.Obj) answer[1];
            }
            case "return" -> {
                state = State.DONE;
                throw new PyError("StopIteration", "");
            }
            default -> {
                state = State.DONE;
                Throwable t = (Throwable) answer[1];
                if (t instanceof PyError e && e.type().equals("StopIteration")) {
                    throw new PyError("RuntimeError", "generator raised StopIteration");
                }
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) t;
            }
        }
    }

    private void body() {
        try {
            Object[] go = toGenerator.take();
            if (go[0].equals("abandon")) {
                return;
            }
            Object[] result;
            try {
                in.runGeneratorBody(this);
                result = new Object[] {"return"};
            } catch (Abandoned a) {
                return;
            } catch (RuntimeException | StackOverflowError e) {
                result = new Object[] {"raise", e instanceof StackOverflowError
                        ? new PyError("RecursionError", "maximum recursion depth exceeded") : e};
            }
            toCaller.put(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called on the generator's thread at a yield: hands {@code value} out and waits to be resumed. */
    void yieldValue(Py.Obj value) {
        try {
            toCaller.put(new Object[] {"yield", value});
            Object[] m = toGenerator.take();
            if (m[0].equals("abandon")) {
                throw new Abandoned();
            }
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /** Ends a generator the script never finished, when the run ends. */
    void abandon() {
        if (thread != null && state == State.SUSPENDED) {
            toGenerator.offer(new Object[] {"abandon"});
            thread.interrupt();
        }
        state = State.DONE;
    }
}
