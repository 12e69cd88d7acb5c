package glassbox.pipeline.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Django's request handler (new-style MIDDLEWARE, DEBUG off), mirrored call for call from
 * {@code django/core/handlers/base.py} (load_middleware, _get_response,
 * process_exception_by_middleware), {@code django/core/handlers/exception.py}
 * (convert_exception_to_response, response_for_exception) and
 * {@code django/utils/deprecation.py} (MiddlewareMixin.__call__).
 */
public final class Pipeline {
    /**
     * The most middleware one stack may hold. Real settings list about a dozen; each layer is a
     * nested call, as in Django, so the cap also bounds the depth of the Java stack.
     */
    public static final int MAX_MIDDLEWARE = 100;

    private final List<Middleware> stack;
    private final View view;
    private final Site site;
    /** base.py load_middleware: _view_middleware (outermost first, by insert(0) over reversed). */
    private final List<Integer> viewMiddleware = new ArrayList<>();
    /** _template_response_middleware: append over reversed(MIDDLEWARE), so innermost first. */
    private final List<Integer> templateMiddleware = new ArrayList<>();
    /** _exception_middleware: append over reversed(MIDDLEWARE), so innermost first. */
    private final List<Integer> exceptionMiddleware = new ArrayList<>();
    private PipelineListener listener = PipelineListener.NONE;
    private Exchange exchange;

    /**
     * @param stack the MIDDLEWARE setting, outermost first
     * @param view  the resolver and view
     * @param site  shared services for built-in middleware, or null
     */
    public Pipeline(List<Middleware> stack, View view, Site site) {
        if (stack.size() > MAX_MIDDLEWARE) {
            throw new IllegalArgumentException("more middleware than the limit of " + MAX_MIDDLEWARE + ": " + stack.size());
        }
        this.stack = List.copyOf(stack);
        this.view = view;
        this.site = site;
        for (int i = 0; i < this.stack.size(); i++) {
            if (this.stack.get(i).defines(Hook.PROCESS_VIEW)) {
                viewMiddleware.add(i);
            }
        }
        for (int i = this.stack.size() - 1; i >= 0; i--) {
            Middleware mw = this.stack.get(i);
            if (mw.defines(Hook.PROCESS_TEMPLATE_RESPONSE)) {
                templateMiddleware.add(i);
            }
            if (mw.defines(Hook.PROCESS_EXCEPTION)) {
                exceptionMiddleware.add(i);
            }
        }
    }

    public List<Middleware> stack() {
        return stack;
    }

    /** BaseHandler.get_response: runs the request through the middleware chain. */
    public synchronized HttpResponse handle(HttpRequest request, PipelineListener l) {
        listener = l == null ? PipelineListener.NONE : l;
        exchange = new Exchange(request, site);
        listener.arrived(request);
        HttpResponse response = layer(0);
        listener.finished(response);
        return response;
    }

    /** The handler at {@code i}: convert_exception_to_response(mw_instance), or (i == n) of _get_response. */
    private HttpResponse layer(int i) {
        try {
            return i == stack.size() ? getResponseInner() : middlewareCall(i);
        } catch (PythonException e) {
            HttpResponse r = responseForException(e);
            listener.converted(i, e, r);
            return r;
        }
    }

    /** exception.py response_for_exception with DEBUG off: 404/403/400 for known exceptions, else 500. */
    private static HttpResponse responseForException(PythonException e) {
        int status = e.status();
        if (status == 500) {
            return HttpResponse.serverError("handler500");
        }
        return HttpResponse.plain(status, "<h1>" + HttpResponse.reason(status) + "</h1>", "handler" + status)
                .header("Content-Type", "text/html; charset=utf-8");
    }

    /** MiddlewareMixin.__call__: process_request, else get_response (inner layer), then process_response. */
    private HttpResponse middlewareCall(int i) {
        Middleware mw = stack.get(i);
        HttpResponse response = null;
        if (mw.defines(Hook.PROCESS_REQUEST)) {
            response = call(i, Hook.PROCESS_REQUEST, null, () -> mw.processRequest(exchange));
        }
        if (response == null) {
            response = layer(i + 1);
        }
        if (mw.defines(Hook.PROCESS_RESPONSE)) {
            HttpResponse given = response;
            response = call(i, Hook.PROCESS_RESPONSE, given, () -> mw.processResponse(exchange, given));
        }
        return response;
    }

    /** base.py _get_response: resolve, view middleware, the view, template middleware, render. */
    private HttpResponse getResponseInner() {
        HttpRequest request = exchange.request();
        boolean found = view.resolves(request);
        listener.resolved(found, request);
        if (!found) {
            throw new PythonException("Resolver404", "no URL pattern matches " + request.path());
        }
        HttpResponse response = null;
        for (int i : viewMiddleware) {
            Middleware mw = stack.get(i);
            response = call(i, Hook.PROCESS_VIEW, null, () -> mw.processView(exchange));
            if (response != null) {
                break;
            }
        }
        if (response == null) {
            try {
                response = view.call(exchange);
                listener.view(new Outcome.Responded(response.status()), exchange.takeNote(), request, response);
            } catch (PythonException e) {
                listener.view(Outcome.raised(e), exchange.takeNote(), request, null);
                response = processExceptionByMiddleware(e);
            }
        }
        if (response.template()) {
            for (int i : templateMiddleware) {
                Middleware mw = stack.get(i);
                HttpResponse given = response;
                response = call(i, Hook.PROCESS_TEMPLATE_RESPONSE, given,
                        () -> mw.processTemplateResponse(exchange, given));
            }
            try {
                response = response.render();
                listener.rendered(Outcome.PASSED, response);
            } catch (PythonException e) {
                listener.rendered(Outcome.raised(e), response);
                response = processExceptionByMiddleware(e);
            }
        }
        return response;
    }

    /** base.py process_exception_by_middleware: innermost first, first response wins, else re-raise. */
    private HttpResponse processExceptionByMiddleware(PythonException e) {
        for (int i : exceptionMiddleware) {
            Middleware mw = stack.get(i);
            HttpResponse r = call(i, Hook.PROCESS_EXCEPTION, null, () -> mw.processException(exchange, e));
            if (r != null) {
                return r;
            }
        }
        listener.unhandled(e);
        throw e;
    }

    /** Calls one hook and reports it; a raised exception is reported, then propagates. */
    private HttpResponse call(int i, Hook hook, HttpResponse given, Supplier<HttpResponse> body) {
        String name = stack.get(i).name();
        HttpResponse out;
        try {
            out = body.get();
        } catch (PythonException e) {
            listener.hook(i, name, hook, Outcome.raised(e), exchange.takeNote(), exchange.request(), given);
            throw e;
        }
        Outcome o = out == null || out == given ? Outcome.PASSED : new Outcome.Responded(out.status());
        listener.hook(i, name, hook, o, exchange.takeNote(), exchange.request(), out);
        return out;
    }
}
