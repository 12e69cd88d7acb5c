package glassbox.pipeline.engine;

/**
 * An exception raised inside the simulated Django process, named by its Python class
 * ({@code Exception}, {@code Http404}, {@code PermissionDenied}, {@code ImproperlyConfigured},
 * {@code AttributeError}). {@link #status()} is what {@code response_for_exception} turns it into
 * with DEBUG off.
 */
public final class PythonException extends RuntimeException {
    private final String type;

    public PythonException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public String type() {
        return type;
    }

    /**
     * django/core/handlers/exception.py response_for_exception: Http404 → 404, PermissionDenied →
     * 403, BadRequest/SuspiciousOperation → 400, anything else → handle_uncaught_exception → 500.
     */
    public int status() {
        return switch (type) {
            case "Http404", "Resolver404" -> 404;
            case "PermissionDenied" -> 403;
            case "BadRequest", "SuspiciousOperation" -> 400;
            default -> 500;
        };
    }

    /** "Exception: Auth.process_view raised" */
    public String describe() {
        return type + ": " + getMessage();
    }
}
