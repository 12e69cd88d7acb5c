package glassbox.pipeline.engine;

import glassbox.core.Narration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One frame of a request's journey: the stack with the outcome of each hook so far, where the
 * request (or response) is, the calls made, the request and the latest response, the exception in
 * flight, the view's SQL and the table's rows, the REST envelope, and warnings about the order.
 *
 * @param journey  1-based number of the request in this trace (a login then a GET is two)
 * @param layer    the layer the action is at (the stack size means the innermost, _get_response)
 */
public record PipelineState(int journey, int journeys, List<LayerState> layers, Phase phase, int layer,
                            List<String> calls, HttpRequest.RequestSnapshot request,
                            HttpResponse.ResponseSnapshot response, String exception, List<SqlCall> sql,
                            List<UserRow> rows, Map<String, Object> envelope, List<Narration> warnings,
                            boolean viewRaised) {
    public PipelineState {
        layers = List.copyOf(layers);
        calls = List.copyOf(calls);
        sql = List.copyOf(sql);
        rows = List.copyOf(rows);
        envelope = envelope == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(envelope));
        warnings = List.copyOf(warnings);
    }

    /** Where the action is. */
    public enum Phase { ARRIVE, INBOUND, VIEW, OUTBOUND, DONE }

    /** How far a hook got in this journey. */
    public enum Mark { IDLE, PASSED, RESPONDED, RAISED }

    /** A middleware in the stack and the marks of the hooks it defines (in {@link Hook} order). */
    public record LayerState(String name, boolean custom, List<HookState> hooks) {
        public LayerState {
            hooks = List.copyOf(hooks);
        }

        public Mark mark(Hook h) {
            return hooks.stream().filter(s -> s.hook() == h).map(HookState::mark).findFirst().orElse(null);
        }

        LayerState with(Hook h, Mark m) {
            List<HookState> out = new ArrayList<>();
            for (HookState s : hooks) {
                out.add(s.hook() == h ? new HookState(h, m) : s);
            }
            return new LayerState(name, custom, out);
        }
    }

    public record HookState(Hook hook, Mark mark) {
    }
}
