package glassbox.pipeline.engine;

/**
 * A middleware class as Django sees it through {@code MiddlewareMixin}: a name and the hooks it
 * defines. The pipeline only calls a hook the class defines (Django's {@code hasattr} checks).
 * Request/view/exception hooks return null for "None"; response/template hooks return the
 * response to pass on. Raising means throwing {@link PythonException}.
 */
public interface Middleware {
    String name();

    boolean defines(Hook hook);

    default HttpResponse processRequest(Exchange x) {
        return null;
    }

    default HttpResponse processView(Exchange x) {
        return null;
    }

    default HttpResponse processException(Exchange x, PythonException e) {
        return null;
    }

    default HttpResponse processTemplateResponse(Exchange x, HttpResponse r) {
        return r;
    }

    default HttpResponse processResponse(Exchange x, HttpResponse r) {
        return r;
    }
}
