package glassbox.database.engine;

import glassbox.core.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Settings that make the database do less work while the index experiment loads its table, and
 * put back afterwards. Each was measured (README, Database, Benchmark): rows go in by
 * {@code INSERT … SELECT} into a table with no secondary index, the index is built after.
 */
final class BulkLoad {
    private BulkLoad() {
    }

    /** H2's default: how long (ms) old versions of changed pages are kept in the file. */
    static final int H2_RETENTION_MS = 45_000;

    static void begin(Statement s, Dialect d) throws SQLException {
        if (d == Dialect.H2) {
            // nothing needs old page versions while the table is built: the file stays small and
            // the store rewrites less (measured: the biggest single gain, see bench/index-build)
            s.execute("SET RETENTION_TIME 0");
        } else {
            s.execute("SET SESSION unique_checks = 0");
            s.execute("SET SESSION foreign_key_checks = 0");
        }
    }

    static void end(Statement s, Dialect d) throws SQLException {
        if (d == Dialect.H2) {
            s.execute("SET RETENTION_TIME " + H2_RETENTION_MS);
        } else {
            s.execute("SET SESSION unique_checks = 1");
            s.execute("SET SESSION foreign_key_checks = 1");
        }
    }

    /** For a server without a row generator (MySQL): batched inserts of {@code chunk} rows. */
    static void batched(Connection c, long rows, long chunk, Progress control) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO items_build VALUES (?, ?, ?, ?)")) {
            for (long lo = 1; lo <= rows; lo += chunk) {
                Cancelled.check(control);
                long hi = Math.min(rows, lo + chunk - 1);
                for (long x = lo; x <= hi; x++) {
                    ps.setLong(1, x);
                    ps.setLong(2, x);
                    ps.setLong(3, x);
                    ps.setInt(4, (int) (x * 37 % 1000));
                    ps.addBatch();
                }
                ps.executeBatch();
                control.report(Phase.ROWS.name(), hi, rows);
            }
        }
    }
}
