package glassbox.pipeline.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.SceneProblem;
import glassbox.pipeline.engine.Builtin;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.HookAction;
import glassbox.pipeline.engine.Pipeline;
import glassbox.pipeline.engine.RequestSpec;
import glassbox.pipeline.engine.StackEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Pipeline tab's input as a scene: the MIDDLEWARE stack (built-in classes by name, custom
 * classes with the hooks they define and what those do, in the CLI scenario's words), the request,
 * the requests sent before it, and the two fault switches. Reading is strict: an unknown key, a
 * missing field or a bad value is refused naming the field.
 *
 * <pre>{"middleware": [{"name": "GZipMiddleware"}, {"name": "Gate", "hooks": ["process_request"],
 *   "respond": {"process_request": 401}}, {"name": "MessageMiddleware", "enabled": false}],
 *  "request": {"method": "POST", "path": "/api/users", "headers": {"Cookie": "csrftoken=abc",
 *   "X-CSRFToken": "abc"}, "body": "{\"name\": \"Ada\"}"},
 *  "before": [], "view_raises": false, "render_raises": false}</pre>
 */
final class PipelineScene {
    /** The headers the request form offers, in its order. */
    static final List<String> HEADERS = List.of("Cookie", "X-CSRFToken", "Authorization", "Accept-Encoding");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    static final int MAX_BEFORE = 5;
    static final int MAX_TEXT = 10_000;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Everything the tab's input holds. */
    record Input(List<StackEntry> stack, RequestSpec request, List<RequestSpec> before, boolean viewRaises,
                 boolean renderRaises) {
        Input {
            stack = List.copyOf(stack);
            before = List.copyOf(before);
        }
    }

    private PipelineScene() {
    }

    // ---- writing

    static ObjectNode write(Input in) {
        ObjectNode o = F.objectNode();
        ArrayNode mws = o.putArray("middleware");
        for (StackEntry e : in.stack()) {
            mws.add(entry(e));
        }
        o.set("request", request(in.request()));
        ArrayNode before = o.putArray("before");
        in.before().forEach(r -> before.add(request(r)));
        o.put("view_raises", in.viewRaises());
        o.put("render_raises", in.renderRaises());
        return o;
    }

    private static ObjectNode entry(StackEntry e) {
        ObjectNode o = F.objectNode();
        o.put("name", e.name());
        if (e.custom()) {
            ArrayNode hooks = o.putArray("hooks");
            ObjectNode respond = F.objectNode();
            ArrayNode raise = F.arrayNode();
            e.actions().forEach((hook, action) -> {
                hooks.add(hook.pythonName());
                if (action instanceof HookAction.Respond r) {
                    respond.put(hook.pythonName(), r.status());
                } else if (action instanceof HookAction.Raise) {
                    raise.add(hook.pythonName());
                }
            });
            if (!respond.isEmpty()) {
                o.set("respond", respond);
            }
            if (!raise.isEmpty()) {
                o.set("raise", raise);
            }
        }
        if (!e.enabled()) {
            o.put("enabled", false);
        }
        return o;
    }

    private static ObjectNode request(RequestSpec r) {
        ObjectNode o = F.objectNode();
        o.put("method", r.method());
        o.put("path", r.path());
        ObjectNode headers = o.putObject("headers");
        for (String h : HEADERS) {
            String v = r.headers().getOrDefault(h, "");
            if (!v.isEmpty()) {
                headers.put(h, v);
            }
        }
        o.put("body", r.body());
        return o;
    }

    // ---- reading

    static Input read(ObjectNode o) throws SceneProblem {
        if (o == null) {
            throw new SceneProblem("input", "missing");
        }
        only(o, "", Set.of("middleware", "request", "before", "view_raises", "render_raises"));
        JsonNode mws = o.get("middleware");
        if (mws == null || !mws.isArray()) {
            throw new SceneProblem("middleware", "missing or not a list");
        }
        if (mws.size() > Pipeline.MAX_MIDDLEWARE) {
            throw new SceneProblem("middleware", mws.size() + " entries is more than the limit of "
                    + Pipeline.MAX_MIDDLEWARE);
        }
        List<StackEntry> stack = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < mws.size(); i++) {
            StackEntry e = readEntry(mws.get(i), "middleware[" + i + "]");
            if (!names.add(e.name())) {
                throw new SceneProblem("middleware[" + i + "].name", "\"" + e.name() + "\" is listed twice");
            }
            stack.add(e);
        }
        JsonNode req = o.get("request");
        if (req == null) {
            throw new SceneProblem("request", "missing");
        }
        RequestSpec request = readRequest(req, "request");
        List<RequestSpec> before = new ArrayList<>();
        JsonNode b = o.get("before");
        if (b != null) {
            if (!b.isArray() || b.size() > MAX_BEFORE) {
                throw new SceneProblem("before", "must be a list of up to " + MAX_BEFORE + " requests");
            }
            for (int i = 0; i < b.size(); i++) {
                before.add(readRequest(b.get(i), "before[" + i + "]"));
            }
        }
        return new Input(stack, request, before, bool(o, "view_raises"), bool(o, "render_raises"));
    }

    private static StackEntry readEntry(JsonNode n, String at) throws SceneProblem {
        if (n == null || !n.isObject()) {
            throw new SceneProblem(at, "must be an object with a \"name\"");
        }
        only(n, at + ".", Set.of("name", "hooks", "respond", "raise", "enabled"));
        String name = text(n, at + ".name", "name", true);
        boolean enabled = !n.has("enabled") || bool(n, "enabled", at + ".enabled");
        if (!n.has("hooks")) {
            for (String k : List.of("respond", "raise")) {
                if (n.has(k)) {
                    throw new SceneProblem(at + "." + k, "only a custom middleware (one with \"hooks\") can " + k);
                }
            }
            Builtin b = Builtin.byClassName(name).orElseThrow(() -> new SceneProblem(at + ".name",
                    "\"" + name + "\" is not one of Django's classes here; a custom class needs \"hooks\""));
            return StackEntry.of(b).withEnabled(enabled);
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new SceneProblem(at + ".name", "a custom class name is a Python identifier (letters, digits, _)");
        }
        if (Builtin.byClassName(name).isPresent()) {
            throw new SceneProblem(at + ".name", "\"" + name + "\" is Django's class; give the custom class another name");
        }
        Map<Hook, HookAction> actions = new EnumMap<>(Hook.class);
        for (JsonNode h : list(n.get("hooks"), at + ".hooks")) {
            actions.put(hook(h, at + ".hooks"), HookAction.PASS);
        }
        JsonNode respond = n.get("respond");
        if (respond != null) {
            if (!respond.isObject()) {
                throw new SceneProblem(at + ".respond", "must be an object of hook: status");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = respond.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = at + ".respond." + e.getKey();
                Hook hook = hook(F.textNode(e.getKey()), field);
                defined(actions, hook, field);
                JsonNode s = e.getValue();
                if (!s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 100 || s.intValue() > 599) {
                    throw new SceneProblem(field, "must be an HTTP status from 100 to 599");
                }
                actions.put(hook, new HookAction.Respond(s.intValue()));
            }
        }
        if (n.has("raise")) {
            for (JsonNode h : list(n.get("raise"), at + ".raise")) {
                Hook hook = hook(h, at + ".raise");
                defined(actions, hook, at + ".raise");
                if (actions.get(hook) instanceof HookAction.Respond) {
                    throw new SceneProblem(at + ".raise", hook.pythonName() + " already responds");
                }
                actions.put(hook, HookAction.RAISE);
            }
        }
        return StackEntry.custom(name, actions).withEnabled(enabled);
    }

    private static void defined(Map<Hook, HookAction> actions, Hook hook, String field) throws SceneProblem {
        if (!actions.containsKey(hook)) {
            throw new SceneProblem(field, hook.pythonName() + " is not in \"hooks\"");
        }
    }

    private static RequestSpec readRequest(JsonNode n, String at) throws SceneProblem {
        if (!n.isObject()) {
            throw new SceneProblem(at, "must be an object with \"method\" and \"path\"");
        }
        only(n, at + ".", Set.of("method", "path", "headers", "body"));
        String method = text(n, at + ".method", "method", true);
        if (!METHODS.contains(method)) {
            throw new SceneProblem(at + ".method", "\"" + method + "\" is not one of " + String.join(", ", METHODS));
        }
        String path = text(n, at + ".path", "path", true);
        if (!path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
            throw new SceneProblem(at + ".path", "must start with / and have no spaces");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        HEADERS.forEach(h -> headers.put(h, ""));
        JsonNode h = n.get("headers");
        if (h != null) {
            if (!h.isObject()) {
                throw new SceneProblem(at + ".headers", "must be an object");
            }
            only(h, at + ".headers.", Set.copyOf(HEADERS));
            for (String k : HEADERS) {
                if (h.has(k)) {
                    headers.put(k, text(h, at + ".headers." + k, k, false));
                }
            }
        }
        String body = n.has("body") ? text(n, at + ".body", "body", false) : "";
        return new RequestSpec(method, path, headers, body);
    }

    private static void only(JsonNode o, String prefix, Set<String> keys) throws SceneProblem {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) {
                throw new SceneProblem(prefix + k, "unknown key (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(keys)) + ")");
            }
        }
    }

    private static String text(JsonNode o, String field, String key, boolean required) throws SceneProblem {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual() || (required && v.asText().isBlank())) {
            throw new SceneProblem(field, required ? "missing or not a non-empty string" : "must be a string");
        }
        if (v.asText().length() > MAX_TEXT) {
            throw new SceneProblem(field, "longer than " + MAX_TEXT + " characters");
        }
        return v.asText();
    }

    private static boolean bool(JsonNode o, String key) throws SceneProblem {
        return o.has(key) && bool(o, key, key);
    }

    private static boolean bool(JsonNode o, String key, String field) throws SceneProblem {
        JsonNode v = o.get(key);
        if (!v.isBoolean()) {
            throw new SceneProblem(field, "must be true or false");
        }
        return v.asBoolean();
    }

    private static Iterable<JsonNode> list(JsonNode n, String field) throws SceneProblem {
        if (n == null || !n.isArray()) {
            throw new SceneProblem(field, "must be a list of hook names");
        }
        return n;
    }

    private static Hook hook(JsonNode h, String field) throws SceneProblem {
        if (h.isTextual()) {
            for (Hook k : Hook.values()) {
                if (k.pythonName().equals(h.asText())) {
                    return k;
                }
            }
        }
        throw new SceneProblem(field, "unknown hook " + h + " (process_request, process_view, process_exception, "
                + "process_template_response, process_response)");
    }
}
