package glassbox.pipeline.engine;

import glassbox.core.Narration;

/**
 * Told about every call the handler makes, in order. {@code layer} counts middleware from the
 * outermost (0); layer {@code n} (the stack size) is the innermost wrapper around
 * {@code _get_response}. Responses passed in are live: snapshot them if you keep them.
 */
public interface PipelineListener {
    default void arrived(HttpRequest request) {
    }

    /** A hook ran; {@code response} is what it returned (request side) or passed on (response side). */
    default void hook(int layer, String middleware, Hook hook, Outcome outcome, Narration note,
                      HttpRequest request, HttpResponse response) {
    }

    /** {@code resolver.resolve(path_info)} found the view, or raised Resolver404. */
    default void resolved(boolean found, HttpRequest request) {
    }

    default void view(Outcome outcome, Narration note, HttpRequest request, HttpResponse response) {
    }

    /** No process_exception hook returned a response: the exception is re-raised. */
    default void unhandled(PythonException e) {
    }

    /** {@code response.render()} after the template hooks. */
    default void rendered(Outcome outcome, HttpResponse response) {
    }

    /** convert_exception_to_response at {@code layer} turned an escaping exception into a response. */
    default void converted(int layer, PythonException e, HttpResponse response) {
    }

    default void finished(HttpResponse response) {
    }

    PipelineListener NONE = new PipelineListener() {
    };
}
