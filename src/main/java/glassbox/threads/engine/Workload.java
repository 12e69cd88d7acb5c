package glassbox.threads.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The threads to run, in order (the order breaks ties: the earlier-listed thread goes first). */
public record Workload(List<ThreadSpec> threads) {
    public Workload {
        threads = List.copyOf(threads);
        if (threads.isEmpty()) {
            throw new WorkloadException(WorkloadException.Problem.NO_THREADS, "no threads: give at least one --thread NAME=BURSTS");
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
        return new Workload(args.stream().map(ThreadSpec::parse).toList());
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
