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
        BY_A("SELECT id, a, b, pad FROM pairs WHERE a = ?"),
        BY_B("SELECT id, a, b, pad FROM pairs WHERE b = ?"),
        COVERING("SELECT a, b FROM pairs WHERE a = ?"),
        ALL_COLUMNS("SELECT * FROM pairs WHERE a = ?");

        private final String sql;

        Query(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** One query's median time, rows per run and plan. */
    public record Timing(Query query, double medianUs, long rowsPerQuery, String plan) {
        /** True when the plan names the composite index. */
        public boolean usesIndex() {
            return plan.toUpperCase(Locale.ROOT).contains("IDX_PAIRS_AB") && !plan.contains("type: ALL");
        }
    }

    private final Db db;

    public CompositeExperiment(Db db) {
        this.db = db;
    }

    public List<Timing> run(long rows, int repeat, Progress control) {
        if (rows < A_VALUES || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between " + A_VALUES + " and " + MAX_ROWS + ": " + rows);
        }
        Dialect d = db.dialect();
        List<Timing> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS pairs");
            s.execute("CREATE TABLE pairs(id BIGINT PRIMARY KEY, a INT NOT NULL, b INT NOT NULL, pad VARCHAR(100) NOT NULL)"
                    + (d.server() ? " ENGINE=InnoDB" : ""));
            String gen = d == Dialect.H2
                    ? "INSERT INTO pairs SELECT X, MOD(X, %1$d), MOD(X / %1$d + X, %1$d), REPEAT('x', 80) FROM SYSTEM_RANGE(1, %2$d)"
                    : "INSERT INTO pairs SELECT seq, MOD(seq, %1$d), MOD(seq DIV %1$d + seq, %1$d), REPEAT('x', 80) FROM seq_1_to_%2$d";
            s.executeUpdate(String.format(Locale.ROOT, gen, A_VALUES, rows));
            s.execute("CREATE INDEX idx_pairs_ab ON pairs(a, b)");
            if (d.server()) {
                s.execute("ANALYZE TABLE pairs");
            }
            Cancelled.check(control);
            for (Query q : Query.values()) {
                String sql = QueryKind.noCache(q.sql(), d);
                double[] us = new double[repeat];
                long n = 0;
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    for (int i = 0; i < WARMUP + repeat; i++) {
                        Cancelled.check(control);
                        long key = (i * 389L) % A_VALUES;
                        long t0 = System.nanoTime();
                        n = readAll(p, key);
                        if (i >= WARMUP) {
                            us[i - WARMUP] = (System.nanoTime() - t0) / 1000.0;
                        }
                    }
                }
                String plan = Plans.explain(c, d, sql, p -> p.setLong(1, A_VALUES / 2));
                out.add(new Timing(q, Stats.round(Stats.median(us), 1), n, plan));
                control.report(Phase.MEASURE.name(), out.size(), Query.values().length);
            }
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
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
