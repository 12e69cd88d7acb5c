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
 * {@code INSERT … SELECT}, index after); {@code settings} times the bulk-load variants one by one
 * beside both ({@code settings ROWS ROUNDS}).
 * Run by {@code bench/index-build}; prints one JSON line per measurement.
 */
public final class IndexBuildBench {
    private IndexBuildBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "reference";
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        switch (mode) {
            case "reference" -> print("reference", referencePhases(rows));
            case "glassbox" -> print("glassbox", glassbox(rows));
            case "settings" -> settings(rows, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            default -> throw new IllegalArgumentException("mode: reference, glassbox or settings");
        }
    }

    private static void print(String what, long[] ms) {
        System.out.println(String.format(Locale.ROOT, "{\"build\": \"%s\", \"ms\": %d, \"insert_ms\": %d, \"index_ms\": %d}",
                what, ms[0] + ms[1], ms[0], ms[1]));
    }

    /** Plain JDBC: batched INSERTs of the same rows into in-memory H2, then CREATE INDEX: {insert ms, index ms}. */
    static long[] referencePhases(long rows) throws SQLException {
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
            long t1 = System.nanoTime();
            s.execute("CREATE INDEX idx_items_k ON items(k)");
            long t2 = System.nanoTime();
            return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000};
        }
    }

    /** The tab's own build, as {@code glassbox index} runs it. */
    static long[] glassbox(long rows) {
        try (Db db = Db.temporary()) {
            return new IndexExperiment(db).build(rows, RunControl.NONE);
        }
    }

    /**
     * The reference, the tab's build and each candidate bulk-load variant on a fresh temporary file
     * database, round-robin (so a change in the machine's load hits every variant alike),
     * {@code rounds} times; prints the medians of the insert and index phases and of the process
     * CPU time the build used (H2's background writer included), which varies less than wall time
     * on a shared machine.
     */
    static void settings(long rows, int rounds) throws SQLException {
        List<String[]> variants = new ArrayList<>();
        variants.add(new String[] {"reference: in-memory, JDBC batches of 10,000", "@reference"});
        variants.add(new String[] {"the tab's build (IndexExperiment.build)", "@glassbox"});
        variants.add(new String[] {"INSERT…SELECT chunks of 100k, defaults"});
        variants.add(new String[] {"RETENTION_TIME 0", "SET RETENTION_TIME 0"});
        variants.add(new String[] {"RETENTION_TIME 0 + DIRECT", "SET RETENTION_TIME 0", "@direct"});
        variants.add(new String[] {"RETENTION_TIME 0 + DIRECT + WRITE_DELAY 60000", "SET RETENTION_TIME 0", "@direct",
            "SET WRITE_DELAY 60000"});
        variants.add(new String[] {"RETENTION_TIME 0 + DIRECT + one transaction", "SET RETENTION_TIME 0", "@direct",
            "@autocommit-off"});
        variants.add(new String[] {"RETENTION_TIME 0 + DIRECT + one INSERT…SELECT", "SET RETENTION_TIME 0", "@direct",
            "@one-chunk"});
        variants.add(new String[] {"RETENTION_TIME 0 + DIRECT + MAX_MEMORY_ROWS 2×rows", "SET RETENTION_TIME 0", "@direct",
            "SET MAX_MEMORY_ROWS " + Math.min(Integer.MAX_VALUE, 2 * rows)});
        variants.add(new String[] {"RETENTION_TIME 0 + index created with the table", "SET RETENTION_TIME 0", "@direct",
            "@index-first"});
        variants.add(new String[] {"RETENTION_TIME 0 + CREATE TABLE … AS SELECT", "SET RETENTION_TIME 0", "@ctas"});
        variant(Math.min(rows, 100_000), variants.get(4)); // JIT warm-up, not reported
        long[][][] t = new long[variants.size()][3][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < variants.size(); i++) {
                long[] m = variant(rows, variants.get(i));
                for (int j = 0; j < 3; j++) {
                    t[i][j][r] = m[j];
                }
            }
        }
        for (int i = 0; i < variants.size(); i++) {
            long[] med = new long[3];
            for (int j = 0; j < 3; j++) {
                java.util.Arrays.sort(t[i][j]);
                med[j] = t[i][j][rounds / 2];
            }
            System.out.println(String.format(Locale.ROOT,
                    "{\"setting\": \"%s\", \"median_ms\": %d, \"insert_ms\": %d, \"index_ms\": %d, \"cpu_ms\": %d}",
                    variants.get(i)[0], med[0] + med[1], med[0], med[1], med[2]));
        }
    }

    private static long cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** One build: {insert ms, index ms, process CPU ms}. */
    private static long[] variant(long rows, String[] v) throws SQLException {
        long c0 = cpuMs();
        if (v.length > 1 && v[1].equals("@reference")) {
            long[] ms = referencePhases(rows);
            return new long[] {ms[0], ms[1], cpuMs() - c0};
        }
        if (v.length > 1 && v[1].equals("@glassbox")) {
            try (Db db = Db.temporary()) {
                c0 = cpuMs();
                long[] ms = new IndexExperiment(db).build(rows, RunControl.NONE);
                return new long[] {ms[0], ms[1], cpuMs() - c0};
            }
        }
        try (Db db = Db.temporary(); Connection c = db.connect(); Statement s = c.createStatement()) {
            boolean oneTx = false;
            boolean indexFirst = false;
            boolean ctas = false;
            String direct = "";
            long chunk = 100_000;
            for (int i = 1; i < v.length; i++) {
                switch (v[i]) {
                    case "@autocommit-off" -> oneTx = true;
                    case "@one-chunk" -> chunk = rows;
                    case "@direct" -> direct = "DIRECT ";
                    case "@index-first" -> indexFirst = true;
                    case "@ctas" -> ctas = true;
                    default -> s.execute(v[i]);
                }
            }
            c0 = cpuMs();
            long t0 = System.nanoTime();
            String columns = "(id BIGINT PRIMARY KEY, k BIGINT NOT NULL, k_plain BIGINT NOT NULL, price INT NOT NULL)";
            if (ctas) {
                s.execute("CREATE TABLE items" + columns + " AS SELECT X, X, X, MOD(X * 37, 1000) FROM SYSTEM_RANGE(1, " + rows + ")");
            } else {
                s.execute("CREATE TABLE items" + columns);
                if (indexFirst) {
                    s.execute("CREATE INDEX idx_items_k ON items(k)");
                }
                c.setAutoCommit(!oneTx);
                for (long lo = 1; lo <= rows; lo += chunk) {
                    s.executeUpdate("INSERT INTO items " + direct + "SELECT X, X, X, MOD(X * 37, 1000) FROM SYSTEM_RANGE(" + lo
                            + ", " + Math.min(rows, lo + chunk - 1) + ")");
                }
                if (oneTx) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
            long t1 = System.nanoTime();
            if (!indexFirst) {
                s.execute("CREATE INDEX idx_items_k ON items(k)");
            }
            long t2 = System.nanoTime();
            return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, cpuMs() - c0};
        }
    }
}
