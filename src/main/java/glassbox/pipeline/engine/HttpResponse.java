package glassbox.pipeline.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response while middleware handle it: status, headers, body. A {@link #template()} response is
 * a TemplateResponse: it has a {@code render()} method and is rendered after the
 * process_template_response hooks; a plain HttpResponse has none, so calling render on it raises
 * AttributeError as Python would.
 */
public final class HttpResponse {
    private int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String body;
    private final boolean template;
    private boolean rendered;
    private final String origin;
    private int encodedLength = -1;
    private boolean renderRaises;

    private HttpResponse(int status, String body, boolean template, String origin) {
        this.status = status;
        this.body = body == null ? "" : body;
        this.template = template;
        this.rendered = !template;
        this.origin = origin;
    }

    /** A plain {@code HttpResponse(status=...)}, made by {@code origin} (e.g. "Auth.process_request"). */
    public static HttpResponse plain(int status, String body, String origin) {
        return new HttpResponse(status, body, false, origin);
    }

    /** An unrendered {@code TemplateResponse}. */
    public static HttpResponse template(int status, String body, String origin) {
        return new HttpResponse(status, body, true, origin);
    }

    /** The response Django's default handler500 builds. */
    public static HttpResponse serverError(String origin) {
        HttpResponse r = plain(500, "<h1>Server Error (500)</h1>", origin);
        r.header("Content-Type", "text/html; charset=utf-8");
        return r;
    }

    /** Makes {@link #render()} raise (the template has an error). */
    public HttpResponse failingRender() {
        renderRaises = true;
        return this;
    }

    /**
     * {@code response.render()} as base.py calls it after the template hooks: a TemplateResponse
     * renders itself and returns itself; a plain HttpResponse has no render attribute.
     */
    public HttpResponse render() {
        if (!template) {
            throw new PythonException("AttributeError", "'HttpResponse' object has no attribute 'render'");
        }
        if (renderRaises) {
            throw new PythonException("TemplateSyntaxError", "the template failed to render");
        }
        rendered = true;
        return this;
    }

    public int status() {
        return status;
    }

    public HttpResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public boolean hasHeader(String name) {
        return headers.containsKey(name);
    }

    public String body() {
        return body;
    }

    /** Adds a {@code Set-Cookie} line (one per cookie name). */
    public HttpResponse setCookie(String name, String valueAndAttributes) {
        cookies.put(name, name + "=" + valueAndAttributes);
        return this;
    }

    public boolean setsCookie(String name) {
        return cookies.containsKey(name);
    }

    /** patch_vary_headers: adds {@code field} to Vary unless it is there. */
    public HttpResponse patchVary(String field) {
        String v = headers.get("Vary");
        if (v == null || v.isBlank()) {
            headers.put("Vary", field);
        } else if (java.util.Arrays.stream(v.split(",")).map(String::trim).noneMatch(field::equalsIgnoreCase)) {
            headers.put("Vary", v + ", " + field);
        }
        return this;
    }

    public boolean template() {
        return template;
    }

    public boolean rendered() {
        return rendered;
    }

    public String origin() {
        return origin;
    }

    /** Bytes on the wire after GZip, or -1 when not compressed. */
    public int encodedLength() {
        return encodedLength;
    }

    void setEncodedLength(int n) {
        encodedLength = n;
    }

    public int bodyLength() {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    public ResponseSnapshot snapshot() {
        return new ResponseSnapshot(status, reason(status), headers, java.util.List.copyOf(cookies.values()), body,
                template, rendered, origin, bodyLength(), encodedLength);
    }

    /** HTTP reason phrase, as Django's {@code reason_phrase}. */
    public static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 418 -> "I'm a Teapot";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> status < 200 ? "Informational" : status < 300 ? "Success" : status < 400 ? "Redirect"
                    : status < 500 ? "Client Error" : "Server Error";
        };
    }

    /** An immutable picture of a response for a step. */
    public record ResponseSnapshot(int status, String reason, Map<String, String> headers, java.util.List<String> cookies,
                                   String body,
                                   boolean template, boolean rendered, String origin, int length,
                                   int encodedLength) {
        public ResponseSnapshot {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
            cookies = java.util.List.copyOf(cookies);
        }

        /** "HTTP/1.1 404 Not Found" */
        public String statusLine() {
            return "HTTP/1.1 " + status + " " + reason;
        }
    }
}
