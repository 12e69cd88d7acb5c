package glassbox.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * Glassbox's own H2 database: preferences and the history of experiment runs, migrated by Flyway.
 * {@link #open} never fails: a locked file (another Glassbox), a corrupt file or an unwritable
 * folder gives an in-memory store with {@link #problem()} saying why. The file is never deleted
 * or overwritten.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "glassbox";
    private static final AtomicInteger MEMORY_IDS = new AtomicInteger();
    /** Flyway reports every migration at INFO; the console only hears of problems. Held so it is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private final Connection connection;
    private final Path file;
    private final StoreProblem problem;
    private final String detail;

    private Store(Connection connection, Path file, StoreProblem problem, String detail) {
        this.connection = connection;
        this.file = file;
        this.problem = problem;
        this.detail = detail;
    }

    /** Opens (creating if needed) {@code dir/glassbox.mv.db}, or falls back to memory. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                return memory(StoreProblem.UNWRITABLE, dir.toString());
            }
        } catch (IOException | SecurityException e) {
            return memory(StoreProblem.UNWRITABLE, dir.toString());
        }
        Path file = dir.resolve(FILE_NAME + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            return memory(StoreProblem.UNWRITABLE, file.toString());
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(FILE_NAME)
                + ";FILE_LOCK=FILE;AUTO_SERVER=FALSE";
        try {
            Connection c = DriverManager.getConnection(url, "glassbox", "");
            migrate(url);
            return new Store(c, file, null, null);
        } catch (SQLException e) {
            return memory(classify(e), file.toString());
        } catch (RuntimeException e) {
            // Flyway wraps SQL failures of a damaged file
            return memory(StoreProblem.CORRUPT, file.toString());
        }
    }

    /** A fresh store in memory, e.g. for tests or when the file cannot be used. */
    public static Store inMemory() {
        return memory(null, null);
    }

    private static Store memory(StoreProblem problem, String detail) {
        String url = "jdbc:h2:mem:glassbox" + MEMORY_IDS.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        try {
            Connection c = DriverManager.getConnection(url, "glassbox", "");
            migrate(url);
            return new Store(c, null, problem, detail);
        } catch (SQLException e) {
            throw new IllegalStateException("in-memory H2 failed to open", e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    private static StoreProblem classify(SQLException e) {
        // H2 error 90020: "Database may be already in use"
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == 90020) {
                return StoreProblem.LOCKED;
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("already in use") || m.contains("Locked by another")) {
                return StoreProblem.LOCKED;
            }
            if (m.contains("Read only") || m.contains("read-only") || m.contains("Permission denied")) {
                return StoreProblem.UNWRITABLE;
            }
        }
        return StoreProblem.CORRUPT;
    }

    private static void migrate(String url) {
        Flyway.configure()
                .dataSource(url, "glassbox", "")
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load()
                .migrate();
    }

    public boolean isInMemory() {
        return file == null;
    }

    /** Why the store is in memory though a file was asked for; null when all is well. */
    public StoreProblem problem() {
        return problem;
    }

    /** The path the problem concerns, for the message. */
    public String problemDetail() {
        return detail;
    }

    public Path file() {
        return file;
    }

    public synchronized long saveRun(String topic, String paramsJson, String resultsJson) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO run(topic, params, results, at) VALUES (?, ?, ?, ?)",
                new String[] {"ID"})) {
            ps.setString(1, topic);
            ps.setString(2, paramsJson);
            ps.setString(3, resultsJson);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Like {@link #saveRun} but a failure only loses this one record. */
    public void saveRunQuietly(String topic, String paramsJson, String resultsJson) {
        try {
            saveRun(topic, paramsJson, resultsJson);
        } catch (SQLException e) {
            System.err.println("glassbox: could not save the run: " + e.getMessage());
        }
    }

    /** The newest runs first; {@code topic} null for all topics. */
    public synchronized List<Run> runs(String topic, int limit) throws SQLException {
        String sql = "SELECT id, topic, params, results, at FROM run"
                + (topic == null ? "" : " WHERE topic = ?") + " ORDER BY id DESC LIMIT ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (topic != null) {
                ps.setString(i++, topic);
            }
            ps.setInt(i, limit);
            List<Run> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return out;
        }
    }

    /** Deletes one run; false when there was none with that id. */
    public synchronized boolean deleteRun(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM run WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    public synchronized Optional<String> preference(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT v FROM preference WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public synchronized void setPreference(String key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("MERGE INTO preference(k, v) KEY(k) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing on exit: nothing left to save
        }
    }
}
