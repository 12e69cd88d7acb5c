package glassbox.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * Glassbox's own H2 database: preferences and the history of experiment runs, migrated by Flyway.
 * {@link #open} never fails: a locked file (another Glassbox), a damaged or foreign file or an
 * unwritable folder gives an in-memory store with {@link #problem()} saying why.
 *
 * <p>An existing file is inspected before anything may write to it: its header must be an H2
 * store's, it must match the seal written at the last clean close (if there is one), and opened
 * read-only it must hold exactly Glassbox's tables with a Flyway history this version knows. On
 * any doubt the file is left byte-identical and no {@code .trace.db} is left behind.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "glassbox";
    public static final String DB_FILE = FILE_NAME + ".mv.db";
    /** SHA-256 and size of the database file at the last clean close. */
    public static final String SEAL_FILE = FILE_NAME + ".seal";
    private static final String TRACE_FILE = FILE_NAME + ".trace.db";
    private static final String USER = "glassbox";
    private static final AtomicInteger MEMORY_IDS = new AtomicInteger();
    /** Database files this JVM holds open: H2 would share them silently between two stores. */
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();
    /** Flyway reports every migration at INFO; the console only hears of problems. Held so it is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");
    /** The tables (and their columns) a Glassbox history holds, flyway's own table included. */
    private static final Map<String, String> EXPECTED_TABLES = Map.of(
            "PREFERENCE", "K,V",
            "RUN", "AT,ID,PARAMS,RESULTS,TOPIC",
            "flyway_schema_history", "checksum,description,execution_time,installed_by,installed_on,"
                    + "installed_rank,script,success,type,version");

    private final Connection connection;
    private final Path file;
    private final StoreProblem problem;
    private final String detail;
    private final boolean sealOnClose;
    private boolean closed;

    private Store(Connection connection, Path file, StoreProblem problem, String detail, boolean sealOnClose) {
        this.connection = connection;
        this.file = file;
        this.problem = problem;
        this.detail = detail;
        this.sealOnClose = sealOnClose;
    }

    /** Opens (creating if needed) {@code dir/glassbox.mv.db} for reading and writing, or falls back to memory. */
    public static Store open(Path dir) {
        return open(dir, false);
    }

    /**
     * Opens {@code dir/glassbox.mv.db} read-only after the same checks (for {@code history list}
     * and {@code export}); a missing file gives an empty in-memory store with no problem.
     */
    public static Store openReadOnly(Path dir) {
        return open(dir, true);
    }

    private static Store open(Path dir, boolean readOnly) {
        Path abs;
        try {
            abs = DataDir.checked(dir);
        } catch (DataDir.UnsafePath e) {
            return memory(StoreProblem.UNSAFE_PATH, DataDir.printable(dir.toString()));
        }
        Path file = abs.resolve(DB_FILE);
        if (readOnly) {
            if (!Files.exists(file)) {
                return memory(null, null);
            }
        } else {
            try {
                Files.createDirectories(abs);
                if (!Files.isWritable(abs)) {
                    return memory(StoreProblem.UNWRITABLE, abs.toString());
                }
            } catch (IOException | SecurityException e) {
                return memory(StoreProblem.UNWRITABLE, abs.toString());
            }
        }
        if (!OPEN_FILES.add(file)) {
            return memory(StoreProblem.LOCKED, file.toString());
        }
        boolean traceExisted = Files.exists(abs.resolve(TRACE_FILE));
        Store s = null;
        try {
            s = openChecked(abs, file, readOnly);
            return s;
        } finally {
            if (s == null || s.isInMemory()) {
                OPEN_FILES.remove(file);
            }
            if (!traceExisted) {
                try {
                    Files.deleteIfExists(abs.resolve(TRACE_FILE));
                } catch (IOException ignored) {
                    // H2 is told not to write one; this is only a second line of defence
                }
            }
        }
    }

    private static Store openChecked(Path dir, Path file, boolean readOnly) {
        String base = "jdbc:h2:file:" + dir.resolve(FILE_NAME);
        boolean exists = Files.exists(file);
        if (exists) {
            if (!Files.isRegularFile(file)) {
                return memory(StoreProblem.FOREIGN, file.toString());
            }
            if (!Files.isReadable(file)) {
                return memory(StoreProblem.CORRUPT, file.toString());
            }
            if (!readOnly && !Files.isWritable(file)) {
                return memory(StoreProblem.UNWRITABLE, file.toString());
            }
            StoreProblem doubt = inspect(dir, file, base);
            if (doubt != null) {
                return memory(doubt, file.toString());
            }
        }
        try {
            if (readOnly) {
                return new Store(DriverManager.getConnection(readOnlyUrl(base), USER, ""), file, null, null, false);
            }
            String url = base + ";FILE_LOCK=FILE;TRACE_LEVEL_FILE=0" + (exists ? ";IFEXISTS=TRUE" : "");
            if (!exists) {
                Files.deleteIfExists(dir.resolve(SEAL_FILE)); // a seal without its file means nothing
            }
            Connection c = DriverManager.getConnection(url, USER, "");
            try {
                migrate(url);
                Files.deleteIfExists(dir.resolve(SEAL_FILE)); // unsealed while open: a crash leaves no stale seal
            } catch (RuntimeException | IOException e) {
                c.close();
                throw e;
            }
            return new Store(c, file, null, null, true);
        } catch (SQLException e) {
            return memory(classify(e), file.toString());
        } catch (IOException e) {
            return memory(StoreProblem.UNWRITABLE, file.toString());
        } catch (RuntimeException e) {
            // Flyway wraps SQL failures of a damaged file
            return memory(StoreProblem.CORRUPT, file.toString());
        }
    }

    private static String readOnlyUrl(String base) {
        return base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
    }

    /** Why an existing file must not be written to, or null when it is a sound Glassbox history. */
    static StoreProblem inspect(Path dir, Path file, String base) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return StoreProblem.CORRUPT;
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 4) < 4) {
                    return StoreProblem.CORRUPT;
                }
            }
            if (!"H:2,".equals(new String(head, StandardCharsets.ISO_8859_1))) {
                return StoreProblem.FOREIGN;
            }
        } catch (IOException | RuntimeException e) {
            return StoreProblem.CORRUPT;
        }
        String url = readOnlyUrl(base);
        try (Connection c = DriverManager.getConnection(url, USER, "")) {
            if (!hasExpectedTables(c)) {
                return StoreProblem.FOREIGN;
            }
            readEverything(c);
            try {
                Flyway.configure().dataSource(url, USER, "").locations("classpath:db/migration")
                        .ignoreMigrationPatterns("*:pending").cleanDisabled(true).load().validate();
            } catch (RuntimeException e) {
                return StoreProblem.FOREIGN; // unknown, failed or changed migrations (e.g. a newer Glassbox)
            }
            // damage H2 cannot see (e.g. in space it does not use now) still differs from the seal
            Path seal = dir.resolve(SEAL_FILE);
            if (Files.exists(seal) && !Files.readString(seal, StandardCharsets.US_ASCII).strip().equals(seal(file))) {
                return StoreProblem.CORRUPT;
            }
            return null;
        } catch (SQLException e) {
            StoreProblem p = classify(e);
            return p == StoreProblem.UNWRITABLE ? StoreProblem.CORRUPT : p;
        } catch (IOException | RuntimeException e) {
            return StoreProblem.CORRUPT;
        }
    }

    private static boolean hasExpectedTables(Connection c) throws SQLException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            while (rs.next()) {
                if (!"PUBLIC".equals(rs.getString(1))) {
                    return false;
                }
                found.computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3));
            }
        }
        if (!found.keySet().equals(EXPECTED_TABLES.keySet())) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : found.entrySet()) {
            if (!String.join(",", e.getValue()).equals(EXPECTED_TABLES.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Reads every row and value, so damage in a data page shows now rather than after a write. */
    private static void readEverything(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : List.of("SELECT id, topic, params, results, at FROM run",
                    "SELECT k, v FROM preference", "SELECT * FROM \"flyway_schema_history\"")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            rs.getString(i);
                        }
                    }
                }
            }
        }
    }

    /** "sha256 HEX SIZE" of {@code file}. */
    static String seal(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[65536];
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    md.update(buf, 0, n);
                    size += n;
                }
            }
            return "sha256 " + HexFormat.of().formatHex(md.digest()) + " " + size;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void writeSeal() {
        Path dir = file.getParent();
        try {
            Path tmp = dir.resolve(SEAL_FILE + ".tmp");
            Files.writeString(tmp, seal(file) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, dir.resolve(SEAL_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(SEAL_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // unsealed: the next start relies on the structural checks alone
        }
    }

    /** A fresh store in memory, e.g. for tests or when the file cannot be used. */
    public static Store inMemory() {
        return memory(null, null);
    }

    private static Store memory(StoreProblem problem, String detail) {
        String url = "jdbc:h2:mem:glassbox" + MEMORY_IDS.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        try {
            Connection c = DriverManager.getConnection(url, USER, "");
            migrate(url);
            return new Store(c, null, problem, detail, false);
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            int code = t instanceof SQLException s ? s.getErrorCode() : 0;
            // 90020: "Database may be already in use"
            if (code == 90020) {
                return StoreProblem.LOCKED;
            }
            // 28000: wrong user name or password; 90048: unsupported file format
            if (code == 28000 || code == 90048) {
                return StoreProblem.FOREIGN;
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
                .dataSource(url, USER, "")
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
        return insert(topic, paramsJson, resultsJson, Instant.now());
    }

    private long insert(String topic, String paramsJson, String resultsJson, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO run(topic, params, results, at) VALUES (?, ?, ?, ?)",
                new String[] {"ID"})) {
            ps.setString(1, topic);
            ps.setString(2, paramsJson);
            ps.setString(3, resultsJson);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Adds {@code runs} (their ids are ignored; each gets a new one) all or none. */
    public synchronized void importRuns(List<Run> runs) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Run r : runs) {
                insert(r.topic(), r.paramsJson(), r.resultsJson(), r.at());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
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

    /** Closes the database; a file opened for writing is sealed so the next start can tell it is unchanged. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing on exit: nothing left to save
        }
        if (file != null) {
            if (sealOnClose) {
                writeSeal();
            }
            OPEN_FILES.remove(file);
        }
    }
}
