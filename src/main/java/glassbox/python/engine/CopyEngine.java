package glassbox.python.engine;

import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The engine's front door: run a script for the CLI, or record its trace for the tab. */
public final class CopyEngine {
    private CopyEngine() {
    }

    /** A finished CLI run: the JSON and whether the script reached its end. */
    public record Report(Map<String, Object> json, boolean completed) {
        public int exitCode() {
            return completed ? 0 : 1;
        }
    }

    /** Runs {@code source}; throws {@link ScriptProblem} when it is invalid or outside the subset. */
    public static Report run(String source, Limits limits) {
        Interpreter in = Interpreter.prepare(source, limits, StepSink.NONE, CopyMode.AS_WRITTEN, true);
        boolean ok = in.run();
        Object[] json = new Object[1];
        Interpreter.onBigStack(() -> json[0] = ResultJson.of(in));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) json[0];
        return new Report(result, ok);
    }

    /** The steps of {@code source} for the tab (deepcopy stepped into when {@code stepInto}). */
    public static Trace<CopyState> trace(String source, CopyMode mode, boolean stepInto, Limits limits) {
        Tracer tracer = new Tracer();
        Interpreter in = Interpreter.prepare(source, limits, tracer, mode, stepInto);
        in.run();
        return tracer.build();
    }

    /** Two runs of one script stepped in sync: every copy made shallow on the left, deep on the right. */
    public record Pair(CopyState shallow, CopyState deep) {
    }

    /** The side-by-side trace: one step per statement, the shorter run padded with its last state. */
    public static Trace<Pair> sideBySide(String source, Limits limits) {
        Trace<CopyState> left = trace(source, CopyMode.ALL_SHALLOW, false, limits);
        Trace<CopyState> right = trace(source, CopyMode.ALL_DEEP, false, limits);
        int n = Math.max(left.size(), right.size());
        List<glassbox.player.Step<Pair>> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            glassbox.player.Step<CopyState> l = left.step(Math.min(i, left.size() - 1));
            glassbox.player.Step<CopyState> r = right.step(Math.min(i, right.size() - 1));
            glassbox.player.Step<CopyState> lead = r.hasEvent() || i >= left.size() ? r : l;
            java.util.Set<glassbox.player.Highlight> hl = new java.util.HashSet<>(l.highlights());
            hl.addAll(r.highlights());
            glassbox.core.Narration say = l.narration().equals(r.narration()) ? l.narration()
                    : glassbox.core.Narration.of("copy.narr.pair", l.narration(), r.narration());
            steps.add(new glassbox.player.Step<>(new Pair(l.state(), r.state()), say, 0, hl, lead.event()));
        }
        return new Trace<>(null, steps);
    }
}
