package glassbox.database.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The database the experiments run on: embedded H2 (private in-memory, a temporary file, or a file
 * the user named) or a MariaDB/MySQL server's {@code glassbox_lab} schema. URLs are built here from
 * checked parts only; every setting travels as a {@link Properties} entry, so no user text can add
 * one. Hands out fresh connections (one per buyer thread); {@link #close()} shuts it down (and
 * deletes a temporary database's folder).
 */
public final class Db implements AutoCloseable {
    static {
        // MariaDB Connector/J prints its own "[ WARN] (main) Error: …" lines on stderr when no SLF4J
        // binding is present; every error it reports reaches the user once, as our one-line message.
        if (System.getProperty("mariadb.logging.disable") == null) {
            System.setProperty("mariadb.logging.disable", "true");
        }
    }

    /** Long enough that a queue of buyers waiting for one row lock never times out (ms). */
    private static final String LOCK_TIMEOUT = "120000";
    /** H2's page cache for a file database, in KiB: the cap that keeps 10⁷ rows within the memory goal. */
    static final String FILE_CACHE_KIB = "131072";
    /** Tables an experiment database may hold; a file with anything else is someone else's. */
    static final Set<String> OWN_TABLES = Set.of("ITEMS", "ITEMS_BUILD", "PRODUCT", "ORDERS", "PAIRS", "PAIRS_BUILD");

    private final String url;
    private final Properties properties;
    private final String description;
    private final Dialect dialect;
    private final ServerInfo server;

    private final Path temporaryFolder;
    private final Thread cleanup;
    private final Connection keeper;

    private Db(String url, Properties properties, String description, Dialect dialect, Path temporaryFolder) {
        this.url = url;
        this.properties = properties;
        this.description = description;
        this.temporaryFolder = temporaryFolder;
        try {
            this.keeper = DriverManager.getConnection(url, properties);
            this.server = dialect.server() ? ServerInfo.of(keeper) : null;
            this.dialect = server == null ? dialect : server.dialect();
        } catch (SQLException e) {
            deleteFolder(temporaryFolder);
            throw new DbProblem("cannot open " + description + ": " + DbProblem.oneLine(e), e);
        }
        if (temporaryFolder != null) {
            cleanup = new Thread(() -> deleteFolder(temporaryFolder), "glassbox-db-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
        } else {
            cleanup = null;
        }
    }

    private static Properties h2(String... pairs) {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        p.setProperty("TRACE_LEVEL_FILE", "0");
        p.setProperty("LOCK_TIMEOUT", LOCK_TIMEOUT);
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    /** A private in-memory database that lives until {@link #close()}. */
    public static Db inMemory() {
        return new Db("jdbc:h2:mem:glassbox-" + UUID.randomUUID(), h2("DB_CLOSE_DELAY", "-1"), "in-memory database",
                Dialect.H2, null);
    }

    /**
     * A file database in a new temporary folder, with a capped page cache, for big tables: the
     * folder is deleted by {@link #close()} or, failing that, when the JVM exits.
     */
    public static Db temporary() {
        Path dir;
        try {
            dir = Files.createTempDirectory("glassbox-lab-");
        } catch (IOException e) {
            throw new DbProblem("cannot create a temporary folder: " + e.getMessage(), e);
        }
        return new Db("jdbc:h2:file:" + dir.resolve("lab"), h2("CACHE_SIZE", FILE_CACHE_KIB),
                "temporary database in " + dir, Dialect.H2, dir);
    }

    /** A database file the user named (checked by {@link DbPath#parse}). */
    public static Db file(Path path) {
        return file(DbPath.parse(path.toString()));
    }

    /**
     * Opens {@code path}: a new file is created (its folder must exist); an existing one is first
     * opened read-only and must hold only experiment tables, so another application's H2 file is
     * refused before anything is written to it.
     */
    public static Db file(DbPath path) {
        String url = "jdbc:h2:file:" + path.base();
        if (path.exists()) {
            checkOwnDatabase(url, path);
            return new Db(url, h2("IFEXISTS", "TRUE", "CACHE_SIZE", FILE_CACHE_KIB), path.file().toString(), Dialect.H2, null);
        }
        return new Db(url, h2("CACHE_SIZE", FILE_CACHE_KIB), path.file().toString(), Dialect.H2, null);
    }

    private static void checkOwnDatabase(String url, DbPath path) {
        Properties ro = h2("IFEXISTS", "TRUE", "ACCESS_MODE_DATA", "r");
        try (Connection c = DriverManager.getConnection(url, ro); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            while (rs.next()) {
                if (!"PUBLIC".equals(rs.getString(1)) || !OWN_TABLES.contains(rs.getString(2))) {
                    throw new BadDatabase("--db " + path.file() + " holds tables that are not Glassbox's ("
                            + rs.getString(1) + "." + rs.getString(2) + "); left untouched");
                }
            }
        } catch (SQLException e) {
            throw new BadDatabase("--db " + path.file() + " is not a Glassbox experiment database ("
                    + DbProblem.oneLine(e) + "); left untouched");
        }
    }

    /**
     * Glassbox's schema on a server. When it does not exist it is created only if
     * {@code createSchema} (the user agreed), else {@link DbProblem}.
     */
    public static Db server(ServerTarget target, boolean createSchema) {
        Properties p = serverProperties(target);
        try (Connection c = DriverManager.getConnection(target.url(false), p)) {
            if (!schemaExists(c)) {
                if (!createSchema) {
                    throw new DbProblem("schema " + ServerTarget.SCHEMA + " does not exist on " + target.address(), null);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + ServerTarget.SCHEMA);
                }
            }
        } catch (SQLException e) {
            throw new DbProblem(serverMessage(target, e), e);
        }
        Db db;
        try {
            db = new Db(target.url(true), p, target.address(), Dialect.MARIADB, null);
        } catch (DbProblem e) {
            throw new DbProblem(serverMessage(target, (SQLException) e.getCause()), e.getCause());
        }
        return db;
    }

    /** Connects, reads the server's name and version, and closes: the Test button. Never creates anything. */
    public static ServerInfo probe(ServerTarget target) {
        try (Connection c = DriverManager.getConnection(target.url(false), serverProperties(target))) {
            ServerInfo info = ServerInfo.of(c);
            return new ServerInfo(info.name(), info.version(), schemaExists(c));
        } catch (SQLException e) {
            throw new DbProblem(serverMessage(target, e), e);
        }
    }

    /** Drops {@code glassbox_lab} and everything in it (the user asked). */
    public static void dropSchema(ServerTarget target) {
        try (Connection c = DriverManager.getConnection(target.url(false), serverProperties(target));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + ServerTarget.SCHEMA);
        } catch (SQLException e) {
            throw new DbProblem(serverMessage(target, e), e);
        }
    }

    private static boolean schemaExists(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, ServerTarget.SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static Properties serverProperties(ServerTarget target) {
        Properties p = new Properties();
        p.setProperty("user", target.user());
        p.setProperty("password", target.password());
        p.setProperty("connectTimeout", "3000");
        p.setProperty("socketTimeout", "300000");
        p.setProperty("allowLocalInfile", "false");
        p.setProperty("permitMysqlScheme", "false");
        return p;
    }

    /** One line for a server problem: unreachable, refused credentials, a missing privilege. */
    static String serverMessage(ServerTarget target, SQLException e) {
        String msg = DbProblem.oneLine(e).replaceAll("^\\(conn=\\d+\\) ", "");
        if (msg.contains("Socket fail to connect") || msg.contains("Connection refused")
                || e instanceof java.sql.SQLNonTransientConnectionException && msg.contains("connect")) {
            return "cannot reach a server at " + target.address() + " (connection refused or timed out)";
        }
        if (msg.contains("Access denied for user") && !msg.contains("to database")) {
            return "the server at " + target.address() + " refused user '" + target.user() + "': wrong user name or password";
        }
        if (msg.contains("denied")) {
            return "user '" + target.user() + "' lacks a privilege on " + target.address() + ": " + msg;
        }
        return target.address() + ": " + msg;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    public String description() {
        return description;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The server's name and version, or null for H2. */
    public ServerInfo server() {
        return server;
    }

    /** The temporary folder this database lives in, or null when it is not temporary. */
    public Path temporaryFolder() {
        return temporaryFolder;
    }

    /** True when a table of that name exists in the experiments' schema. */
    public boolean hasTable(String name) {
        String sql = dialect == Dialect.H2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?"
                : "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + ServerTarget.SCHEMA
                        + "' AND UPPER(TABLE_NAME) = UPPER(?)";
        try (Connection c = connect(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        }
    }

    @Override
    public void close() {
        if (dialect == Dialect.H2) {
            try (Statement s = keeper.createStatement()) {
                s.execute(temporaryFolder != null ? "SHUTDOWN IMMEDIATELY" : "SHUTDOWN");
            } catch (SQLException ignored) {
                // already closed
            }
        }
        try {
            keeper.close();
        } catch (SQLException ignored) {
            // already closed
        }
        if (temporaryFolder != null) {
            deleteFolder(temporaryFolder);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException ignored) {
                // the JVM is exiting; the hook runs anyway
            }
        }
    }

    private static void deleteFolder(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a file still open on Windows
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
