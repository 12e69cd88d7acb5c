package glassbox.database.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the composite-index experiment: the table size, how long the rows and the index
 * (a, b) took, and each query's timing and plan.
 *
 * @param server the MySQL/MariaDB server it ran on, or null for H2
 */
public record CompositeResult(long rows, int repeat, long insertMs, long indexMs,
                              List<CompositeExperiment.Timing> timings, ServerInfo server) {
    /** A ratio below this is not told as a gain: timings on a busy laptop wobble by that much. */
    public static final double CLEAR_GAIN = 1.5;

    public CompositeResult {
        timings = List.copyOf(timings);
    }

    public CompositeExperiment.Timing timing(CompositeExperiment.Query q) {
        return timings.stream().filter(t -> t.query() == q).findFirst().orElseThrow();
    }

    /** How many times as long {@code WHERE b = ?} took as {@code WHERE a = ?}: the price of breaking the leftmost prefix. */
    public double prefixRatio() {
        return ratio(timing(CompositeExperiment.Query.BY_B), timing(CompositeExperiment.Query.BY_A));
    }

    /** How many times as long {@code SELECT *} took as the covering {@code SELECT a, b}. */
    public double coveringRatio() {
        return ratio(timing(CompositeExperiment.Query.ALL_COLUMNS), timing(CompositeExperiment.Query.COVERING));
    }

    private static double ratio(CompositeExperiment.Timing slow, CompositeExperiment.Timing fast) {
        return Stats.round(slow.medianUs() / Math.max(fast.medianUs(), 0.1), 1);
    }

    public Dialect dialect() {
        return server == null ? Dialect.H2 : server.dialect();
    }

    /** The outcome in the JSON shape of {@code glassbox composite}. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("repeat", repeat);
        out.put("build_ms", insertMs + indexMs);
        Map<String, Object> queries = new LinkedHashMap<>();
        for (CompositeExperiment.Timing t : timings) {
            queries.put(t.query().name().toLowerCase(java.util.Locale.ROOT), t.toJson());
        }
        out.put("queries", queries);
        out.put("prefix_ratio", prefixRatio());
        out.put("covering_ratio", coveringRatio());
        if (server != null) {
            out.put("server", server.toJson());
        }
        return out;
    }
}
