package glassbox.threads.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The threads to run, in order (the order breaks ties: the earlier-listed thread goes first). */
public record Workload(List<ThreadSpec> threads) {
    /** Most threads in one workload. */
    public static final int MAX_THREADS = 64;
    /** Most bursts, after expanding repetitions, of all threads together. */
    public static final int MAX_TOTAL_BURSTS = 4_000_000;

    public Workload {
        threads = List.copyOf(threads);
        if (threads.isEmpty()) {
            throw new WorkloadException(WorkloadException.Problem.NO_THREADS, "no threads: give at least one --thread NAME=BURSTS");
        }
        if (threads.size() > MAX_THREADS) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "more than " + MAX_THREADS + " threads (the limit)", "threads", threads.size());
        }
        Set<String> seen = new HashSet<>();
        for (ThreadSpec t : threads) {
            if (!seen.add(t.name())) {
                throw new WorkloadException(WorkloadException.Problem.DUPLICATE,
                        "thread name \"" + t.name() + "\" is used twice", t.name());
            }
        }
    }

    /** Parses several {@code NAME=BURSTS} arguments. */
    public static Workload parse(List<String> args) {
        if (args == null || args.isEmpty()) {
            throw new WorkloadException(WorkloadException.Problem.NO_THREADS, "no threads: give at least one --thread NAME=BURSTS");
        }
        if (args.size() > MAX_THREADS) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "more than " + MAX_THREADS + " threads (the limit)", "threads", args.size());
        }
        List<ThreadSpec> out = new java.util.ArrayList<>();
        int left = MAX_TOTAL_BURSTS;
        for (String a : args) {
            ThreadSpec t = ThreadSpec.parse(a, left);
            left -= t.bursts().size();
            out.add(t);
        }
        return new Workload(out);
    }

    /** Parses rows of (name, bursts) within the same limits as {@link #parse(List)}. */
    public static Workload ofRows(List<String[]> rows) {
        if (rows.size() > MAX_THREADS) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "more than " + MAX_THREADS + " threads (the limit)", "threads", rows.size());
        }
        List<ThreadSpec> out = new java.util.ArrayList<>();
        int left = MAX_TOTAL_BURSTS;
        for (String[] r : rows) {
            ThreadSpec t = ThreadSpec.of(r[0], r[1], left);
            left -= t.bursts().size();
            out.add(t);
        }
        return new Workload(out);
    }

    public static Workload of(String... nameEqualsBursts) {
        return parse(List.of(nameEqualsBursts));
    }

    public int size() {
        return threads.size();
    }

    public List<String> names() {
        return threads.stream().map(ThreadSpec::name).toList();
    }

    public ThreadSpec thread(int i) {
        return threads.get(i);
    }
}
