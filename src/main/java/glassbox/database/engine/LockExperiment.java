package glassbox.database.engine;

import glassbox.core.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The locking experiment on H2 (MVStore, row locks, READ COMMITTED): B buyers on a fixed pool of
 * T threads, each buying one unit of one product in its own transaction with the chosen
 * {@link LockStrategy}. Records every transaction event with a timestamp, then counts the outcome
 * from the database and finds the lost updates in the event log.
 */
public final class LockExperiment {
    /** A statement slower than this is counted as having waited for a row lock. */
    static final long LOCK_WAIT_THRESHOLD_US = 500;
    static final int MAX_ATTEMPTS = 10_000;

    private final Db db;

    public LockExperiment(Db db) {
        this.db = db;
    }

    public LockResult run(LockParams p, Progress control) {
        setUp(p);
        Queue<TxEvent> events = new ConcurrentLinkedQueue<>();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(p.threads());
        ExecutorService pool = Executors.newFixedThreadPool(p.threads(), r -> {
            Thread t = new Thread(r, "glassbox-buyer");
            t.setDaemon(true);
            return t;
        });
        long t0;
        LockMonitor monitor = null;
        java.util.Map<Long, Integer> owners = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            openConnections(p.threads(), connections);
            // start the pool's threads and parse each connection's statements before the clock starts
            onEveryConnection(pool, connections, p.threads(), LockExperiment::warmUp);
            t0 = System.nanoTime();
            monitor = db.dialect().server() ? LockMonitor.start(db, t0, owners) : null;
            AtomicInteger done = new AtomicInteger();
            List<Callable<Void>> buyers = new ArrayList<>();
            for (int b = 1; b <= p.buyers(); b++) {
                Buyer buyer = new Buyer(b, p, t0, events, errors, owners);
                buyers.add(() -> {
                    if (!control.cancelled()) {
                        withConnection(connections, buyer::buy);
                    }
                    control.report(Phase.BUYERS.name(), done.incrementAndGet(), p.buyers());
                    return null;
                });
            }
            awaitAll(pool, buyers);
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        } finally {
            List<LockView> views = monitor == null ? List.of() : monitor.stop();
            lockViews = views;
            if (monitor != null && monitor.problem() != null) {
                errors.add("lock views: " + monitor.problem());
            }
            pool.shutdownNow();
            connections.forEach(LockExperiment::closeQuietly);
        }
        double elapsedMs = (System.nanoTime() - t0) / 1e6;
        Cancelled.check(control);
        List<TxEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(TxEvent::atUs).thenComparingInt(TxEvent::buyer));
        LockResult r = tally(p, sorted, new ArrayList<>(errors), elapsedMs);
        return r.withServer(db.server(), lockViews, negativeStockProbe());
    }

    private List<LockView> lockViews = List.of();
    private final java.util.Map<Connection, Long> connectionIds = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What the database does when a write would take the stock below zero (the notes' UNSIGNED
     * column; on H2 a CHECK constraint): tried in a transaction that is rolled back. Returns the
     * server's error message, or what happened instead.
     */
    String negativeStockProbe() {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                s.executeUpdate("UPDATE product SET stock = 0 WHERE id = 1");
                s.executeUpdate("UPDATE product SET stock = stock - 1 WHERE id = 1");
                try (ResultSet rs = s.executeQuery("SELECT stock FROM product WHERE id = 1")) {
                    rs.next();
                    return "no error: stock became " + rs.getLong(1);
                }
            } catch (SQLException e) {
                return DbProblem.oneLine(e);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            return DbProblem.oneLine(e);
        }
    }

    /** Work that needs one of the pooled connections. */
    @FunctionalInterface
    private interface ConnectionWork {
        void run(Connection c) throws SQLException, InterruptedException;
    }

    private void openConnections(int count, BlockingQueue<Connection> into) throws SQLException {
        for (int i = 0; i < count; i++) {
            Connection c = db.connect();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            if (db.dialect().server()) {
                connectionIds.put(c, connectionId(c));
                c.commit();
            }
            into.add(c);
        }
    }

    /** The server's id of a connection (the thread id its lock views name), or -1 on H2. */
    static long connectionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void withConnection(BlockingQueue<Connection> connections, ConnectionWork work)
            throws SQLException, InterruptedException {
        Connection c = connections.take();
        try {
            work.run(c);
        } finally {
            connections.add(c);
        }
    }

    private static void onEveryConnection(ExecutorService pool, BlockingQueue<Connection> connections, int count,
                                          ConnectionWork work) {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> {
                withConnection(connections, work);
                return null;
            });
        }
        awaitAll(pool, tasks);
    }

    /** Runs the tasks on the pool and waits for all; a task's database error ends the run. */
    private static void awaitAll(ExecutorService pool, List<Callable<Void>> tasks) {
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException e) {
            throw new DbProblem(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /** Parses the statements once per connection, so the first buyers' timings are not compile time. */
    private static void warmUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT stock, version FROM product WHERE id = 1").close();
            s.executeQuery("SELECT stock FROM product WHERE id = 1 FOR UPDATE").close();
            s.executeUpdate("UPDATE product SET stock = stock WHERE id = 1 AND stock > 0");
            s.executeQuery("SELECT COUNT(*) FROM orders").close();
        }
        c.rollback();
    }

    private void setUp(LockParams p) {
        boolean server = db.dialect().server();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS orders");
            s.execute("DROP TABLE IF EXISTS product");
            if (server) {
                s.execute("CREATE TABLE product(id INT PRIMARY KEY, stock INT UNSIGNED NOT NULL, version INT NOT NULL) ENGINE=InnoDB");
                s.execute("CREATE TABLE orders(id INT AUTO_INCREMENT PRIMARY KEY, buyer INT NOT NULL, product_id INT NOT NULL) ENGINE=InnoDB");
            } else {
                s.execute("CREATE TABLE product(id INT PRIMARY KEY, stock INT NOT NULL "
                        + "CONSTRAINT stock_not_negative CHECK (stock >= 0), version INT NOT NULL)");
                s.execute("CREATE TABLE orders(id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "buyer INT NOT NULL, product_id INT NOT NULL)");
            }
            s.execute("INSERT INTO product VALUES (1, " + p.stock() + ", 0)");
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        }
    }

    private LockResult tally(LockParams p, List<TxEvent> events, List<String> errors, double elapsedMs) {
        int stockAfter;
        int orders;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT stock FROM product WHERE id = 1")) {
                rs.next();
                stockAfter = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM orders")) {
                rs.next();
                orders = rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new DbProblem(DbProblem.oneLine(e), e);
        }
        int retries = count(events, TxEventKind.RETRY);
        int rejected = count(events, TxEventKind.REJECT);
        int failed = count(events, TxEventKind.FAIL);
        double waitMs = events.stream().filter(e -> e.kind() == TxEventKind.LOCK_WAIT)
                .mapToLong(TxEvent::durationUs).sum() / 1000.0;
        return new LockResult(p, stockAfter, orders, Math.max(0, orders - p.stock()),
                orders - (p.stock() - stockAfter), retries, rejected, failed, Stats.round(waitMs, 2),
                Stats.round(elapsedMs, 2), events, LostUpdates.find(p.stock(), events), errors);
    }

    private static int count(List<TxEvent> events, TxEventKind kind) {
        return (int) events.stream().filter(e -> e.kind() == kind).count();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    /** One buyer's transaction (with retries for the optimistic strategy). */
    private final class Buyer {
        private final int id;
        private final LockParams p;
        private final long t0;
        private final Queue<TxEvent> sink;
        private final Queue<String> errors;
        private final List<TxEvent> mine = new ArrayList<>();
        private final java.util.Map<Long, Integer> owners;
        private final java.util.Map<Connection, Long> connectionIds;
        private int attempt = 1;

        Buyer(int id, LockParams p, long t0, Queue<TxEvent> sink, Queue<String> errors, java.util.Map<Long, Integer> owners) {
            this.owners = owners;
            this.connectionIds = LockExperiment.this.connectionIds;
            this.id = id;
            this.p = p;
            this.t0 = t0;
            this.sink = sink;
            this.errors = errors;
        }

        void buy(Connection c) throws InterruptedException {
            Long connection = connectionIds.get(c);
            if (connection != null) {
                owners.put(connection, id);
            }
            try {
                switch (p.strategy()) {
                    case NONE -> unprotected(c);
                    case PESSIMISTIC -> pessimistic(c);
                    case OPTIMISTIC -> optimistic(c);
                    case ATOMIC -> atomic(c);
                    default -> throw new IllegalStateException(p.strategy().name());
                }
            } catch (SQLException e) {
                rollback(c);
                errors.add("buyer " + id + ": " + e.getMessage());
                event(TxEventKind.FAIL, -1, 0);
            } finally {
                sink.addAll(mine);
            }

        }

        private void unprotected(Connection c) throws SQLException, InterruptedException {
            event(TxEventKind.START, -1, 0);
            int stock = readStock(c, "SELECT stock FROM product WHERE id = 1");
            think();
            if (stock <= 0) {
                reject(c);
                return;
            }
            insertOrder(c);
            timed(c, "UPDATE product SET stock = " + (stock - 1) + " WHERE id = 1");
            event(TxEventKind.WRITE, stock - 1, 0);
            commit(c, stock - 1);
        }

        private void pessimistic(Connection c) throws SQLException, InterruptedException {
            event(TxEventKind.START, -1, 0);
            int stock = readStock(c, "SELECT stock FROM product WHERE id = 1 FOR UPDATE");
            think();
            if (stock <= 0) {
                reject(c);
                return;
            }
            insertOrder(c);
            timed(c, "UPDATE product SET stock = stock - 1 WHERE id = 1");
            event(TxEventKind.WRITE, stock - 1, 0);
            commit(c, stock - 1);
        }

        private void optimistic(Connection c) throws SQLException, InterruptedException {
            while (true) {
                event(TxEventKind.START, -1, 0);
                int stock;
                int version;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT stock, version FROM product WHERE id = 1")) {
                    rs.next();
                    stock = rs.getInt(1);
                    version = rs.getInt(2);
                }
                event(TxEventKind.READ, stock, 0);
                think();
                if (stock <= 0) {
                    reject(c);
                    return;
                }
                int changed = timed(c, "UPDATE product SET stock = " + (stock - 1) + ", version = version + 1"
                        + " WHERE id = 1 AND version = " + version);
                if (changed == 0) {
                    c.rollback();
                    event(TxEventKind.RETRY, stock, 0);
                    if (++attempt > MAX_ATTEMPTS) {
                        throw new SQLException("gave up after " + MAX_ATTEMPTS + " attempts");
                    }
                    continue;
                }
                event(TxEventKind.WRITE, stock - 1, 0);
                insertOrder(c);
                commit(c, stock - 1);
                return;
            }
        }

        private void atomic(Connection c) throws SQLException, InterruptedException {
            event(TxEventKind.START, -1, 0);
            think();
            int changed = timed(c, "UPDATE product SET stock = stock - 1 WHERE id = 1 AND stock > 0");
            if (changed == 0) {
                reject(c);
                return;
            }
            int now = readStock(c, "SELECT stock FROM product WHERE id = 1", false);
            event(TxEventKind.WRITE, now, 0);
            insertOrder(c);
            commit(c, now);
        }

        private int readStock(Connection c, String sql) throws SQLException {
            return readStock(c, sql, true);
        }

        private int readStock(Connection c, String sql, boolean record) throws SQLException {
            long start = System.nanoTime();
            int stock;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                stock = rs.getInt(1);
            }
            if (sql.endsWith("FOR UPDATE")) {
                waited(start);
            }
            if (record) {
                event(TxEventKind.READ, stock, 0);
            }
            return stock;
        }

        /** Runs an update; a slow one waited for a row lock. Returns the rows changed. */
        private int timed(Connection c, String sql) throws SQLException {
            long start = System.nanoTime();
            int n;
            try (Statement s = c.createStatement()) {
                n = s.executeUpdate(sql);
            }
            waited(start);
            return n;
        }

        private void waited(long start) {
            long us = (System.nanoTime() - start) / 1000;
            if (us >= LOCK_WAIT_THRESHOLD_US) {
                mine.add(new TxEvent(id, attempt, TxEventKind.LOCK_WAIT, (start - t0) / 1000, -1, us));
            }
        }

        private void insertOrder(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders(buyer, product_id) VALUES (?, 1)")) {
                ps.setInt(1, id);
                ps.executeUpdate();
            }
        }

        private void think() throws InterruptedException {
            if (p.thinkMs() > 0) {
                Thread.sleep(p.thinkMs());
            }
        }

        private void reject(Connection c) throws SQLException {
            c.rollback();
            event(TxEventKind.REJECT, 0, 0);
        }

        private void commit(Connection c, int stock) throws SQLException {
            c.commit();
            event(TxEventKind.COMMIT, stock, 0);
        }

        private static void rollback(Connection c) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; nothing to undo
            }
        }

        private void event(TxEventKind kind, int value, long durationUs) {
            mine.add(new TxEvent(id, attempt, kind, (System.nanoTime() - t0) / 1000, value, durationUs));
        }
    }
}
