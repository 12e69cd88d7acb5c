package glassbox.database.engine;

import glassbox.core.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Index versus full scan on H2: builds a table of N rows (generated in SQL, in chunks so progress
 * and Cancel work; into a staging table renamed at the end, so a cancelled build leaves nothing
 * behind), indexes one column, then times point, range and ORDER BY … LIMIT queries on the indexed
 * column and on an unindexed copy. Honest timing: a different existing key on every repetition
 * (H2 reuses the result of an identical query), every row read, warm-up first, median reported.
 */
public final class IndexExperiment {
    public static final String TABLE = "ITEMS";
    public static final String STAGING = "ITEMS_BUILD";
    public static final String INDEX = "IDX_ITEMS_K";
    public static final long MIN_ROWS = 1;
    public static final long MAX_ROWS = 10_000_000;
    /** Warm-up runs before timing: many for the cheap indexed query (so the JIT has compiled H2's lookup path), few for scans. */
    public static final int WARMUP = 2;
    public static final int WARMUP_INDEXED = 500;
    public static final int RANGE_WIDTH = 100;
    public static final int ORDER_LIMIT = 10;
    static final long CHUNK = 100_000;

    private final Db db;

    public IndexExperiment(Db db) {
        this.db = db;
    }

    /** Builds, then measures. */
    public IndexResult run(long rows, int repeat, Progress control) {
        long[] build = build(rows, control);
        List<QueryTiming> timings = measure(rows, repeat, control);
        IndexStats stats = db.dialect().server() ? IndexStats.read(db, rows) : null;
        return new IndexResult(rows, repeat, build[0], build[1], timings, db.server(), stats);
    }

    /**
     * Replaces table {@code items} by a fresh one of {@code rows} rows with an index on {@code k}.
     * Returns {insert ms, index ms}. On cancel or error the staging table is dropped and any
     * previous {@code items} table is left as it was.
     */
    public long[] build(long rows, Progress control) {
        checkRows(rows);
        Dialect d = db.dialect();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try {
                s.execute("DROP TABLE IF EXISTS items_build");
                long t0 = System.nanoTime();
                s.execute("CREATE TABLE items_build(id BIGINT PRIMARY KEY, k BIGINT NOT NULL, "
                        + "k_plain BIGINT NOT NULL, price INT NOT NULL)" + (d.server() ? " ENGINE=InnoDB" : ""));
                BulkLoad.begin(s, d);
                insertRows(c, d, rows, control);
                long t1 = System.nanoTime();
                control.report(Phase.INDEX.name(), 0, 1);
                s.execute("CREATE INDEX " + (d.server() ? "idx_items_k" : "idx_items_build_k") + " ON items_build(k)");
                Cancelled.check(control);
                long t2 = System.nanoTime();
                BulkLoad.end(s, d);
                s.execute("DROP TABLE IF EXISTS items");
                if (d.server()) {
                    s.execute("RENAME TABLE items_build TO items");
                } else {
                    s.execute("ALTER TABLE items_build RENAME TO items");
                    s.execute("ALTER INDEX idx_items_build_k RENAME TO " + INDEX);
                }
                control.report(Phase.INDEX.name(), 1, 1);
                return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000};
            } catch (SQLException | RuntimeException e) {
                dropStaging(s, d);
                throw e;
            }
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        }
    }

    private static void insertRows(Connection c, Dialect d, long rows, Progress control) throws SQLException {
        long chunk = Math.max(1_000, Math.min(CHUNK, rows / 10));
        if (d == Dialect.MYSQL) {
            BulkLoad.batched(c, rows, chunk, control);
            return;
        }
        String sql = d == Dialect.MARIADB
                ? "INSERT INTO items_build SELECT seq, seq, seq, MOD(seq * 37, 1000) FROM seq_%d_to_%d"
                : "INSERT INTO items_build SELECT X, X, X, MOD(X * 37, 1000) FROM SYSTEM_RANGE(%d, %d)";
        try (Statement s = c.createStatement()) {
            for (long lo = 1; lo <= rows; lo += chunk) {
                Cancelled.check(control);
                long hi = Math.min(rows, lo + chunk - 1);
                s.executeUpdate(String.format(java.util.Locale.ROOT, sql, lo, hi));
                control.report(Phase.ROWS.name(), hi, rows);
            }
        }
    }

    private static void dropStaging(Statement s, Dialect d) {
        try {
            BulkLoad.end(s, d);
            s.execute("DROP TABLE IF EXISTS items_build");
        } catch (SQLException ignored) {
            // the connection is gone; an in-memory staging table goes with it
        }
    }

    /** Times every {@link QueryKind} on the current {@code items} table of {@code rows} rows. */
    public List<QueryTiming> measure(long rows, int repeat, Progress control) {
        checkRows(rows);
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be >= 1");
        }
        QueryKind[] kinds = QueryKind.values();
        List<QueryTiming> out = new ArrayList<>();
        long[] done = {0};
        long total = (long) kinds.length * (WARMUP + 2L * repeat);
        try (Connection c = db.connect()) {
            Map<QueryKind, KeySequence> keys = new EnumMap<>(QueryKind.class);
            for (QueryKind kind : kinds) {
                keys.put(kind, new KeySequence(rows, kind == QueryKind.RANGE ? RANGE_WIDTH : 1, kind.ordinal()));
            }
            // warm every query up before timing any, so the JIT is not compiling H2 during the first one
            for (QueryKind kind : kinds) {
                try (PreparedStatement pi = c.prepareStatement(kind.indexedSql(db.dialect()));
                     PreparedStatement ps = c.prepareStatement(kind.scanSql(db.dialect()))) {
                    for (int w = 0; w < WARMUP_INDEXED; w++) {
                        readAll(pi, kind, keys.get(kind).next());
                    }
                    for (int w = 0; w < WARMUP; w++) {
                        Cancelled.check(control);
                        readAll(ps, kind, keys.get(kind).next());
                        control.report(Phase.MEASURE.name(), ++done[0], total);
                    }
                }
            }
            for (QueryKind kind : kinds) {
                long[] chosen = new long[repeat];
                for (int i = 0; i < repeat; i++) {
                    chosen[i] = keys.get(kind).next();
                }
                long[] rowsRead = new long[1];
                double[] indexed = time(c, kind.indexedSql(db.dialect()), kind, chosen, rowsRead, control, done, total);
                long indexedRows = rowsRead[0];
                double[] scan = time(c, kind.scanSql(db.dialect()), kind, chosen, rowsRead, control, done, total);
                if (indexedRows != rowsRead[0]) {
                    throw new IllegalStateException("indexed and scan answers differ: " + indexedRows + " vs " + rowsRead[0]);
                }
                long sample = keys.get(kind).sample();
                out.add(QueryTiming.of(kind, Stats.median(indexed), Stats.median(scan), indexedRows,
                        explain(c, db.dialect(), kind.indexedSql(db.dialect()), kind, sample), explain(c, db.dialect(), kind.scanSql(db.dialect()), kind, sample)));
            }
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        }
        return out;
    }

    /** Times {@code sql} once per key (µs each); rowsRead[0] gets the rows of the last run. */
    private static double[] time(Connection c, String sql, QueryKind kind, long[] keys, long[] rowsRead,
                                 Progress control, long[] done, long total) throws SQLException {
        double[] us = new double[keys.length];
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                Cancelled.check(control);
                long t0 = System.nanoTime();
                rowsRead[0] = readAll(p, kind, keys[i]);
                us[i] = (System.nanoTime() - t0) / 1000.0;
                control.report(Phase.MEASURE.name(), ++done[0], total);
            }
        }
        return us;
    }

    private static void bind(PreparedStatement p, QueryKind kind, long key) throws SQLException {
        p.setLong(1, key);
        if (kind == QueryKind.RANGE) {
            p.setLong(2, key + RANGE_WIDTH - 1);
        }
    }

    /** Runs the query and reads every column of every row; returns the row count. */
    private static long readAll(PreparedStatement p, QueryKind kind, long key) throws SQLException {
        bind(p, kind, key);
        long n = 0;
        long sink = 0;
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                sink += rs.getLong(1) + rs.getLong(2) + rs.getInt(3);
                n++;
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException("unreachable");
        }
        return n;
    }

    /** H2's plan for {@code sql} with a sample key. */
    public static String explain(Connection c, String sql, QueryKind kind, long key) throws SQLException {
        return explain(c, Dialect.H2, sql, kind, key);
    }

    /** The plan: H2's one line, or MySQL/MariaDB's EXPLAIN row and what ANALYZE measured. */
    public static String explain(Connection c, Dialect d, String sql, QueryKind kind, long key) throws SQLException {
        return Plans.explain(c, d, sql, p -> bind(p, kind, key));
    }

    public Db db() {
        return db;
    }

    /** Rows in {@code items}, or -1 when there is no such table. */
    public long tableRows() {
        if (!db.hasTable(TABLE)) {
            return -1;
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM items")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DbProblem(e.getMessage(), e);
        }
    }

    public static void checkRows(long rows) {
        if (rows < MIN_ROWS || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between " + MIN_ROWS + " and " + MAX_ROWS + ": " + rows);
        }
    }

    /**
     * Distinct existing keys spread over 1..rows (a new one each call while there are any left),
     * each leaving room for {@code width} consecutive keys.
     */
    static final class KeySequence {
        private final long span;
        private final long step;
        private long i;

        KeySequence(long rows, int width, int salt) {
            this.span = Math.max(1, rows - width + 1);
            this.step = BTreeMath.coprimeStep(span);
            this.i = salt * 7L;
        }

        long next() {
            return (i++ * step) % span + 1;
        }

        /** A key for EXPLAIN: the middle of the table. */
        long sample() {
            return (span + 1) / 2;
        }
    }
}
