package glassbox.pipeline.engine;

import glassbox.core.Narration;
import java.util.ArrayList;
import java.util.List;

/**
 * What Django (its runtime assertions and the admin's system checks) and its docs say about an
 * order of MIDDLEWARE: AuthenticationMiddleware needs SessionMiddleware above it, so do
 * messages; GZipMiddleware belongs above everything that touches the body.
 */
public final class StackCheck {
    private StackCheck() {
    }

    /** Warnings for the enabled entries, outermost first. */
    public static List<Narration> warnings(List<StackEntry> stack) {
        List<Builtin> on = stack.stream().filter(StackEntry::enabled).filter(e -> !e.custom())
                .map(StackEntry::builtin).toList();
        List<Narration> out = new ArrayList<>();
        int session = on.indexOf(Builtin.SESSION);
        int auth = on.indexOf(Builtin.AUTH);
        int messages = on.indexOf(Builtin.MESSAGES);
        int gzip = on.indexOf(Builtin.GZIP);
        if (auth >= 0 && session < 0) {
            out.add(Narration.of("pipeline.warn.authNoSession"));
        } else if (auth >= 0 && auth < session) {
            out.add(Narration.of("pipeline.warn.authBeforeSession"));
        }
        if (messages >= 0 && (session < 0 || messages < session)) {
            out.add(Narration.of("pipeline.warn.messagesSession"));
        }
        if (gzip > 0) {
            out.add(Narration.of("pipeline.warn.gzipLow", on.get(0).className()));
        }
        return out;
    }
}
