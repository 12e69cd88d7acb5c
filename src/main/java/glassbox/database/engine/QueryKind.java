package glassbox.database.engine;

/**
 * The three queries the index experiment times, each once on the indexed column {@code k} and once
 * on its unindexed copy {@code k_plain}. {@code {col}} stands for the column.
 */
public enum QueryKind {
    /** One row by key. */
    POINT("database.query.point", "SELECT id, k, price FROM items WHERE {col} = ?", 1),
    /** A range of {@value IndexExperiment#RANGE_WIDTH} consecutive keys. */
    RANGE("database.query.range", "SELECT id, k, price FROM items WHERE {col} BETWEEN ? AND ?", 2),
    /** The first few rows from a key on, in key order: the index hands them over already sorted. */
    ORDER("database.query.order", "SELECT id, k, price FROM items WHERE {col} >= ? ORDER BY {col} LIMIT " + IndexExperiment.ORDER_LIMIT, 1);

    private final String labelKey;
    private final String template;
    private final int parameters;

    QueryKind(String labelKey, String template, int parameters) {
        this.labelKey = labelKey;
        this.template = template;
        this.parameters = parameters;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The SQL on the indexed column; on a server with {@code SQL_NO_CACHE} (the query cache bypassed). */
    public String indexedSql(Dialect d) {
        return noCache(indexedSql(), d);
    }

    public String scanSql(Dialect d) {
        return noCache(scanSql(), d);
    }

    static String noCache(String sql, Dialect d) {
        return d.server() ? sql.replaceFirst("^SELECT ", "SELECT SQL_NO_CACHE ") : sql;
    }

    /** The SQL on the indexed column. */
    public String indexedSql() {
        return template.replace("{col}", "k");
    }

    /** The same SQL on the unindexed column. */
    public String scanSql() {
        return template.replace("{col}", "k_plain");
    }

    int parameters() {
        return parameters;
    }
}
