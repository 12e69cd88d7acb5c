package glassbox.pipeline.engine;

/** What a scripted (custom) middleware's hook does when called: pass, respond with a status, or raise. */
public sealed interface HookAction {
    /** Returns None (request, view, exception hooks) or the response it got (response, template hooks). */
    record Pass() implements HookAction {
    }

    /** Returns a new plain {@code HttpResponse(status=...)}. */
    record Respond(int status) implements HookAction {
        public Respond {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status outside 100..599: " + status);
            }
        }
    }

    /** Raises {@code Exception}. */
    record Raise() implements HookAction {
    }

    HookAction PASS = new Pass();
    HookAction RAISE = new Raise();
}
