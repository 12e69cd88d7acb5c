package glassbox.pipeline.engine;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Django's middleware classes the tab offers, with their dotted paths, the hooks each really
 * defines, and a factory. {@link #defaults()} is the MIDDLEWARE list of {@code startproject}'s
 * settings.py, with GZipMiddleware outermost (Django's docs: before anything that reads or writes
 * the body).
 */
public enum Builtin {
    GZIP("GZipMiddleware", "django.middleware.gzip.GZipMiddleware", "pipeline.mw.gzip", DjangoMiddleware.GZip::new),
    SECURITY("SecurityMiddleware", "django.middleware.security.SecurityMiddleware", "pipeline.mw.security",
            DjangoMiddleware.Security::new),
    SESSION("SessionMiddleware", "django.contrib.sessions.middleware.SessionMiddleware", "pipeline.mw.session",
            DjangoMiddleware.Sessions::new),
    COMMON("CommonMiddleware", "django.middleware.common.CommonMiddleware", "pipeline.mw.common",
            DjangoMiddleware.Common::new),
    CSRF("CsrfViewMiddleware", "django.middleware.csrf.CsrfViewMiddleware", "pipeline.mw.csrf", DjangoMiddleware.Csrf::new),
    AUTH("AuthenticationMiddleware", "django.contrib.auth.middleware.AuthenticationMiddleware", "pipeline.mw.auth",
            DjangoMiddleware.Authentication::new),
    MESSAGES("MessageMiddleware", "django.contrib.messages.middleware.MessageMiddleware", "pipeline.mw.messages",
            DjangoMiddleware.Messages::new),
    XFRAME("XFrameOptionsMiddleware", "django.middleware.clickjacking.XFrameOptionsMiddleware", "pipeline.mw.xframe",
            DjangoMiddleware.XFrameOptions::new);

    private final String className;
    private final String dottedPath;
    private final String descriptionKey;
    private final Supplier<Middleware> factory;

    Builtin(String className, String dottedPath, String descriptionKey, Supplier<Middleware> factory) {
        this.className = className;
        this.dottedPath = dottedPath;
        this.descriptionKey = descriptionKey;
        this.factory = factory;
    }

    public String className() {
        return className;
    }

    public String dottedPath() {
        return dottedPath;
    }

    /** Bundle key of a one-line description of what it does. */
    public String descriptionKey() {
        return descriptionKey;
    }

    public Middleware create() {
        return factory.get();
    }

    /** The hooks the real class defines. */
    public Set<Hook> hooks() {
        Middleware m = create();
        java.util.EnumSet<Hook> s = java.util.EnumSet.noneOf(Hook.class);
        for (Hook h : Hook.values()) {
            if (m.defines(h)) {
                s.add(h);
            }
        }
        return s;
    }

    public static List<Builtin> defaults() {
        return List.of(GZIP, SECURITY, SESSION, COMMON, CSRF, AUTH, MESSAGES, XFRAME);
    }

    public static java.util.Optional<Builtin> byClassName(String name) {
        for (Builtin b : values()) {
            if (b.className.equals(name)) {
                return java.util.Optional.of(b);
            }
        }
        return java.util.Optional.empty();
    }
}
