package glassbox.bptree.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.TreeOp;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tab's input, as a scene describes it and as undo remembers it: the order, the keys the tree
 * is loaded with first (in insertion order, or bottom-up when {@code bulk}), then the ops the
 * player animates ({@code i K}, {@code d K}, {@code s K}, {@code r A B}, as the CLI writes them).
 */
record BptreeInput(int order, List<Integer> keys, boolean bulk, List<TreeOp> ops) {
    /** Scene keys of the B+Tree mode. */
    static final Set<String> KEYS = Set.of("mode", "order", "keys", "bulk", "ops");

    BptreeInput {
        keys = List.copyOf(keys);
        ops = List.copyOf(ops);
    }

    static BptreeInput empty(int order) {
        return new BptreeInput(order, List.of(), false, List.of());
    }

    /** The keys in the tree once the ops have run, in the order they were inserted. */
    List<Integer> keysAfter() {
        LinkedHashSet<Integer> k = new LinkedHashSet<>(keys);
        for (TreeOp op : ops) {
            if (op instanceof TreeOp.Insert i) {
                k.add(i.key());
            } else if (op instanceof TreeOp.Delete d) {
                k.remove(d.key());
            }
        }
        return List.copyOf(k);
    }

    /** The input the next edit starts from: this one's tree (as keys), before {@code next} ops. */
    BptreeInput then(List<TreeOp> next) {
        if (ops.isEmpty()) {
            return new BptreeInput(order, keys, bulk, next);
        }
        return new BptreeInput(order, keysAfter(), false, next);
    }

    ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("mode", "bptree");
        o.put("order", order);
        if (!keys.isEmpty()) {
            o.put("keys", join(keys));
        }
        if (bulk) {
            o.put("bulk", true);
        }
        if (!ops.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (TreeOp op : ops) {
                sb.append(sb.length() == 0 ? "" : ", ").append(op.label());
            }
            o.put("ops", sb.toString());
        }
        return o;
    }

    /** Reads a scene's input strictly: unknown keys, missing order, bad values name the field. */
    static BptreeInput fromJson(ObjectNode in) throws SceneProblem {
        for (Iterator<String> it = in.fieldNames(); it.hasNext();) {
            String n = it.next();
            if (!KEYS.contains(n)) {
                throw new SceneProblem(n, "unknown key (the B+Tree tab takes mode, order, keys, bulk, ops)");
            }
        }
        JsonNode mode = in.get("mode");
        if (mode != null && !(mode.isTextual() && mode.asText().equals("bptree"))) {
            throw new SceneProblem("mode", "must be \"bptree\" here");
        }
        JsonNode o = in.get("order");
        if (o == null) {
            throw new SceneProblem("order", "missing (a whole number " + BptreeViewModel.MIN_ORDER + ".."
                    + BptreeViewModel.MAX_ORDER + ")");
        }
        if (!o.isIntegralNumber() || !o.canConvertToInt() || o.asInt() < BptreeViewModel.MIN_ORDER
                || o.asInt() > BptreeViewModel.MAX_ORDER) {
            throw new SceneProblem("order", o + " is not a whole number " + BptreeViewModel.MIN_ORDER + ".."
                    + BptreeViewModel.MAX_ORDER);
        }
        List<Integer> keys = keys(in.get("keys"));
        JsonNode b = in.get("bulk");
        if (b != null && !b.isBoolean()) {
            throw new SceneProblem("bulk", "must be true or false");
        }
        List<TreeOp> ops = List.of();
        JsonNode op = in.get("ops");
        if (op != null) {
            if (!op.isTextual()) {
                throw new SceneProblem("ops", "must be a string such as \"i 5, d 3, s 3, r 2 9\"");
            }
            if (!op.asText().isBlank()) {
                try {
                    ops = TreeOp.parseAll(op.asText());
                } catch (IllegalArgumentException e) {
                    throw new SceneProblem("ops", e.getMessage());
                }
            }
        }
        return new BptreeInput(o.asInt(), keys, b != null && b.asBoolean(), ops);
    }

    private static List<Integer> keys(JsonNode k) throws SceneProblem {
        if (k == null) {
            return List.of();
        }
        List<Integer> out;
        if (k.isTextual()) {
            if (k.asText().isBlank()) {
                return List.of();
            }
            KeyInput in = KeyInput.parse(k.asText());
            if (!in.ok()) {
                throw new SceneProblem("keys", "\"" + in.errorArg() + "\" " + switch (in.errorKey()) {
                    case "bptree.error.badRun" -> "is not a run A..B with A ≤ B";
                    case "bptree.error.tooMany" -> "is the limit of keys";
                    case "bptree.error.outOfRange" -> "is out of range (keys fit in 32 bits)";
                    default -> "is not a whole number";
                });
            }
            out = in.keys();
        } else if (k.isArray()) {
            out = new ArrayList<>();
            for (JsonNode e : k) {
                if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                    throw new SceneProblem("keys", e + " is not a whole number that fits in 32 bits");
                }
                out.add(e.asInt());
            }
        } else {
            throw new SceneProblem("keys", "must be a string such as \"1..10, 15\" or an array of numbers");
        }
        Set<Integer> seen = new java.util.HashSet<>();
        for (int key : out) {
            if (!seen.add(key)) {
                throw new SceneProblem("keys", "key " + key + " appears twice");
            }
        }
        return out;
    }

    /** "1, 2, 3". */
    static String join(List<Integer> keys) {
        StringBuilder sb = new StringBuilder();
        for (int k : keys) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k);
        }
        return sb.toString();
    }
}
