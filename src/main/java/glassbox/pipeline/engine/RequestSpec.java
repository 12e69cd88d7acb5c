package glassbox.pipeline.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request as the builder describes it: method, path, the headers the tab offers, JSON body. */
public record RequestSpec(String method, String path, Map<String, String> headers, String body) {
    public RequestSpec {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? "" : body;
    }

    public HttpRequest toRequest() {
        return new HttpRequest(method, path, headers, body);
    }

    /** This request with the browser's cookie jar applied: cookies set by earlier responses win. */
    public RequestSpec withCookies(Map<String, String> jar) {
        if (jar.isEmpty()) {
            return this;
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        String old = headers.get("Cookie");
        if (old != null) {
            for (String part : old.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
        }
        cookies.putAll(jar);
        StringBuilder sb = new StringBuilder();
        cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Cookie", sb.toString());
        return new RequestSpec(method, path, h, body);
    }
}
