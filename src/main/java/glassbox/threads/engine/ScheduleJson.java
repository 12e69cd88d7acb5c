package glassbox.threads.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A schedule as the plain maps the CLI prints and the run history stores. */
public final class ScheduleJson {
    private ScheduleJson() {
    }

    /** {@code {"policy", "wall_ms", "handoffs", "threads": {...}, "events": [...]}}. */
    public static Map<String, Object> of(Schedule s, boolean withEvents) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", s.policy().id());
        out.put("wall_ms", s.wallMs());
        out.put("handoffs", s.handoffs());
        Map<String, Object> threads = new LinkedHashMap<>();
        for (ThreadStats t : s.stats()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cpu_ms", t.cpuMs());
            m.put("io_ms", t.ioMs());
            m.put("wait_ms", t.waitMs());
            m.put("end_ms", t.endMs());
            threads.put(t.name(), m);
        }
        out.put("threads", threads);
        if (withEvents) {
            out.put("events", events(s));
        }
        return out;
    }

    private static List<Map<String, Object>> events(Schedule s) {
        EventLog log = s.log();
        List<String> names = s.workload().names();
        List<Map<String, Object>> events = new ArrayList<>(log.size());
        for (int i = 0; i < log.size(); i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("t_ms", log.time(i) / 1e6);
            e.put("thread", names.get(log.thread(i)));
            e.put("kind", log.type(i).id());
            events.add(e);
        }
        return events;
    }

    /** The settings and threads of a run, for the run history. */
    public static Map<String, Object> params(Workload w, SimSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy", s.policy().id());
        out.put("interval_ms", s.intervalNanos() / 1e6);
        out.put("cores", s.cores());
        out.put("switch_cost_us", s.switchCostNanos() / 1e3);
        Map<String, Object> threads = new LinkedHashMap<>();
        w.threads().forEach(t -> threads.put(t.name(), t.source()));
        out.put("threads", threads);
        return out;
    }
}
