package glassbox.pipeline.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Django's default middleware with their real observable effects (Django 5 defaults, DEBUG off,
 * plain HTTP). Each defines exactly the hooks the real class defines.
 */
public abstract class DjangoMiddleware implements Middleware {
    private final Set<Hook> hooks;
    private final String name;

    DjangoMiddleware(String name, Hook... hooks) {
        this.name = name;
        this.hooks = EnumSet.noneOf(Hook.class);
        this.hooks.addAll(java.util.List.of(hooks));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean defines(Hook hook) {
        return hooks.contains(hook);
    }

    /** django.middleware.gzip: compresses bodies of 200+ bytes when the client accepts gzip. */
    static final class GZip extends DjangoMiddleware {
        GZip() {
            super("GZipMiddleware", Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            int len = r.bodyLength();
            if (len < 200) {
                x.note("pipeline.gzip.short", String.valueOf(len));
                return r;
            }
            if (r.hasHeader("Content-Encoding")) {
                return r;
            }
            r.patchVary("Accept-Encoding");
            String accept = x.request().header("Accept-Encoding");
            if (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
                x.note("pipeline.gzip.notAccepted", String.valueOf(len));
                return r;
            }
            int zipped = gzipLength(r.body());
            if (zipped >= len) {
                x.note("pipeline.gzip.noGain", String.valueOf(len), String.valueOf(zipped));
                return r;
            }
            r.setEncodedLength(zipped);
            r.header("Content-Length", String.valueOf(zipped));
            r.header("Content-Encoding", "gzip");
            x.note("pipeline.gzip.compressed", String.valueOf(len), String.valueOf(zipped));
            return r;
        }

        static int gzipLength(String body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(body.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.size();
        }
    }

    /** django.middleware.security: no HTTPS redirect by default; adds nosniff, Referrer-Policy, COOP. */
    static final class Security extends DjangoMiddleware {
        Security() {
            super("SecurityMiddleware", Hook.PROCESS_REQUEST, Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processRequest(Exchange x) {
            x.note("pipeline.security.request");
            return null;
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            setDefault(r, "X-Content-Type-Options", "nosniff");
            setDefault(r, "Referrer-Policy", "same-origin");
            setDefault(r, "Cross-Origin-Opener-Policy", "same-origin");
            x.note("pipeline.security.response");
            return r;
        }
    }

    static void setDefault(HttpResponse r, String header, String value) {
        if (!r.hasHeader(header)) {
            r.header(header, value);
        }
    }

    /** django.contrib.sessions: loads request.session from the sessionid cookie; saves it and sets the cookie. */
    static final class Sessions extends DjangoMiddleware {
        Sessions() {
            super("SessionMiddleware", Hook.PROCESS_REQUEST, Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processRequest(Exchange x) {
            String key = x.request().cookie("sessionid");
            Session s = x.site() == null ? new Session(null, null) : x.site().loadSession(key);
            x.request().setSession(s);
            if (key == null) {
                x.note("pipeline.session.none");
            } else if (s.key() == null) {
                x.note("pipeline.session.unknown", key);
            } else {
                x.note("pipeline.session.loaded", key, s.peekUser() == null ? "-" : s.peekUser());
            }
            return null;
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            Session s = x.request().session();
            if (s == null) {
                x.note("pipeline.session.noAttribute");
                return r;
            }
            if (s.accessed()) {
                r.patchVary("Cookie");
            }
            if (s.modified() && r.status() != 500) {
                if (x.site() != null) {
                    x.site().saveSession(s);
                }
                r.setCookie("sessionid", s.key() + "; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax");
                x.note("pipeline.session.saved", s.key());
            } else if (s.modified()) {
                x.note("pipeline.session.notSaved500");
            } else {
                x.note("pipeline.session.unchanged");
            }
            return r;
        }
    }

    /** django.middleware.common: user-agent and PREPEND_WWW checks; APPEND_SLASH on 404; Content-Length. */
    static final class Common extends DjangoMiddleware {
        Common() {
            super("CommonMiddleware", Hook.PROCESS_REQUEST, Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processRequest(Exchange x) {
            x.note("pipeline.common.request");
            return null;
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            String path = x.request().path();
            if (r.status() == 404 && !path.endsWith("/") && x.site() != null
                    && !x.site().resolves(HttpRequest.of("GET", path))
                    && x.site().resolves(HttpRequest.of("GET", path + "/"))) { // should_redirect_with_slash
                x.note("pipeline.common.appendSlash", path + "/");
                return HttpResponse.plain(301, "", "CommonMiddleware.process_response").header("Location", path + "/");
            }
            if (!r.hasHeader("Content-Length")) {
                r.header("Content-Length", String.valueOf(r.bodyLength()));
                x.note("pipeline.common.length", String.valueOf(r.bodyLength()));
            } else {
                x.note("pipeline.common.lengthKept");
            }
            return r;
        }
    }

    /** django.middleware.csrf: reads the csrftoken cookie; process_view rejects unsafe requests without a matching token. */
    static final class Csrf extends DjangoMiddleware {
        static final String TOKEN_ATTRIBUTE = "META['CSRF_COOKIE']";
        static final String NEEDS_UPDATE = "META['CSRF_COOKIE_NEEDS_UPDATE']";

        Csrf() {
            super("CsrfViewMiddleware", Hook.PROCESS_REQUEST, Hook.PROCESS_VIEW, Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processRequest(Exchange x) {
            String cookie = x.request().cookie("csrftoken");
            if (cookie != null) {
                x.request().setAttribute(TOKEN_ATTRIBUTE, cookie);
                x.note("pipeline.csrf.cookie", cookie);
            } else {
                x.note("pipeline.csrf.noCookie");
            }
            return null;
        }

        @Override
        public HttpResponse processView(Exchange x) {
            HttpRequest q = x.request();
            if (q.safeMethod()) {
                x.note("pipeline.csrf.safe", q.method());
                return null;
            }
            String secret = q.attribute(TOKEN_ATTRIBUTE);
            String token = q.header("X-CSRFToken");
            String reason;
            if (secret == null) {
                reason = "CSRF cookie not set.";
            } else if (token == null || token.isEmpty()) {
                reason = "CSRF token missing.";
            } else if (!token.equals(secret)) {
                reason = "CSRF token from the 'X-Csrftoken' HTTP header incorrect.";
            } else {
                x.note("pipeline.csrf.accepted", q.method());
                return null;
            }
            x.note("pipeline.csrf.rejected", q.method(), reason);
            return HttpResponse.plain(403, "<h1>Forbidden (403)</h1><p>CSRF verification failed. Request aborted.</p><p>"
                    + reason + "</p>", "CsrfViewMiddleware.process_view").header("Content-Type", "text/html; charset=utf-8");
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            if ("true".equals(x.request().attribute(NEEDS_UPDATE))) {
                String token = x.request().attribute(TOKEN_ATTRIBUTE);
                r.setCookie("csrftoken", token + "; Max-Age=31449600; Path=/; SameSite=Lax");
                r.patchVary("Cookie");
                x.note("pipeline.csrf.setCookie", token);
            } else {
                x.note("pipeline.csrf.cookieUnchanged");
            }
            return r;
        }
    }

    /** django.contrib.auth: needs request.session; sets request.user lazily from the session. */
    static final class Authentication extends DjangoMiddleware {
        static final String NEEDS_SESSION = "The Django authentication middleware requires session middleware to be "
                + "installed. Edit your MIDDLEWARE setting to insert "
                + "'django.contrib.sessions.middleware.SessionMiddleware' before "
                + "'django.contrib.auth.middleware.AuthenticationMiddleware'.";

        Authentication() {
            super("AuthenticationMiddleware", Hook.PROCESS_REQUEST);
        }

        @Override
        public HttpResponse processRequest(Exchange x) {
            Session s = x.request().session();
            if (s == null) {
                x.note("pipeline.auth.noSession");
                throw new PythonException("ImproperlyConfigured", NEEDS_SESSION);
            }
            String user = s.peekUser();
            x.request().setAttribute("request.user", user == null ? "AnonymousUser" : user);
            String auth = x.request().header("Authorization");
            if (auth != null) {
                x.note("pipeline.auth.headerIgnored", user == null ? "AnonymousUser" : user);
            } else {
                x.note("pipeline.auth.user", user == null ? "AnonymousUser" : user);
            }
            return null;
        }
    }

    /** django.contrib.messages: attaches message storage; stores new messages in a cookie on the way out. */
    static final class Messages extends DjangoMiddleware {
        static final String PENDING = "request._messages";

        Messages() {
            super("MessageMiddleware", Hook.PROCESS_REQUEST, Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processRequest(Exchange x) {
            x.request().setAttribute(PENDING, "FallbackStorage(0 new)");
            x.note("pipeline.messages.request");
            return null;
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            String added = x.request().attribute(Site.MESSAGE);
            if (x.request().attribute(PENDING) != null && added != null) {
                r.setCookie("messages", "\"" + added + "\"; HttpOnly; Path=/; SameSite=Lax");
                x.note("pipeline.messages.stored", added);
            } else {
                x.note("pipeline.messages.none");
            }
            return r;
        }
    }

    /** django.middleware.clickjacking: X-Frame-Options: DENY unless the view set it. */
    static final class XFrameOptions extends DjangoMiddleware {
        XFrameOptions() {
            super("XFrameOptionsMiddleware", Hook.PROCESS_RESPONSE);
        }

        @Override
        public HttpResponse processResponse(Exchange x, HttpResponse r) {
            if (r.hasHeader("X-Frame-Options")) {
                x.note("pipeline.xframe.kept");
            } else {
                r.header("X-Frame-Options", "DENY");
                x.note("pipeline.xframe.set");
            }
            return r;
        }
    }
}
