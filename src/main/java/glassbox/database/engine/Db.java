package glassbox.database.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An embedded H2 database the experiments run on: private and in-memory by default, or a file.
 * Hands out fresh connections (one per buyer thread); {@link #close()} shuts the database down.
 */
public final class Db implements AutoCloseable {
    /** Long enough that a queue of buyers waiting for one row lock never times out. */
    private static final String OPTIONS = ";LOCK_TIMEOUT=120000";
    private final String url;
    private final String description;
    private final Connection keeper;

    private Db(String url, String description) {
        this.url = url;
        this.description = description;
        try {
            this.keeper = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new DbProblem("cannot open " + description + ": " + e.getMessage(), e);
        }
    }

    /** A private in-memory database that lives until {@link #close()}. */
    public static Db inMemory() {
        return new Db("jdbc:h2:mem:glassbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + OPTIONS, "in-memory database");
    }

    /** A database file at {@code path} (H2 adds {@code .mv.db}; a name already ending so is accepted). */
    public static Db file(Path path) {
        String p = path.toAbsolutePath().toString();
        if (p.endsWith(".mv.db")) {
            p = p.substring(0, p.length() - ".mv.db".length());
        }
        return new Db("jdbc:h2:file:" + p + OPTIONS, p + ".mv.db");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    public String description() {
        return description;
    }

    /** True when a table of that (upper-case) name exists in the PUBLIC schema. */
    public boolean hasTable(String name) {
        try (Connection c = connect();
             var ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new DbProblem(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Statement s = keeper.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed
        }
        try {
            keeper.close();
        } catch (SQLException ignored) {
            // already closed
        }
    }
}
