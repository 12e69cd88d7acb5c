package glassbox.pipeline.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The little Django project behind the tab: its URLconf and views ({@code /api/users} over H2,
 * {@code /login}, a {@code /hello} TemplateResponse), the session store and two accounts.
 * Session keys and tokens come from a seeded generator so runs repeat exactly.
 */
public final class Site implements View {
    public static final String MESSAGE = "messages.add_message";
    static final Map<String, String> ACCOUNTS = Map.of("ada", "lovelace", "alan", "turing");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final UsersResource users;
    private final Map<String, String> sessions = new HashMap<>();
    private final Random keys = new Random(42);
    private boolean viewRaises;
    private boolean renderRaises;
    private RestResult lastRest;

    public Site(UsersResource users) {
        this.users = users;
    }

    public UsersResource users() {
        return users;
    }

    /** The "simulate a bug" switches: the view raises; /hello's template fails in render(). */
    public void setFaults(boolean viewRaises, boolean renderRaises) {
        this.viewRaises = viewRaises;
        this.renderRaises = renderRaises;
    }

    /** What the REST resource answered in the last request (null when it was not reached). */
    public RestResult lastRest() {
        return lastRest;
    }

    public void forgetLastRest() {
        lastRest = null;
    }

    // ---- sessions

    Session loadSession(String key) {
        if (key != null && sessions.containsKey(key)) {
            return new Session(key, sessions.get(key));
        }
        return new Session(null, null);
    }

    void saveSession(Session s) {
        sessions.put(s.key(), s.peekUser());
    }

    String newKey(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(keys.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---- URLconf and views

    @Override
    public boolean resolves(HttpRequest request) {
        String p = request.path();
        return UsersResource.matches(p) || p.equals("/login") || p.equals("/hello");
    }

    @Override
    public HttpResponse call(Exchange x) {
        HttpRequest q = x.request();
        if (viewRaises) {
            x.note("pipeline.view.bug");
            throw new PythonException("ZeroDivisionError", "division by zero");
        }
        if (q.path().equals("/login")) {
            return login(x);
        }
        if (q.path().equals("/hello")) {
            String user = q.attribute("request.user");
            x.note("pipeline.view.hello");
            HttpResponse r = HttpResponse.template(200, "<h1>Hello, " + (user == null ? "AnonymousUser" : user)
                    + "!</h1>", "view").header("Content-Type", "text/html; charset=utf-8");
            return renderRaises ? r.failingRender() : r;
        }
        lastRest = users.handle(q.method(), q.path(), q.body());
        x.note("pipeline.view.rest", q.method(), q.path(), String.valueOf(lastRest.code()),
                String.valueOf(lastRest.sql().size()));
        return json(lastRest.code(), lastRest.envelope(), lastRest.headers());
    }

    private HttpResponse login(Exchange x) {
        HttpRequest q = x.request();
        if (!q.method().equals("POST")) {
            x.note("pipeline.view.loginMethod", q.method());
            return json(405, RestResult.envelope(405, null, "use POST /login"), Map.of("Allow", "POST"));
        }
        String user = null;
        String password = null;
        try {
            JsonNode body = MAPPER.readTree(q.body().isBlank() ? "{}" : q.body());
            user = body.path("username").asText(null);
            password = body.path("password").asText(null);
        } catch (JsonProcessingException e) {
            // treated as wrong credentials below
        }
        if (user == null || !ACCOUNTS.getOrDefault(user, "\u0000").equals(password)) {
            x.note("pipeline.view.loginFailed");
            return json(400, RestResult.envelope(400, null, "wrong username or password"), Map.of());
        }
        Session s = q.session();
        if (s == null) {
            x.note("pipeline.view.loginNoSession");
            throw new PythonException("AttributeError", "'WSGIRequest' object has no attribute 'session'");
        }
        s.login(user, newKey(32));
        q.setAttribute("request.user", user);
        q.setAttribute(DjangoMiddleware.Csrf.TOKEN_ATTRIBUTE, newKey(32)); // login() calls rotate_token()
        q.setAttribute(DjangoMiddleware.Csrf.NEEDS_UPDATE, "true");
        q.setAttribute(MESSAGE, "Welcome back, " + user);
        x.note("pipeline.view.login", user);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("username", user);
        return json(200, RestResult.envelope(200, data, null), Map.of());
    }

    private static HttpResponse json(int status, Map<String, Object> envelope, Map<String, String> headers) {
        String body;
        try {
            body = MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpResponse r = HttpResponse.plain(status, body, "view").header("Content-Type", "application/json");
        headers.forEach(r::header);
        return r;
    }

    /** The rows now in the table, for the view's table panel. */
    public List<UserRow> rows() {
        try {
            return users.rows();
        } catch (java.sql.SQLException e) {
            return List.of();
        }
    }
}
