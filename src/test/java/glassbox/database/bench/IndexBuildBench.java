package glassbox.database.bench;

import glassbox.database.engine.Db;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.RunControl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Building the index experiment's table, measured against a plain reference in the same run:
 * {@code reference} inserts the same rows into in-memory H2 with JDBC batches of 10,000 and then
 * creates the index; {@code glassbox} is the tab's build (temporary file database, bulk
 * {@code INSERT … SELECT}, index after); {@code settings} times the bulk-load settings one by one.
 * Run by {@code bench/index-build}; prints one JSON line per measurement.
 */
public final class IndexBuildBench {
    private IndexBuildBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "reference";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        switch (mode) {
            case "reference" -> print("reference", reference(rows));
            case "glassbox" -> print("glassbox", glassbox(rows));
            case "settings" -> settings(rows);
            default -> throw new IllegalArgumentException("mode: reference, glassbox or settings");
        }
    }

    private static void print(String what, long ms) {
        System.out.println(String.format(Locale.ROOT, "{\"build\": \"%s\", \"ms\": %d}", what, ms));
    }

    /** Plain JDBC: batched INSERTs of the same rows into in-memory H2, then CREATE INDEX. */
    static long reference(long rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ref-" + UUID.randomUUID(), "sa", "");
             Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE items(id BIGINT PRIMARY KEY, k BIGINT NOT NULL, k_plain BIGINT NOT NULL, price INT NOT NULL)");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO items VALUES (?, ?, ?, ?)")) {
                for (long x = 1; x <= rows; x++) {
                    ps.setLong(1, x);
                    ps.setLong(2, x);
                    ps.setLong(3, x);
                    ps.setInt(4, (int) (x * 37 % 1000));
                    ps.addBatch();
                    if (x % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("CREATE INDEX idx_items_k ON items(k)");
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    /** The tab's own build, as {@code glassbox index} runs it. */
    static long glassbox(long rows) {
        try (Db db = Db.temporary()) {
            long[] ms = new IndexExperiment(db).build(rows, RunControl.NONE);
            return ms[0] + ms[1];
        }
    }

    /** Each candidate setting alone on a fresh temporary file database, three times, medians. */
    static void settings(long rows) throws SQLException {
        List<String[]> variants = new ArrayList<>();
        variants.add(new String[] {"chunked INSERT…SELECT (100k), defaults"});
        variants.add(new String[] {"SET RETENTION_TIME 0", "SET RETENTION_TIME 0"});
        variants.add(new String[] {"SET WRITE_DELAY 60000", "SET WRITE_DELAY 60000"});
        variants.add(new String[] {"RETENTION_TIME 0 + one transaction", "SET RETENTION_TIME 0", "@autocommit-off"});
        variants.add(new String[] {"RETENTION_TIME 0 + one INSERT…SELECT", "SET RETENTION_TIME 0", "@one-chunk"});
        variants.add(new String[] {"RETENTION_TIME 0 + WRITE_DELAY 60000", "SET RETENTION_TIME 0", "SET WRITE_DELAY 60000"});
        for (String[] v : variants) {
            long[] t = new long[3];
            for (int i = 0; i < 3; i++) {
                t[i] = variant(rows, v);
            }
            java.util.Arrays.sort(t);
            System.out.println(String.format(Locale.ROOT, "{\"setting\": \"%s\", \"median_ms\": %d}", v[0], t[1]));
        }
    }

    private static long variant(long rows, String[] v) throws SQLException {
        try (Db db = Db.temporary(); Connection c = db.connect(); Statement s = c.createStatement()) {
            boolean oneTx = false;
            long chunk = 100_000;
            for (int i = 1; i < v.length; i++) {
                if (v[i].equals("@autocommit-off")) {
                    oneTx = true;
                } else if (v[i].equals("@one-chunk")) {
                    chunk = rows;
                } else {
                    s.execute(v[i]);
                }
            }
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE items(id BIGINT PRIMARY KEY, k BIGINT NOT NULL, k_plain BIGINT NOT NULL, price INT NOT NULL)");
            c.setAutoCommit(!oneTx);
            for (long lo = 1; lo <= rows; lo += chunk) {
                s.executeUpdate("INSERT INTO items SELECT X, X, X, MOD(X * 37, 1000) FROM SYSTEM_RANGE(" + lo + ", "
                        + Math.min(rows, lo + chunk - 1) + ")");
            }
            if (oneTx) {
                c.commit();
                c.setAutoCommit(true);
            }
            s.execute("CREATE INDEX idx_items_k ON items(k)");
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
