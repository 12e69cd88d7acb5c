package glassbox.database.bench;

import glassbox.database.engine.Db;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.RunControl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The index experiment's point lookup under JMH: the same H2 table the tab builds, one lookup by the
 * indexed column and one by its unindexed copy, a different existing key on every call (so H2
 * cannot hand back a cached result) and every row read. The ratio scan ÷ indexed is the speedup.
 * Run: {@code bench/jmh IndexLookupBench -f 1 -wi 2 -i 3 -w 1 -r 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexLookupBench {
    @Param({"10000", "100000", "1000000"})
    public long rows;

    private Db db;
    private Connection connection;
    private PreparedStatement indexed;
    private PreparedStatement scan;
    private long next;

    @Setup(Level.Trial)
    public void build() throws SQLException {
        db = Db.inMemory();
        new IndexExperiment(db).build(rows, RunControl.NONE);
        connection = db.connect();
        indexed = connection.prepareStatement("SELECT id, k, price FROM items WHERE k = ?");
        scan = connection.prepareStatement("SELECT id, k, price FROM items WHERE k_plain = ?");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
        db.close();
    }

    private long key() {
        next = (next + 7919) % rows;
        return next + 1;
    }

    @Benchmark
    public long indexedPoint() throws SQLException {
        return read(indexed, key());
    }

    @Benchmark
    public long scanPoint() throws SQLException {
        return read(scan, key());
    }

    private static long read(PreparedStatement p, long key) throws SQLException {
        p.setLong(1, key);
        long sum = 0;
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                sum += rs.getLong(1) + rs.getLong(2) + rs.getInt(3);
            }
        }
        return sum;
    }
}
