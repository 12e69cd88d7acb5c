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
        return parse(arg, BurstParser.MAX_BURSTS);
    }

    /** As {@link #parse(String)} with at most {@code limit} bursts after expanding. */
    public static ThreadSpec parse(String arg, int limit) {
        int eq = arg == null ? -1 : arg.indexOf('=');
        if (eq < 0) {
            throw new WorkloadException(WorkloadException.Problem.SYNTAX,
                    "--thread needs NAME=BURSTS, e.g. T1=cpu:100, got \"" + arg + "\"", String.valueOf(arg), 1, "=", "");
        }
        return of(arg.substring(0, eq).trim(), arg.substring(eq + 1), limit);
    }

    /** A thread named {@code name} with bursts {@code source}; checks both. */
    public static ThreadSpec of(String name, String source) {
        return of(name, source, BurstParser.MAX_BURSTS);
    }

    /** As {@link #of(String, String)} with at most {@code limit} bursts after expanding. */
    public static ThreadSpec of(String name, String source, int limit) {
        if (!NAME.matcher(name).matches()) {
            throw new WorkloadException(WorkloadException.Problem.NAME,
                    "thread name \"" + name + "\" must be 1-24 letters, digits, '_', '-' or '.'", name);
        }
        return new ThreadSpec(name, source.trim(), BurstParser.parse(name, source, limit));
    }

    public long cpuNanos() {
        return sum(true);
    }

    public long ioNanos() {
        return sum(false);
    }

    /** Time the thread needs on its own: all its bursts back to back. */
    public long workNanos() {
        long a = cpuNanos();
        long b = ioNanos();
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    /** Sum of the cpu (or io) bursts, saturating at Long.MAX_VALUE. */
    private long sum(boolean cpu) {
        long s = 0;
        for (Burst b : bursts) {
            if (b.isCpu() == cpu) {
                s = s > Long.MAX_VALUE - b.nanos() ? Long.MAX_VALUE : s + b.nanos();
            }
        }
        return s;
    }
}
