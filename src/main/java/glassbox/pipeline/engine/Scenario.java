package glassbox.pipeline.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call-order scenario: custom middleware (outermost first) whose hooks pass, respond or raise,
 * and a view. Parsed from the CLI's JSON; {@link #run()} answers which hooks Django calls and the
 * status that leaves the outermost layer.
 */
public record Scenario(List<ScriptedMiddleware> middleware, ScriptedView view) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Scenario {
        middleware = List.copyOf(middleware);
    }

    /** The answer the CLI prints: every call in order, and the final status. */
    public record Result(List<String> calls, int status) {
        public Result {
            calls = List.copyOf(calls);
        }
    }

    public Result run() {
        List<String> calls = new ArrayList<>();
        PipelineListener log = new PipelineListener() {
            @Override
            public void hook(int layer, String mw, Hook hook, Outcome outcome, glassbox.core.Narration note,
                             HttpRequest request, HttpResponse response) {
                calls.add(mw + "." + hook.pythonName());
            }

            @Override
            public void view(Outcome outcome, glassbox.core.Narration note, HttpRequest request, HttpResponse response) {
                calls.add("view");
            }
        };
        List<Middleware> stack = new ArrayList<>(middleware);
        HttpResponse r = new Pipeline(stack, view, null).handle(HttpRequest.of("GET", "/"), log);
        return new Result(calls, r.status());
    }

    /** Parses scenario JSON; throws {@link ScenarioException} naming the problem. */
    public static Scenario parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException("the scenario is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException("the scenario must be a JSON object with \"middleware\" and \"view\"");
        }
        List<ScriptedMiddleware> mws = new ArrayList<>();
        JsonNode list = root.path("middleware");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new ScenarioException("\"middleware\" must be an array");
        }
        Set<String> names = new HashSet<>();
        for (JsonNode m : list) {
            ScriptedMiddleware mw = parseMiddleware(m, mws.size());
            if (!names.add(mw.name())) {
                throw new ScenarioException("duplicate middleware name \"" + mw.name() + "\"");
            }
            mws.add(mw);
        }
        return new Scenario(mws, parseView(root.path("view")));
    }

    private static ScriptedMiddleware parseMiddleware(JsonNode m, int index) {
        if (!m.isObject()) {
            throw new ScenarioException("middleware[" + index + "] must be an object");
        }
        JsonNode nameNode = m.path("name");
        if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
            throw new ScenarioException("middleware[" + index + "] needs a non-empty \"name\"");
        }
        String name = nameNode.asText().trim();
        Map<Hook, HookAction> actions = new EnumMap<>(Hook.class);
        for (JsonNode h : array(m.path("hooks"), name + ".hooks")) {
            actions.put(hook(h, name), HookAction.PASS);
        }
        Map<Hook, HookAction> overrides = new LinkedHashMap<>();
        JsonNode respond = m.path("respond");
        if (!respond.isMissingNode() && !respond.isNull()) {
            if (!respond.isObject()) {
                throw new ScenarioException(name + ".respond must be an object of hook: status");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = respond.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Hook hook = Hook.parse(e.getKey()).orElseThrow(() -> unknownHook(e.getKey(), name));
                overrides.put(hook, new HookAction.Respond(status(e.getValue(), name + ".respond." + e.getKey())));
            }
        }
        for (JsonNode h : array(m.path("raise"), name + ".raise")) {
            overrides.put(hook(h, name), HookAction.RAISE); // a hook that raises never gets to respond
        }
        overrides.forEach((hook, action) -> {
            if (actions.containsKey(hook)) { // the class only has the methods listed in "hooks"
                actions.put(hook, action);
            }
        });
        return new ScriptedMiddleware(name, actions);
    }

    private static ScriptedView parseView(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return ScriptedView.ok();
        }
        if (!v.isObject()) {
            throw new ScenarioException("\"view\" must be an object");
        }
        int status = v.has("status") ? status(v.get("status"), "view.status") : 200;
        return new ScriptedView(status, bool(v, "raise"), bool(v, "template"), bool(v, "render_raise"));
    }

    private static boolean bool(JsonNode v, String field) {
        JsonNode b = v.path(field);
        if (b.isMissingNode() || b.isNull()) {
            return false;
        }
        if (!b.isBoolean()) {
            throw new ScenarioException("view." + field + " must be true or false");
        }
        return b.asBoolean();
    }

    private static Iterable<JsonNode> array(JsonNode n, String what) {
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ScenarioException(what + " must be an array of hook names");
        }
        return n;
    }

    private static Hook hook(JsonNode h, String name) {
        if (!h.isTextual()) {
            throw new ScenarioException("hook names in " + name + " must be strings, got " + h);
        }
        return Hook.parse(h.asText()).orElseThrow(() -> unknownHook(h.asText(), name));
    }

    private static ScenarioException unknownHook(String hook, String name) {
        return new ScenarioException("unknown hook \"" + hook + "\" in " + name
                + " (use process_request, process_view, process_exception, process_template_response, process_response)");
    }

    private static int status(JsonNode n, String what) {
        if (n == null || !n.isIntegralNumber()) {
            throw new ScenarioException(what + " must be an integer status, got " + n);
        }
        long s = n.asLong();
        if (s < 100 || s > 599) {
            throw new ScenarioException(what + " = " + s + " is outside 100..599");
        }
        return (int) s;
    }

    /** A scenario that cannot be run, with a message for the user. */
    public static final class ScenarioException extends RuntimeException {
        public ScenarioException(String message) {
            super(message);
        }
    }
}
