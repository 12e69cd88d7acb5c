package glassbox.threads.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.WorkloadException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The Threads tab's input as a scene and back. Keys: {@code mode} (schedule | refcount),
 * {@code policy}, {@code interval_ms}, {@code cores}, {@code switch_cost_us}, {@code start_ms},
 * {@code compare} (a policy, or absent), {@code threads} ([{name, bursts}]), and {@code refcount}
 * ({start, threads: [{name, ops}], gil, interleave: [names]}). Required: mode, policy, threads;
 * the rest default as in a new tab. Unknown keys and bad values are refused, naming the field.
 */
final class ThreadsScene {
    private static final Set<String> KEYS = Set.of("mode", "policy", "interval_ms", "cores", "switch_cost_us", "start_ms",
            "compare", "threads", "refcount");
    private static final Set<String> RACE_KEYS = Set.of("start", "threads", "gil", "interleave");

    private ThreadsScene() {
    }

    static ObjectNode describe(Draft d) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("mode", d.mode().id());
        o.put("policy", d.policy().id());
        number(o, "interval_ms", d.intervalMs());
        o.put("cores", d.cores());
        number(o, "switch_cost_us", d.switchCostUs());
        number(o, "start_ms", d.startMs());
        if (d.compare()) {
            o.put("compare", d.comparePolicy().id());
        }
        ArrayNode threads = o.putArray("threads");
        for (Draft.Row r : d.rows()) {
            threads.addObject().put("name", r.name()).put("bursts", r.bursts());
        }
        ObjectNode race = o.putObject("refcount");
        Draft.Race rc = d.race();
        race.put("start", rc.start());
        ArrayNode rt = race.putArray("threads");
        for (int i = 0; i < rc.names().size(); i++) {
            rt.addObject().put("name", rc.names().get(i)).put("ops", rc.ops().get(i));
        }
        race.put("gil", rc.gil());
        ArrayNode order = race.putArray("interleave");
        rc.order().forEach(order::add);
        return o;
    }

    private static void number(ObjectNode o, String key, BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            o.put(key, s.longValueExact());
        } else {
            o.put(key, s.doubleValue());
        }
    }

    /** Reads a scene onto {@code base} (whose other choices, like compare policy, stay). */
    static Draft parse(ObjectNode in, Draft base) throws SceneProblem {
        unknown(in, KEYS, "");
        Draft.Mode mode = null;
        String m = text(in, "mode", true);
        for (Draft.Mode x : Draft.Mode.values()) {
            if (x.id().equals(m)) {
                mode = x;
            }
        }
        if (mode == null) {
            throw new SceneProblem("mode", "\"" + m + "\" is not schedule or refcount");
        }
        Policy policy = policy("policy", text(in, "policy", true));
        BigDecimal interval = decimal(in, "interval_ms", new BigDecimal("5"), Draft.MIN_INTERVAL, Draft.MAX_INTERVAL);
        int cores = whole(in, "cores", 2, 1, Draft.MAX_CORES);
        BigDecimal cost = decimal(in, "switch_cost_us", BigDecimal.ZERO, BigDecimal.ZERO, Draft.MAX_SWITCH_COST);
        BigDecimal start = decimal(in, "start_ms", new BigDecimal("30"), BigDecimal.ZERO, Draft.MAX_START);
        boolean compare = in.has("compare");
        Policy comparePolicy = compare ? policy("compare", text(in, "compare", true)) : base.comparePolicy();
        JsonNode threads = in.get("threads");
        if (threads == null || !threads.isArray() || threads.isEmpty()) {
            throw new SceneProblem("threads", "missing, or not a non-empty list of {\"name\", \"bursts\"}");
        }
        if (threads.size() > Draft.MAX_ROWS) {
            throw new SceneProblem("threads", "more than " + Draft.MAX_ROWS + " threads (the limit)");
        }
        List<Draft.Row> rows = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            JsonNode t = threads.get(i);
            String f = "threads[" + i + "]";
            if (!t.isObject()) {
                throw new SceneProblem(f, "must be an object {\"name\", \"bursts\"}");
            }
            unknown((ObjectNode) t, Set.of("name", "bursts"), f + ".");
            rows.add(new Draft.Row(text((ObjectNode) t, "name", true, f + ".name"), text((ObjectNode) t, "bursts", true,
                    f + ".bursts")));
        }
        Draft.Race race = base.race();
        JsonNode rc = in.get("refcount");
        if (rc != null) {
            race = race(rc);
        } else if (mode == Draft.Mode.REFCOUNT) {
            throw new SceneProblem("refcount", "missing (mode refcount needs it)");
        }
        Draft d;
        try {
            d = new Draft(mode, rows, policy, interval, cores, cost, start, compare, comparePolicy, race);
            d.workload();
        } catch (WorkloadException e) {
            throw new SceneProblem("threads", e.getMessage());
        } catch (ArithmeticException e) {
            throw new SceneProblem("interval_ms", "at most 3 decimals");
        }
        return d;
    }

    private static Draft.Race race(JsonNode rc) throws SceneProblem {
        if (!rc.isObject()) {
            throw new SceneProblem("refcount", "must be an object");
        }
        unknown((ObjectNode) rc, RACE_KEYS, "refcount.");
        int start = whole((ObjectNode) rc, "start", 1, 1, 1000, "refcount.start");
        JsonNode ts = rc.get("threads");
        if (ts == null || !ts.isArray() || ts.size() != 2) {
            throw new SceneProblem("refcount.threads", "must be a list of two {\"name\", \"ops\"}");
        }
        List<String> names = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonNode t = ts.get(i);
            String f = "refcount.threads[" + i + "]";
            if (!t.isObject()) {
                throw new SceneProblem(f, "must be an object {\"name\", \"ops\"}");
            }
            unknown((ObjectNode) t, Set.of("name", "ops"), f + ".");
            names.add(text((ObjectNode) t, "name", true, f + ".name"));
            ops.add(text((ObjectNode) t, "ops", true, f + ".ops"));
        }
        JsonNode g = rc.get("gil");
        if (g != null && !g.isBoolean()) {
            throw new SceneProblem("refcount.gil", "must be true or false");
        }
        boolean gil = g != null && g.booleanValue();
        Draft.Race race = new Draft.Race(start, names, ops, gil, List.of());
        JsonNode order = rc.get("interleave");
        List<String> o = new ArrayList<>();
        try {
            if (order == null) {
                o.addAll(glassbox.threads.engine.RefcountRace.inTurn(race.threads()));
            } else {
                if (!order.isArray()) {
                    throw new SceneProblem("refcount.interleave", "must be a list of thread names");
                }
                for (JsonNode n : order) {
                    if (!n.isTextual()) {
                        throw new SceneProblem("refcount.interleave", "must be a list of thread names");
                    }
                    o.add(n.asText());
                }
            }
            race = race.withOrder(o);
            race.run();
        } catch (WorkloadException e) {
            throw new SceneProblem("refcount", e.getMessage());
        }
        return race;
    }

    private static void unknown(ObjectNode o, Set<String> keys, String prefix) throws SceneProblem {
        Iterator<String> it = o.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!keys.contains(k)) {
                throw new SceneProblem(prefix + k, "unknown key");
            }
        }
    }

    private static String text(ObjectNode o, String key, boolean required) throws SceneProblem {
        return text(o, key, required, key);
    }

    private static String text(ObjectNode o, String key, boolean required, String field) throws SceneProblem {
        JsonNode n = o.get(key);
        if (n == null) {
            if (required) {
                throw new SceneProblem(field, "missing");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw new SceneProblem(field, "must be a string");
        }
        return n.asText();
    }

    private static Policy policy(String field, String id) throws SceneProblem {
        try {
            return Policy.parse(id);
        } catch (WorkloadException e) {
            throw new SceneProblem(field, e.getMessage());
        }
    }

    private static BigDecimal decimal(ObjectNode o, String key, BigDecimal dflt, BigDecimal lo, BigDecimal hi)
            throws SceneProblem {
        JsonNode n = o.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw new SceneProblem(key, "must be a number");
        }
        BigDecimal v = n.decimalValue();
        if (v.compareTo(lo) < 0 || v.compareTo(hi) > 0) {
            throw new SceneProblem(key, v.toPlainString() + " is outside " + lo.toPlainString() + " to " + hi.toPlainString());
        }
        if (v.stripTrailingZeros().scale() > 3) {
            throw new SceneProblem(key, "at most 3 decimals");
        }
        return v;
    }

    private static int whole(ObjectNode o, String key, int dflt, int lo, int hi) throws SceneProblem {
        return whole(o, key, dflt, lo, hi, key);
    }

    private static int whole(ObjectNode o, String key, int dflt, int lo, int hi, String field) throws SceneProblem {
        JsonNode n = o.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new SceneProblem(field, "must be a whole number");
        }
        int v = n.intValue();
        if (v < lo || v > hi) {
            throw new SceneProblem(field, v + " is outside " + lo + " to " + hi);
        }
        return v;
    }
}
