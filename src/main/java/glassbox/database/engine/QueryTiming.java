package glassbox.database.engine;

/**
 * The median times of one query on the indexed and on the unindexed column, H2's plan for each,
 * and the speedup (scan time ÷ indexed time).
 */
public record QueryTiming(QueryKind kind, String indexedSql, String scanSql, double indexedUs, double scanUs,
                          double speedup, long rowsPerQuery, String indexedPlan, String scanPlan) {

    public static QueryTiming of(QueryKind kind, double indexedUs, double scanUs, long rowsPerQuery,
                                 String indexedPlan, String scanPlan) {
        double speedup = indexedUs > 0 ? scanUs / indexedUs : 0;
        return new QueryTiming(kind, kind.indexedSql(), kind.scanSql(), Stats.round(indexedUs, 1),
                Stats.round(scanUs, 1), Stats.round(speedup, 1), rowsPerQuery, indexedPlan, scanPlan);
    }

    /** {"indexed_us", "scan_us", "speedup"}. */
    public java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("indexed_us", indexedUs);
        m.put("scan_us", scanUs);
        m.put("speedup", speedup);
        return m;
    }

    /** True when H2's plan for the indexed query names the index. */
    public boolean indexUsed() {
        return indexedPlan.toUpperCase(java.util.Locale.ROOT).contains(IndexExperiment.INDEX);
    }

    /** True when H2's plan for the unindexed query reads the whole table. */
    public boolean scanUsed() {
        return scanPlan.contains("tableScan") || scanPlan.contains("type: ALL");
    }
}
