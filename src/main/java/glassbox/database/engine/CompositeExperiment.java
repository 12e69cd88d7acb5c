package glassbox.database.engine;

import glassbox.core.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A composite index (a, b) and the leftmost-prefix rule: {@code WHERE a = ?} can use it,
 * {@code WHERE b = ?} cannot (b is sorted only within each a) and reads the whole table;
 * {@code SELECT a, b … WHERE a = ?} is answered from the index alone (covering) while
 * {@code SELECT *} must also fetch each row. Timed honestly (a different existing key each run,
 * every row read, warm-up, medians), with the database's plan for each query.
 */
public final class CompositeExperiment {
    /** Distinct values of {@code a} and of {@code b} (b = (x div A_VALUES + x) mod A_VALUES): each value matches rows / A_VALUES rows. */
    public static final int A_VALUES = 1_000;
    public static final long MAX_ROWS = 2_000_000;
    static final int WARMUP = 20;

    /** The four queries, each with its SQL. */
    public enum Query {
        BY_A("SELECT id, a, b, pad FROM pairs WHERE a = ?", "database.composite.q.by_a"),
        BY_B("SELECT id, a, b, pad FROM pairs WHERE b = ?", "database.composite.q.by_b"),
        COVERING("SELECT a, b FROM pairs WHERE a = ?", "database.composite.q.covering"),
        ALL_COLUMNS("SELECT * FROM pairs WHERE a = ?", "database.composite.q.all_columns");

        private final String sql;
        private final String labelKey;

        Query(String sql, String labelKey) {
            this.sql = sql;
            this.labelKey = labelKey;
        }

        public String sql() {
            return sql;
        }

        /** What the query asks, in the tab's words. */
        public String labelKey() {
            return labelKey;
        }
    }

    /** "Using index" in EXPLAIN's Extra, but not "Using index condition" (a pushed-down filter, rows still read). */
    private static final java.util.regex.Pattern INDEX_ONLY = java.util.regex.Pattern.compile("Using index(?! condition)");

    /** H2's plan names its access path in a SQL comment, such as PUBLIC.IDX_PAIRS_AB: A = ?1. */
    private static final java.util.regex.Pattern H2_ACCESS = java.util.regex.Pattern.compile("/\\*\\s*([^*]*?)\\s*\\*/");

    /** One query's median time, rows per run and plan. */
    public record Timing(Query query, double medianUs, long rowsPerQuery, String plan) {
        /** True when the plan names the composite index. */
        public boolean usesIndex() {
            return plan.toUpperCase(Locale.ROOT).contains("IDX_PAIRS_AB") && !plan.contains("type: ALL");
        }

        /** True when the plan itself says the rows were not read (MySQL's and MariaDB's "Using index"; H2 never says). */
        public boolean planSaysIndexOnly() {
            return INDEX_ONLY.matcher(plan).find();
        }

        /**
         * The plan in one line for a card: H2's access comment ({@code PUBLIC.IDX_PAIRS_AB: A = ?1} or
         * {@code PUBLIC.PAIRS.tableScan}); the server's EXPLAIN columns type, key, rows and Extra.
         */
        public String gist() {
            java.util.regex.Matcher h2 = H2_ACCESS.matcher(plan);
            if (h2.find()) {
                return h2.group(1).strip();
            }
            String first = plan.lines().findFirst().orElse("").replaceFirst("^EXPLAIN: ", "");
            List<String> kept = new ArrayList<>();
            for (String pair : first.split(", ")) {
                String name = pair.split(":", 2)[0];
                if (List.of("type", "key", "rows", "Extra").contains(name) && !pair.endsWith(": NULL")) {
                    kept.add(pair);
                }
            }
            return kept.isEmpty() ? first : String.join(", ", kept);
        }

        /** {"median_us", "rows", "uses_index", "plan"} for the CLI's JSON. */
        public java.util.Map<String, Object> toJson() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("sql", query.sql());
            m.put("median_us", medianUs);
            m.put("rows", rowsPerQuery);
            m.put("uses_index", usesIndex());
            m.put("plan", plan);
            return m;
        }
    }

    private final Db db;

    public CompositeExperiment(Db db) {
        this.db = db;
    }

    /** Builds the table and its index (a, b), then times and explains the four queries. */
    public CompositeResult run(long rows, int repeat, Progress control) {
        if (rows < A_VALUES || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between " + A_VALUES + " and " + MAX_ROWS + ": " + rows);
        }
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1: " + repeat);
        }
        Dialect d = db.dialect();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("DROP TABLE IF EXISTS pairs");
            s.execute("CREATE TABLE pairs(id BIGINT PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, pad VARCHAR(100) NOT NULL)"
                    + (d.server() ? " ENGINE=InnoDB" : ""));
            String gen = d == Dialect.H2
                    ? "INSERT INTO pairs SELECT X, MOD(X, %1$d), MOD(X / %1$d + X, %1$d), REPEAT('x', 80) FROM SYSTEM_RANGE(1, %2$d)"
                    : "INSERT INTO pairs SELECT seq, MOD(seq, %1$d), MOD(seq DIV %1$d + seq, %1$d), REPEAT('x', 80) FROM seq_1_to_%2$d";
            s.executeUpdate(String.format(Locale.ROOT, gen, A_VALUES, rows));
            long t1 = System.nanoTime();
            Cancelled.check(control);
            s.execute("CREATE INDEX idx_pairs_ab ON pairs(a, b)");
            if (d.server()) {
                s.execute("ANALYZE TABLE pairs");
            }
            long t2 = System.nanoTime();
            return new CompositeResult(rows, repeat, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    measure(c, d, repeat, control), db.server());
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        }
    }

    /**
     * Times the queries in rounds, each query once per round with the round's value and the order
     * rotated from round to round, so that no query is measured while the caches are colder (or the
     * heap fuller after the scan) than for the others; then asks for each plan.
     */
    private static List<Timing> measure(Connection c, Dialect d, int repeat, Progress control) throws SQLException {
        Query[] qs = Query.values();
        PreparedStatement[] ps = new PreparedStatement[qs.length];
        double[][] us = new double[qs.length][repeat];
        long[] n = new long[qs.length];
        try {
            for (int q = 0; q < qs.length; q++) {
                ps[q] = c.prepareStatement(QueryKind.noCache(qs[q].sql(), d));
            }
            int rounds = WARMUP + repeat;
            for (int i = 0; i < rounds; i++) {
                long key = (i * 389L) % A_VALUES;
                for (int j = 0; j < qs.length; j++) {
                    int q = (i + j) % qs.length; // rotate: each query follows each other one (the scan too) equally often
                    Cancelled.check(control);
                    long t0 = System.nanoTime();
                    n[q] = readAll(ps[q], key);
                    if (i >= WARMUP) {
                        us[q][i - WARMUP] = (System.nanoTime() - t0) / 1000.0;
                    }
                }
                control.report(Phase.MEASURE.name(), i + 1, rounds);
            }
        } finally {
            for (PreparedStatement p : ps) {
                if (p != null) {
                    p.close();
                }
            }
        }
        List<Timing> out = new ArrayList<>();
        for (int q = 0; q < qs.length; q++) {
            String plan = Plans.explain(c, d, QueryKind.noCache(qs[q].sql(), d), p -> p.setLong(1, A_VALUES / 2));
            out.add(new Timing(qs[q], Stats.round(Stats.median(us[q]), 1), n[q], plan));
        }
        return out;
    }

    private static long readAll(PreparedStatement p, long key) throws SQLException {
        p.setLong(1, key);
        long n = 0;
        long sink = 0;
        try (ResultSet rs = p.executeQuery()) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    sink += String.valueOf(rs.getObject(i)).length();
                }
                n++;
            }
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return n;
    }
}
