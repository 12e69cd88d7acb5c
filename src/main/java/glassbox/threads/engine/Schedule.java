package glassbox.threads.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of running a workload under a policy, simulated or live: the events, the wall
 * time, the hand-offs and where each thread's time went. Lanes for drawing are derived on demand.
 */
public final class Schedule {
    /** Where the timestamps came from. */
    public enum Source {
        SIMULATED("threads.source.simulated"),
        LIVE("threads.source.live");

        private final String labelKey;

        Source(String labelKey) {
            this.labelKey = labelKey;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    private final Workload workload;
    private final SimSettings settings;
    private final Source source;
    private final EventLog log;
    private final long wall;
    private final int handoffs;
    private Lanes lanes;
    private List<ThreadStats> stats;

    public Schedule(Workload workload, SimSettings settings, Source source, EventLog log) {
        this.workload = workload;
        this.settings = settings;
        this.source = source;
        this.log = log;
        long w = 0;
        int h = 0;
        for (int i = 0; i < log.size(); i++) {
            w = Math.max(w, log.time(i));
            if (log.type(i) == EventType.ACQUIRE && log.other(i) >= 0 && log.other(i) != log.thread(i)) {
                h++;
            }
        }
        this.wall = w;
        this.handoffs = settings.policy().usesCores() ? 0 : h;
    }

    public Workload workload() {
        return workload;
    }

    public SimSettings settings() {
        return settings;
    }

    public Policy policy() {
        return settings.policy();
    }

    public Source source() {
        return source;
    }

    public EventLog log() {
        return log;
    }

    /** When the last thread finished (ns). */
    public long wall() {
        return wall;
    }

    public double wallMs() {
        return wall / 1e6;
    }

    /** Times the lock (or the one OS thread) passed from one thread to another; 0 under nogil and process. */
    public int handoffs() {
        return handoffs;
    }

    public synchronized Lanes lanes() {
        if (lanes == null) {
            lanes = Lanes.of(log, workload.size(), wall);
        }
        return lanes;
    }

    public synchronized List<ThreadStats> stats() {
        if (stats == null) {
            Lanes l = lanes();
            long[] ends = new long[workload.size()];
            java.util.Arrays.fill(ends, wall);
            for (int i = 0; i < log.size(); i++) {
                if (log.type(i) == EventType.END) {
                    ends[log.thread(i)] = log.time(i);
                }
            }
            List<ThreadStats> out = new ArrayList<>();
            for (int t = 0; t < workload.size(); t++) {
                Lanes.Lane lane = l.lane(t);
                out.add(new ThreadStats(workload.thread(t).name(), lane.total(ThreadState.RUNNING.ordinal()),
                        lane.total(ThreadState.IO.ordinal()),
                        lane.total(ThreadState.WAITING.ordinal()) + lane.total(ThreadState.BLOCKED.ordinal()), ends[t]));
            }
            stats = List.copyOf(out);
        }
        return stats;
    }

    public ThreadStats stats(String thread) {
        return stats().stream().filter(s -> s.name().equals(thread)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no thread " + thread));
    }
}
