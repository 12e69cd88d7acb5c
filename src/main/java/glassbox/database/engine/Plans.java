package glassbox.database.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Query plans as text: H2's {@code EXPLAIN} line; MySQL's and MariaDB's {@code EXPLAIN} row
 * ({@code type} ref vs ALL, {@code key}, {@code rows}) followed by what the server measured when
 * it ran the query ({@code ANALYZE} on MariaDB, {@code EXPLAIN ANALYZE} on MySQL 8), where it can.
 */
public final class Plans {
    /** Columns of MySQL's EXPLAIN worth reading; the rest is noise on a projector. */
    static final List<String> EXPLAIN_COLUMNS = List.of("table", "type", "possible_keys", "key", "key_len", "ref", "rows",
            "r_rows", "filtered", "r_filtered", "Extra");

    /** Binds the query's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    private Plans() {
    }

    public static String explain(Connection c, Dialect d, String sql, Binder binder) throws SQLException {
        if (d == Dialect.H2) {
            try (PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
                binder.bind(p);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }
        StringBuilder out = new StringBuilder("EXPLAIN: ").append(rows(c, "EXPLAIN " + sql, binder));
        String analyze = d == Dialect.MARIADB ? "ANALYZE " + sql : "EXPLAIN ANALYZE " + sql;
        try {
            out.append("\n").append(d == Dialect.MARIADB ? "ANALYZE: " : "EXPLAIN ANALYZE: ")
                    .append(rows(c, analyze, binder));
        } catch (SQLException e) {
            out.append("\n(").append(d == Dialect.MARIADB ? "ANALYZE" : "EXPLAIN ANALYZE")
                    .append(" not available: ").append(DbProblem.oneLine(e)).append(")");
        }
        return out.toString();
    }

    /** Every row of a plan query as "column: value" pairs (one text column is passed through). */
    private static String rows(Connection c, String sql, Binder binder) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    if (md.getColumnCount() == 1) {
                        lines.add(rs.getString(1).strip());
                        continue;
                    }
                    List<String> pairs = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnLabel(i);
                        if (EXPLAIN_COLUMNS.contains(name)) {
                            String v = rs.getString(i);
                            pairs.add(name + ": " + (v == null ? "NULL" : v));
                        }
                    }
                    lines.add(String.join(", ", pairs));
                }
            }
        }
        return String.join("\n", lines);
    }
}
