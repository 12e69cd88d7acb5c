package glassbox.pipeline.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A custom middleware whose hooks do what a scenario says: pass, respond with a status, or raise.
 * Only the hooks in {@link #actions()} are defined on the class.
 */
public record ScriptedMiddleware(String name, Map<Hook, HookAction> actions) implements Middleware {
    public ScriptedMiddleware {
        Objects.requireNonNull(name, "name");
        EnumMap<Hook, HookAction> copy = new EnumMap<>(Hook.class);
        copy.putAll(actions);
        actions = Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean defines(Hook hook) {
        return actions.containsKey(hook);
    }

    private HttpResponse act(Hook hook, Exchange x, HttpResponse given) {
        HookAction a = actions.get(hook);
        String where = name + "." + hook.pythonName();
        if (a instanceof HookAction.Raise) {
            x.note("pipeline.custom.raise", where);
            throw new PythonException("Exception", where + " raised");
        }
        if (a instanceof HookAction.Respond r) {
            x.note("pipeline.custom.respond", where, String.valueOf(r.status()));
            return HttpResponse.plain(r.status(), "", where);
        }
        x.note(given == null ? "pipeline.custom.passNone" : "pipeline.custom.passOn", where);
        return given;
    }

    @Override
    public HttpResponse processRequest(Exchange x) {
        return act(Hook.PROCESS_REQUEST, x, null);
    }

    @Override
    public HttpResponse processView(Exchange x) {
        return act(Hook.PROCESS_VIEW, x, null);
    }

    @Override
    public HttpResponse processException(Exchange x, PythonException e) {
        return act(Hook.PROCESS_EXCEPTION, x, null);
    }

    @Override
    public HttpResponse processTemplateResponse(Exchange x, HttpResponse r) {
        return act(Hook.PROCESS_TEMPLATE_RESPONSE, x, r);
    }

    @Override
    public HttpResponse processResponse(Exchange x, HttpResponse r) {
        return act(Hook.PROCESS_RESPONSE, x, r);
    }
}
