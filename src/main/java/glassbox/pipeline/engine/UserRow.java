package glassbox.pipeline.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of the {@code users} table; {@code age} may be null. */
public record UserRow(long id, String name, Integer age) {
    /** The row as the JSON object the API returns: {"id", "name", "age"}. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("age", age);
        return m;
    }
}
