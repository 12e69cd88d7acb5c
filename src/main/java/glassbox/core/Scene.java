package glassbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A tab's input as data: the tab id plus what that tab needs to rebuild itself (order and ops;
 * rows or strategy and counts; policy and threads; a script; a middleware stack and a request).
 * Lessons, restore-on-restart and the run history are lists of scenes.
 *
 * @param tab   the topic id, e.g. {@code bptree}
 * @param input the tab's own fields; each tab documents and validates its keys strictly
 */
public record Scene(String tab, ObjectNode input) {
    public Scene {
        Objects.requireNonNull(tab, "tab");
        input = input == null ? Json.MAPPER.createObjectNode() : input.deepCopy();
    }

    /** A copy of the input, safe to read or change. */
    @Override
    public ObjectNode input() {
        return input.deepCopy();
    }

    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("tab", tab);
        o.set("input", input.deepCopy());
        return o;
    }

    /** Reads {@code {"tab": ..., "input": {...}}}; unknown keys are refused. */
    public static Scene fromJson(JsonNode node) throws SceneProblem {
        if (node == null || !node.isObject()) {
            throw new SceneProblem("scene", "must be a JSON object");
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!n.equals("tab") && !n.equals("input")) {
                throw new SceneProblem(n, "unknown key (a scene has \"tab\" and \"input\")");
            }
        }
        JsonNode tab = node.get("tab");
        if (tab == null || !tab.isTextual() || tab.asText().isBlank()) {
            throw new SceneProblem("tab", "missing or not a string");
        }
        JsonNode input = node.get("input");
        if (input != null && !input.isObject()) {
            throw new SceneProblem("input", "must be a JSON object");
        }
        return new Scene(tab.asText(), (ObjectNode) input);
    }
}
