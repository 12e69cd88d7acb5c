package glassbox.pipeline.view;

import glassbox.pipeline.engine.Builtin;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.HookAction;
import glassbox.pipeline.engine.RequestSpec;
import glassbox.pipeline.engine.StackEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready-made requests for the lecture: each sets the builder (and, for some, a request sent first,
 * a fault, or a change to the stack, which can be undone).
 */
enum Preset {
    LOGIN_THEN_GET("pipeline.preset.loginThenGet"),
    POST_WITHOUT_CSRF("pipeline.preset.postNoCsrf"),
    POST_WITH_CSRF("pipeline.preset.postWithCsrf"),
    DELETE_MISSING("pipeline.preset.deleteMissing"),
    VIEW_RAISES("pipeline.preset.viewRaises"),
    SHORT_CIRCUIT("pipeline.preset.shortCircuit"),
    TEMPLATE("pipeline.preset.template"),
    AUTH_ABOVE_SESSION("pipeline.preset.authAboveSession");

    static final String TOKEN = "Fx3aQ9sLr2Tb7KwZ0pVmN4cY8dHjE6uG";
    static final String MAINTENANCE = "Maintenance";
    static final String BANNER = "Banner";

    private final String labelKey;

    Preset(String labelKey) {
        this.labelKey = labelKey;
    }

    String labelKey() {
        return labelKey;
    }

    /** The request the builder shows. */
    RequestSpec request() {
        return switch (this) {
            case LOGIN_THEN_GET -> spec("GET", "/api/users", "csrftoken=" + TOKEN, "", "", "gzip, deflate", "");
            case POST_WITHOUT_CSRF -> spec("POST", "/api/users", "", "", "", "", "{\"name\": \"Eve\", \"age\": 30}");
            case POST_WITH_CSRF -> spec("POST", "/api/users", "csrftoken=" + TOKEN, TOKEN, "", "",
                    "{\"name\": \"Robert'); DROP TABLE users;--\", \"age\": 12}");
            case DELETE_MISSING -> spec("DELETE", "/api/users/999", "csrftoken=" + TOKEN, TOKEN, "", "", "");
            case VIEW_RAISES, SHORT_CIRCUIT, AUTH_ABOVE_SESSION -> spec("GET", "/api/users", "", "", "", "gzip", "");
            case TEMPLATE -> spec("GET", "/hello", "", "", "", "", "");
        };
    }

    /** Requests sent before the builder's (the login). */
    List<RequestSpec> prelude() {
        if (this == LOGIN_THEN_GET) {
            return List.of(spec("POST", "/login", "csrftoken=" + TOKEN, TOKEN, "", "",
                    "{\"username\": \"ada\", \"password\": \"lovelace\"}"));
        }
        return List.of();
    }

    boolean viewRaises() {
        return this == VIEW_RAISES;
    }

    /** The stack this preset needs, from the current one (unchanged for most). */
    List<StackEntry> adapt(List<StackEntry> stack) {
        List<StackEntry> out = new ArrayList<>(stack);
        switch (this) {
            case SHORT_CIRCUIT -> addIfMissing(out, StackEntry.custom(MAINTENANCE, Map.of(
                    Hook.PROCESS_REQUEST, new HookAction.Respond(503), Hook.PROCESS_RESPONSE, HookAction.PASS)), 1);
            case TEMPLATE -> addIfMissing(out, StackEntry.custom(BANNER, Map.of(
                    Hook.PROCESS_TEMPLATE_RESPONSE, HookAction.PASS, Hook.PROCESS_EXCEPTION, HookAction.PASS)), out.size());
            case AUTH_ABOVE_SESSION -> moveAbove(out, Builtin.AUTH, Builtin.SESSION);
            default -> {
                // the stack as it is
            }
        }
        return out;
    }

    private static void addIfMissing(List<StackEntry> out, StackEntry e, int at) {
        if (out.stream().noneMatch(s -> s.name().equals(e.name()))) {
            out.add(Math.min(at, out.size()), e);
        }
    }

    private static void moveAbove(List<StackEntry> out, Builtin mover, Builtin anchor) {
        int m = indexOf(out, mover);
        int a = indexOf(out, anchor);
        if (m > a && a >= 0) {
            StackEntry e = out.remove(m);
            out.add(a, e);
        }
    }

    private static int indexOf(List<StackEntry> out, Builtin b) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).builtin() == b) {
                return i;
            }
        }
        return -1;
    }

    static RequestSpec spec(String method, String path, String cookie, String csrf, String auth, String encoding,
                            String body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cookie", cookie);
        h.put("X-CSRFToken", csrf);
        h.put("Authorization", auth);
        h.put("Accept-Encoding", encoding);
        return new RequestSpec(method, path, h, body);
    }
}
