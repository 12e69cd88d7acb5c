package glassbox.pipeline.engine;

import glassbox.core.Narration;
import java.util.Objects;

/**
 * What a hook or view is handed besides the response: the request, the site's shared services
 * (sessions, accounts, the users table; null for scripted scenarios), and a place to say what it
 * did, which becomes the step's narration.
 */
public final class Exchange {
    private final HttpRequest request;
    private final Site site;
    private Narration note;

    public Exchange(HttpRequest request, Site site) {
        this.request = Objects.requireNonNull(request);
        this.site = site;
    }

    public HttpRequest request() {
        return request;
    }

    public Site site() {
        return site;
    }

    /** Says what the current hook did (the last note wins). */
    public void note(String key, Object... args) {
        note = Narration.of(key, args);
    }

    /** The note of the hook that just ran, cleared for the next one; null when it said nothing. */
    Narration takeNote() {
        Narration n = note;
        note = null;
        return n;
    }
}
