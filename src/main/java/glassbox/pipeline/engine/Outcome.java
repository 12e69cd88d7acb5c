package glassbox.pipeline.engine;

/** What one hook call (or the view) did: let the request/response pass, answer with a response, or raise. */
public sealed interface Outcome {
    /** Returned None (request side) or returned the response it was given (response side). */
    record Passed() implements Outcome {
    }

    /** Returned a (new) response with this status. */
    record Responded(int status) implements Outcome {
    }

    /** Raised an exception. */
    record Raised(String type, String message) implements Outcome {
    }

    Outcome PASSED = new Passed();

    static Outcome raised(PythonException e) {
        return new Raised(e.type(), e.getMessage());
    }

    /** "pass", "respond", "raise": the CSS/marker word for this outcome. */
    default String word() {
        if (this instanceof Responded) {
            return "respond";
        }
        return this instanceof Raised ? "raise" : "pass";
    }
}
