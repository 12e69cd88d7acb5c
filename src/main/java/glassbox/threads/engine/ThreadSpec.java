package glassbox.threads.engine;

import java.util.List;
import java.util.regex.Pattern;

/** A named thread of the workload: its bursts as written and expanded. */
public record ThreadSpec(String name, String source, List<Burst> bursts) {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.-]{1,24}");

    public ThreadSpec {
        bursts = List.copyOf(bursts);
    }

    /** Parses {@code NAME=BURSTS} as given to {@code --thread}. */
    public static ThreadSpec parse(String arg) {
        int eq = arg == null ? -1 : arg.indexOf('=');
        if (eq < 0) {
            throw new WorkloadException(WorkloadException.Problem.SYNTAX,
                    "--thread needs NAME=BURSTS, e.g. T1=cpu:100, got \"" + arg + "\"", String.valueOf(arg), 1, "=", "");
        }
        return of(arg.substring(0, eq).trim(), arg.substring(eq + 1));
    }

    /** A thread named {@code name} with bursts {@code source}; checks both. */
    public static ThreadSpec of(String name, String source) {
        if (!NAME.matcher(name).matches()) {
            throw new WorkloadException(WorkloadException.Problem.NAME,
                    "thread name \"" + name + "\" must be 1-24 letters, digits, '_', '-' or '.'", name);
        }
        return new ThreadSpec(name, source.trim(), BurstParser.parse(name, source));
    }

    public long cpuNanos() {
        return bursts.stream().filter(Burst::isCpu).mapToLong(Burst::nanos).sum();
    }

    public long ioNanos() {
        return bursts.stream().filter(b -> !b.isCpu()).mapToLong(Burst::nanos).sum();
    }

    /** Time the thread needs on its own: all its bursts back to back. */
    public long workNanos() {
        return cpuNanos() + ioNanos();
    }
}
