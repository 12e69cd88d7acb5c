package glassbox.pipeline.engine;

/** The URL resolver plus the view it finds: the innermost thing the request reaches. */
public interface View {
    /** True when {@code resolver.resolve(path_info)} finds a view; false raises Resolver404. */
    boolean resolves(HttpRequest request);

    /** Calls the view; may throw {@link PythonException}. */
    HttpResponse call(Exchange x);
}
