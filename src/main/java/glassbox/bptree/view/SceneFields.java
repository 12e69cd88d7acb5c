package glassbox.bptree.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.SceneProblem;

/** Strict reads of scene fields: a missing, mistyped or out-of-range value names its field. */
final class SceneFields {
    private SceneFields() {
    }

    static int integer(ObjectNode s, String field, int min, int max) throws SceneProblem {
        JsonNode v = s.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new SceneProblem(field, "missing or not a whole number");
        }
        if (v.asInt() < min || v.asInt() > max) {
            throw new SceneProblem(field, v.asInt() + " is outside " + min + ".." + max);
        }
        return v.asInt();
    }

    static long whole(ObjectNode s, String field, long min, long max) throws SceneProblem {
        JsonNode v = s.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new SceneProblem(field, "missing or not a whole number");
        }
        if (v.asLong() < min || v.asLong() > max) {
            throw new SceneProblem(field, v.asLong() + " is outside " + min + ".." + max);
        }
        return v.asLong();
    }

    static double real(ObjectNode s, String field, double min, double max) throws SceneProblem {
        JsonNode v = s.get(field);
        if (v == null || !v.isNumber()) {
            throw new SceneProblem(field, "missing or not a number");
        }
        double d = v.asDouble();
        if (!(d > min && d <= max)) {
            throw new SceneProblem(field, d + " is outside (" + min + ", " + max + "]");
        }
        return d;
    }

    static String text(ObjectNode s, String field) throws SceneProblem {
        JsonNode v = s.get(field);
        if (v == null || !v.isTextual()) {
            throw new SceneProblem(field, "missing or not a string");
        }
        return v.asText();
    }
}
