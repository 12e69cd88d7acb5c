package glassbox.database.engine;

import java.util.List;

/**
 * One run of the index experiment: the table size, how long building it took (rows, then the
 * index), and the timing of each query kind.
 *
 * @param rows     rows in the table
 * @param repeat   measured repetitions per query (after {@link IndexExperiment#WARMUP} warm-up runs)
 * @param insertMs generating and inserting the rows
 * @param indexMs  CREATE INDEX
 * @param queries  one timing per {@link QueryKind}, in enum order
 * @param server   the MySQL/MariaDB server it ran on, or null for H2
 * @param stats    InnoDB's statistics of the index beside the estimate, or null for H2
 */
public record IndexResult(long rows, int repeat, long insertMs, long indexMs, List<QueryTiming> queries,
                          ServerInfo server, IndexStats stats) {
    /** The course notes' claim: an index lookup is at least this many times faster than a scan. */
    public static final double CLAIMED_SPEEDUP = 1000;

    public IndexResult {
        queries = List.copyOf(queries);
    }

    /** A run on H2 (no server, no InnoDB statistics). */
    public IndexResult(long rows, int repeat, long insertMs, long indexMs, List<QueryTiming> queries) {
        this(rows, repeat, insertMs, indexMs, queries, null, null);
    }

    public long buildMs() {
        return insertMs + indexMs;
    }

    public QueryTiming timing(QueryKind kind) {
        return queries.stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
    }

    /** The outcome in the JSON shape of {@code glassbox index}. */
    public java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("rows", rows);
        out.put("build_ms", buildMs());
        QueryTiming point = timing(QueryKind.POINT);
        out.put("point", point.toJson());
        out.put("range", timing(QueryKind.RANGE).toJson());
        java.util.Map<String, Object> plans = new java.util.LinkedHashMap<>();
        plans.put("indexed", point.indexedPlan());
        plans.put("scan", point.scanPlan());
        out.put("plans", plans);
        if (server != null) {
            out.put("server", server.toJson());
        }
        if (stats != null) {
            out.put("index_stats", stats.toJson());
        }
        return out;
    }

    /** Whether the point lookup's measured speedup reaches the notes' "at least 1000×". */
    public boolean claimHolds() {
        return timing(QueryKind.POINT).speedup() >= CLAIMED_SPEEDUP;
    }
}
