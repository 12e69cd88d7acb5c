package glassbox.database.engine;

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
    public IndexResult run(long rows, int repeat, RunControl control) {
        long[] build = build(rows, control);
        List<QueryTiming> timings = measure(rows, repeat, control);
        return new IndexResult(rows, repeat, build[0], build[1], timings);
    }

    /**
     * Replaces table {@code items} by a fresh one of {@code rows} rows with an index on {@code k}.
     * Returns {insert ms, index ms}. On cancel or error the staging table is dropped and any
     * previous {@code items} table is left as it was.
     */
    public long[] build(long rows, RunControl control) {
        checkRows(rows);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try {
                s.execute("DROP TABLE IF EXISTS items_build");
                long t0 = System.nanoTime();
                s.execute("CREATE TABLE items_build(id BIGINT PRIMARY KEY, k BIGINT NOT NULL, "
                        + "k_plain BIGINT NOT NULL, price INT NOT NULL)");
                insertRows(c, rows, control);
                long t1 = System.nanoTime();
                control.progress(Phase.INDEX, 0, 1);
                s.execute("CREATE INDEX idx_items_build_k ON items_build(k)");
                control.checkCancelled();
                long t2 = System.nanoTime();
                s.execute("DROP TABLE IF EXISTS items");
                s.execute("ALTER TABLE items_build RENAME TO items");
                s.execute("ALTER INDEX idx_items_build_k RENAME TO " + INDEX);
                control.progress(Phase.INDEX, 1, 1);
                return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000};
            } catch (SQLException | RuntimeException e) {
                dropStaging(s);
                throw e;
            }
        } catch (SQLException e) {
            throw new DbProblem(e.getMessage(), e);
        }
    }

    private static void insertRows(Connection c, long rows, RunControl control) throws SQLException {
        long chunk = Math.max(1_000, Math.min(CHUNK, rows / 10));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO items_build SELECT X, X, X, MOD(X * 37, 1000) FROM SYSTEM_RANGE(?, ?)")) {
            for (long lo = 1; lo <= rows; lo += chunk) {
                control.checkCancelled();
                long hi = Math.min(rows, lo + chunk - 1);
                ps.setLong(1, lo);
                ps.setLong(2, hi);
                ps.executeUpdate();
                control.progress(Phase.ROWS, hi, rows);
            }
        }
    }

    private static void dropStaging(Statement s) {
        try {
            s.execute("DROP TABLE IF EXISTS items_build");
        } catch (SQLException ignored) {
            // the connection is gone; an in-memory staging table goes with it
        }
    }

    /** Times every {@link QueryKind} on the current {@code items} table of {@code rows} rows. */
    public List<QueryTiming> measure(long rows, int repeat, RunControl control) {
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
                try (PreparedStatement pi = c.prepareStatement(kind.indexedSql());
                     PreparedStatement ps = c.prepareStatement(kind.scanSql())) {
                    for (int w = 0; w < WARMUP_INDEXED; w++) {
                        readAll(pi, kind, keys.get(kind).next());
                    }
                    for (int w = 0; w < WARMUP; w++) {
                        control.checkCancelled();
                        readAll(ps, kind, keys.get(kind).next());
                        control.progress(Phase.MEASURE, ++done[0], total);
                    }
                }
            }
            for (QueryKind kind : kinds) {
                long[] chosen = new long[repeat];
                for (int i = 0; i < repeat; i++) {
                    chosen[i] = keys.get(kind).next();
                }
                long[] rowsRead = new long[1];
                double[] indexed = time(c, kind.indexedSql(), kind, chosen, rowsRead, control, done, total);
                long indexedRows = rowsRead[0];
                double[] scan = time(c, kind.scanSql(), kind, chosen, rowsRead, control, done, total);
                if (indexedRows != rowsRead[0]) {
                    throw new IllegalStateException("indexed and scan answers differ: " + indexedRows + " vs " + rowsRead[0]);
                }
                long sample = keys.get(kind).sample();
                out.add(QueryTiming.of(kind, Stats.median(indexed), Stats.median(scan), indexedRows,
                        explain(c, kind.indexedSql(), kind, sample), explain(c, kind.scanSql(), kind, sample)));
            }
        } catch (SQLException e) {
            throw new DbProblem(e.getMessage(), e);
        }
        return out;
    }

    /** Times {@code sql} once per key (µs each); rowsRead[0] gets the rows of the last run. */
    private static double[] time(Connection c, String sql, QueryKind kind, long[] keys, long[] rowsRead,
                                 RunControl control, long[] done, long total) throws SQLException {
        double[] us = new double[keys.length];
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                control.checkCancelled();
                long t0 = System.nanoTime();
                rowsRead[0] = readAll(p, kind, keys[i]);
                us[i] = (System.nanoTime() - t0) / 1000.0;
                control.progress(Phase.MEASURE, ++done[0], total);
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
        try (PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
            bind(p, kind, key);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
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
