package glassbox.pipeline.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the REST resource answered: the HTTP status, the envelope
 * {@code {"code", "status", "data", "message"}} (message only when not success), extra headers
 * (Location, Allow), the SQL it ran and the table's rows afterwards.
 */
public record RestResult(int code, Map<String, Object> envelope, Map<String, String> headers,
                         List<SqlCall> sql, List<UserRow> rows) {
    public RestResult {
        envelope = Collections.unmodifiableMap(new LinkedHashMap<>(envelope));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        sql = List.copyOf(sql);
        rows = List.copyOf(rows);
    }

    /** "success" (2xx/3xx), "fail" (4xx, the client's fault) or "error" (5xx, the server's). */
    public static String statusWord(int code) {
        return code >= 500 ? "error" : code >= 400 ? "fail" : "success";
    }

    /** The envelope in field order code, status, data, message (message only when not success). */
    public static Map<String, Object> envelope(int code, Object data, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("status", statusWord(code));
        m.put("data", data);
        if (code >= 400) {
            m.put("message", message);
        }
        return m;
    }
}
