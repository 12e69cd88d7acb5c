package glassbox.python.engine;

/** A safety cap (steps, objects, sizes) was reached: the run stops with a clear message. */
public final class LimitExceeded extends RuntimeException {
    public LimitExceeded(String message) {
        super(message, null, false, false);
    }
}
