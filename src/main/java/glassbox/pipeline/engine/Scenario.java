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

    /** Parses scenario JSON; throws {@link ScenarioException} naming the problem (and the field). */
    public static Scenario parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioException("the scenario is not valid JSON: " + oneLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException("the scenario must be a JSON object with \"middleware\" and \"view\"");
        }
        onlyKeys(root, "the scenario", TOP_KEYS);
        if (!root.has("view")) {
            throw new ScenarioException("view: missing (the scenario needs \"view\", e.g. {\"status\": 200})");
        }
        List<ScriptedMiddleware> mws = new ArrayList<>();
        JsonNode list = root.path("middleware");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new ScenarioException("middleware: must be an array");
        }
        if (list.size() > Pipeline.MAX_MIDDLEWARE) {
            throw new ScenarioException("middleware: " + list.size() + " entries is more than the limit of "
                    + Pipeline.MAX_MIDDLEWARE);
        }
        Set<String> names = new HashSet<>();
        for (JsonNode m : list) {
            ScriptedMiddleware mw = parseMiddleware(m, mws.size());
            if (!names.add(mw.name())) {
                throw new ScenarioException("middleware[" + mws.size() + "].name: duplicate middleware name \""
                        + BoundedInputText.abbreviate(mw.name()) + "\"");
            }
            mws.add(mw);
        }
        return new Scenario(mws, parseView(root.get("view")));
    }

    private static final Set<String> TOP_KEYS = Set.of("middleware", "view");
    private static final Set<String> MIDDLEWARE_KEYS = Set.of("name", "hooks", "respond", "raise");
    private static final Set<String> VIEW_KEYS = Set.of("status", "raise", "template", "render_raise");
    private static final int MAX_NAME = 100;

    private static void onlyKeys(JsonNode obj, String where, Set<String> allowed) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                String field = where.equals("the scenario") ? "" : where + ".";
                throw new ScenarioException(field + BoundedInputText.abbreviate(k) + ": unknown key (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static ScriptedMiddleware parseMiddleware(JsonNode m, int index) {
        String at = "middleware[" + index + "]";
        if (!m.isObject()) {
            throw new ScenarioException(at + ": must be an object");
        }
        onlyKeys(m, at, MIDDLEWARE_KEYS);
        JsonNode nameNode = m.path("name");
        if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
            throw new ScenarioException(at + ".name: missing or empty (a class name such as \"Auth\")");
        }
        String name = nameNode.asText().trim();
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ScenarioException(at + ".name: must be one line of no more than " + MAX_NAME + " characters");
        }
        Map<Hook, HookAction> actions = new EnumMap<>(Hook.class);
        for (JsonNode h : array(m.path("hooks"), at + ".hooks")) {
            actions.put(hook(h, at + ".hooks"), HookAction.PASS);
        }
        Map<Hook, HookAction> overrides = new LinkedHashMap<>();
        JsonNode respond = m.path("respond");
        if (!respond.isMissingNode()) {
            if (!respond.isObject()) {
                throw new ScenarioException(at + ".respond: must be an object of hook: status");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = respond.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = at + ".respond." + BoundedInputText.abbreviate(e.getKey());
                Hook hook = exactHook(e.getKey(), field);
                overrides.put(hook, new HookAction.Respond(status(e.getValue(), field)));
            }
        }
        for (JsonNode h : array(m.path("raise"), at + ".raise")) {
            Hook hook = hook(h, at + ".raise");
            if (overrides.containsKey(hook)) {
                throw new ScenarioException(at + ".raise: " + hook.pythonName()
                        + " is also in \"respond\" (a hook either responds or raises)");
            }
            overrides.put(hook, HookAction.RAISE);
        }
        for (Map.Entry<Hook, HookAction> o : overrides.entrySet()) {
            if (!actions.containsKey(o.getKey())) { // the class only has the methods listed in "hooks"
                String field = o.getValue() instanceof HookAction.Respond ? ".respond." : ".raise";
                throw new ScenarioException(at + field + (field.endsWith(".") ? o.getKey().pythonName() : "") + ": "
                        + o.getKey().pythonName() + " is not in \"hooks\" (the class does not define it)");
            }
            actions.put(o.getKey(), o.getValue());
        }
        return new ScriptedMiddleware(name, actions);
    }

    private static ScriptedView parseView(JsonNode v) {
        if (v == null || !v.isObject()) {
            throw new ScenarioException("view: must be an object, e.g. {\"status\": 200}");
        }
        onlyKeys(v, "view", VIEW_KEYS);
        int status = v.has("status") ? status(v.get("status"), "view.status") : 200;
        return new ScriptedView(status, bool(v, "raise"), bool(v, "template"), bool(v, "render_raise"));
    }

    private static boolean bool(JsonNode v, String field) {
        JsonNode b = v.path(field);
        if (b.isMissingNode()) {
            return false;
        }
        if (!b.isBoolean()) {
            throw new ScenarioException("view." + field + ": must be true or false");
        }
        return b.asBoolean();
    }

    private static Iterable<JsonNode> array(JsonNode n, String what) {
        if (n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ScenarioException(what + ": must be an array of hook names");
        }
        return n;
    }

    private static Hook hook(JsonNode h, String where) {
        if (!h.isTextual()) {
            throw new ScenarioException(where + ": hook names must be strings");
        }
        return exactHook(h.asText(), where);
    }

    /** The hook spelt exactly as in Python (no trimming, no case folding). */
    private static Hook exactHook(String name, String where) {
        for (Hook h : Hook.values()) {
            if (h.pythonName().equals(name)) {
                return h;
            }
        }
        throw new ScenarioException(where + ": unknown hook \"" + BoundedInputText.abbreviate(name)
                + "\" (use process_request, process_view, process_exception, process_template_response, "
                + "process_response)");
    }

    private static int status(JsonNode n, String what) {
        if (n == null || !n.isIntegralNumber()) {
            throw new ScenarioException(what + ": must be an integer HTTP status (100..599)");
        }
        if (!n.canConvertToInt() || n.intValue() < 100 || n.intValue() > 599) {
            throw new ScenarioException(what + ": " + BoundedInputText.abbreviate(n.asText()) + " is outside 100..599");
        }
        return n.intValue();
    }

    private static String oneLine(String s) {
        return BoundedInputText.abbreviate(s == null ? "" : s);
    }

    /** Echoes of user input in messages stay short and on one line. */
    private static final class BoundedInputText {
        static String abbreviate(String s) {
            return glassbox.core.BoundedInput.abbreviate(s, 60);
        }
    }

    /** A scenario that cannot be run, with a message for the user. */
    public static final class ScenarioException extends RuntimeException {
        public ScenarioException(String message) {
            super(message);
        }
    }
}
