package glassbox.pipeline.engine;

import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs requests through a stack against the site and records the journeys as one trace. Cookies a
 * response sets are sent with the next request, as a browser would (so "log in, then GET" works).
 */
public final class Journeys {
    public static final String CODE_KEY = "pipeline.code";

    private Journeys() {
    }

    /** The trace plus the final response of the last request. */
    public record Result(Trace<PipelineState> trace, HttpResponse.ResponseSnapshot last) {
    }

    public static Result run(Site site, List<StackEntry> entries, List<RequestSpec> requests) {
        List<StackEntry> enabled = entries.stream().filter(StackEntry::enabled).toList();
        List<Middleware> stack = enabled.stream().map(StackEntry::toMiddleware).toList();
        List<Narration> warnings = StackCheck.warnings(entries);
        Pipeline pipeline = new Pipeline(stack, site, site);
        Trace.Builder<PipelineState> builder = Trace.builder(CODE_KEY);
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse.ResponseSnapshot last = null;
        int n = 0;
        for (RequestSpec spec : requests) {
            n++;
            site.forgetLastRest();
            JourneyRecorder rec = new JourneyRecorder(builder, stack, site, n, requests.size(), warnings, site.rows());
            HttpResponse r = pipeline.handle(spec.withCookies(jar).toRequest(), rec);
            last = r.snapshot();
            for (String line : last.cookies()) {
                int eq = line.indexOf('=');
                int semi = line.indexOf(';');
                jar.put(line.substring(0, eq), line.substring(eq + 1, semi < 0 ? line.length() : semi));
            }
        }
        return new Result(builder.build(), last);
    }
}
