package glassbox.pipeline.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The request while it travels through the stack: what the client sent (method, path, headers,
 * body) plus the attributes middleware attach on the way in ({@code request.session},
 * {@code request.user}, the CSRF cookie, …). Mutable during one run; {@link #snapshot()} freezes
 * it for a step.
 */
public final class HttpRequest {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final String body;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private Session session;

    public HttpRequest(String method, String path, Map<String, String> headers, String body) {
        this.method = method.trim().toUpperCase(Locale.ROOT);
        this.path = path.trim();
        headers.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.headers.put(canonical(k), v.trim());
            }
        });
        this.body = body == null ? "" : body;
        String cookie = this.headers.get("Cookie");
        if (cookie != null) {
            for (String part : cookie.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
        }
    }

    public static HttpRequest of(String method, String path) {
        return new HttpRequest(method, path, Map.of(), "");
    }

    /** "x-csrftoken" → "X-Csrftoken"-style header names compare case-insensitively. */
    static String canonical(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : name.trim().toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = c == '-';
        }
        String s = sb.toString();
        return s.equals("X-Csrftoken") ? "X-CSRFToken" : s;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String body() {
        return body;
    }

    public String header(String name) {
        return headers.get(canonical(name));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** GET, HEAD, OPTIONS, TRACE: the methods CsrfViewMiddleware never checks (RFC 9110 "safe"). */
    public boolean safeMethod() {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
            default -> false;
        };
    }

    /** {@code request.session}, or null while no SessionMiddleware has run. */
    public Session session() {
        return session;
    }

    public void setSession(Session s) {
        session = s;
        attributes.put("request.session", s.describe());
    }

    /** Records an attribute a middleware set, e.g. {@code request.user = ada}. */
    public void setAttribute(String name, String value) {
        attributes.put(name, value);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public RequestSnapshot snapshot() {
        return new RequestSnapshot(method, path, headers, body, attributes);
    }

    /** An immutable picture of the request for a step. */
    public record RequestSnapshot(String method, String path, Map<String, String> headers, String body,
                                  Map<String, String> attributes) {
        public RequestSnapshot {
            headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }
}
