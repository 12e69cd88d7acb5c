package glassbox.pipeline.engine;

import java.util.Locale;
import java.util.Optional;

/** The five methods a Django middleware class may define, by their Python names. */
public enum Hook {
    PROCESS_REQUEST("process_request"),
    PROCESS_VIEW("process_view"),
    PROCESS_EXCEPTION("process_exception"),
    PROCESS_TEMPLATE_RESPONSE("process_template_response"),
    PROCESS_RESPONSE("process_response");

    private final String pythonName;

    Hook(String pythonName) {
        this.pythonName = pythonName;
    }

    public String pythonName() {
        return pythonName;
    }

    /** The hook called {@code name} in Python, e.g. {@code process_view}. */
    public static Optional<Hook> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Hook h : values()) {
            if (h.pythonName.equals(n)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** True for the hooks that see the request on its way in (before the view). */
    public boolean inbound() {
        return this == PROCESS_REQUEST || this == PROCESS_VIEW;
    }
}
