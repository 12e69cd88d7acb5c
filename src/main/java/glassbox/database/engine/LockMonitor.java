package glassbox.database.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Polls a server's lock views on its own connection while the buyers run, turning server thread
 * ids into buyer numbers, and keeps each change as a {@link LockView}. Never reads another
 * application's rows: only transactions of the run's own connections are kept.
 *
 * <p>MariaDB fills {@code INNODB_TRX} from a cache that it refreshes only when nobody has read it
 * for 0.1 s (InnoDB's {@code CACHE_MIN_IDLE_TIME_US}): polled faster, it stays as it was at the first
 * read, empty. So MariaDB is sampled every {@value #MARIADB_EVERY_MS} ms; MySQL's
 * {@code performance_schema.data_locks} is live and is polled every millisecond.
 */
final class LockMonitor {
    static final int MAX_VIEWS = 20_000;
    static final int MARIADB_EVERY_MS = 110;
    private static final String MARIADB = "SELECT trx_mysql_thread_id, trx_state, trx_rows_locked FROM information_schema.INNODB_TRX";
    private static final String MYSQL = "SELECT t.PROCESSLIST_ID, l.LOCK_STATUS FROM performance_schema.data_locks l "
            + "JOIN performance_schema.threads t ON t.THREAD_ID = l.THREAD_ID "
            + "WHERE l.OBJECT_SCHEMA = '" + ServerTarget.SCHEMA + "' AND l.LOCK_TYPE = 'RECORD'";

    private final Connection connection;
    private final long t0;
    private final Map<Long, Integer> owners;
    private final String sql;
    private final int everyMs;
    private final List<LockView> views = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private String problem;

    private LockMonitor(Connection connection, Dialect d, long t0, Map<Long, Integer> owners) {
        this.connection = connection;
        this.t0 = t0;
        this.owners = owners;
        this.sql = d == Dialect.MARIADB ? MARIADB : MYSQL;
        this.everyMs = d == Dialect.MARIADB ? MARIADB_EVERY_MS : 1;
        this.thread = new Thread(this::poll, "glassbox-lock-monitor");
        thread.setDaemon(true);
    }

    static LockMonitor start(Db db, long t0, Map<Long, Integer> owners) throws SQLException {
        Connection c = db.connect();
        c.setAutoCommit(true);
        LockMonitor m = new LockMonitor(c, db.dialect(), t0, owners);
        m.thread.start();
        return m;
    }

    private void poll() {
        LockView last = null;
        try (Statement s = connection.createStatement()) {
            while (running && views.size() < MAX_VIEWS) {
                TreeSet<Integer> holding = new TreeSet<>();
                TreeSet<Integer> waiting = new TreeSet<>();
                long at = (System.nanoTime() - t0) / 1000;
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        Integer buyer = owners.get(rs.getLong(1));
                        if (buyer == null) {
                            continue;
                        }
                        String state = rs.getString(2);
                        if ("LOCK WAIT".equals(state) || "WAITING".equals(state)) {
                            waiting.add(buyer);
                        } else if ("GRANTED".equals(state) || rs.getMetaData().getColumnCount() > 2 && rs.getLong(3) > 0) {
                            holding.add(buyer);
                        }
                    }
                }
                LockView v = new LockView(at, new ArrayList<>(holding), new ArrayList<>(waiting));
                if (last == null || !last.holding().equals(v.holding()) || !last.waiting().equals(v.waiting())) {
                    synchronized (views) {
                        views.add(v);
                    }
                    last = v;
                }
                Thread.sleep(everyMs);
            }
        } catch (SQLException e) {
            problem = DbProblem.oneLine(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops polling and hands back what was seen. */
    List<LockView> stop() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
        synchronized (views) {
            return List.copyOf(views);
        }
    }

    String problem() {
        return problem;
    }
}
