package glassbox.python.engine;

/** A Python exception raised by the script (IndexError, KeyError, …): stops it at that line. */
public final class PyError extends RuntimeException {
    private final String type;
    private int line;
    /** The exception object, once made (raised by the script, or caught by an except clause). */
    Py.Instance instance;

    public PyError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** An exception the script raised: its class and str() are the instance's. */
    PyError(Py.Instance instance, String message) {
        super(message, null, false, false);
        this.type = instance.cls.name;
        this.instance = instance;
    }

    /** The source line it was raised at (0 until known). */
    public int line() {
        return line;
    }

    PyError at(int l) {
        if (line == 0) {
            line = l;
        }
        return this;
    }

    public String type() {
        return type;
    }

    static PyError type(String message) {
        return new PyError("TypeError", message);
    }

    static PyError index(String message) {
        return new PyError("IndexError", message);
    }

    static PyError value(String message) {
        return new PyError("ValueError", message);
    }
}
