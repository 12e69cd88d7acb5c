package glassbox.threads.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refcount race as the plain maps the {@code refcount} command prints and the run history stores. */
public final class RefcountJson {
    private RefcountJson() {
    }

    /** {@code {"start", "final", "expected", "lost_updates", "freed_early", "steps": [...]}}. */
    public static Map<String, Object> of(RefcountRace.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", r.start());
        out.put("final", r.finalCount());
        out.put("expected", r.expected());
        out.put("lost_updates", r.lostUpdates());
        out.put("freed_early", r.freedEarly());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (RefcountRace.Step s : r.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("thread", s.thread());
            m.put("op", s.op().id());
            m.put("reg", s.reg());
            m.put("count", s.count());
            steps.add(m);
        }
        out.put("steps", steps);
        return out;
    }

    /** The inputs, for the run history. */
    public static Map<String, Object> params(RefcountRace.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", r.start());
        out.put("threads", r.threads().stream().map(RefThread::source).toList());
        out.put("interleave", r.order());
        out.put("gil", r.gil());
        return out;
    }
}
