package glassbox.bptree.bench;

import glassbox.bptree.engine.BPlusTree;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The untraced B+Tree against {@code java.util.TreeMap<Integer, Integer>} on the same 10⁶ random
 * keys: building by random inserts, random point gets, and 10⁴ range scans of about 100 keys.
 * Times are per operation (per key inserted or looked up, per range scan).
 * Run: {@code bench/jmh BptreeBench -f 1 -wi 2 -i 3 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BptreeBench {
    static final int N = 1_000_000;
    static final int SCANS = 10_000;
    /** Keys are drawn from 0..N*SPREAD, so a range of width 100*SPREAD holds about 100 keys. */
    static final int SPREAD = 20;

    @Param({"128"})
    int order;

    int[] keys;
    int[] probes;
    int[] scanFrom;
    BPlusTree tree;
    TreeMap<Integer, Integer> map;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        keys = new int[N];
        probes = new int[N];
        for (int i = 0; i < N; i++) {
            keys[i] = r.nextInt(N * SPREAD);
        }
        for (int i = 0; i < N; i++) {
            probes[i] = r.nextBoolean() ? keys[r.nextInt(N)] : r.nextInt(N * SPREAD);
        }
        scanFrom = new int[SCANS];
        for (int i = 0; i < SCANS; i++) {
            scanFrom[i] = r.nextInt(N * SPREAD - 100 * SPREAD);
        }
        tree = new BPlusTree(order);
        map = new TreeMap<>();
        for (int k : keys) {
            tree.put(k, k);
            map.put(k, k);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public BPlusTree insertBptree() {
        BPlusTree t = new BPlusTree(order);
        for (int k : keys) {
            t.put(k, k);
        }
        return t;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public TreeMap<Integer, Integer> insertTreeMap() {
        TreeMap<Integer, Integer> m = new TreeMap<>();
        for (int k : keys) {
            m.putIfAbsent(k, k);
        }
        return m;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long getBptree() {
        long sum = 0;
        for (int k : probes) {
            sum += tree.get(k, 0);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long getTreeMap() {
        long sum = 0;
        for (int k : probes) {
            Integer v = map.get(k);
            sum += v == null ? 0 : v;
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(SCANS)
    public void rangeBptree(Blackhole bh) {
        long[] sum = {0};
        for (int a : scanFrom) {
            tree.forEachInRange(a, a + 100 * SPREAD, (k, v) -> sum[0] += v);
        }
        bh.consume(sum[0]);
    }

    @Benchmark
    @OperationsPerInvocation(SCANS)
    public void rangeTreeMap(Blackhole bh) {
        long sum = 0;
        for (int a : scanFrom) {
            for (Map.Entry<Integer, Integer> e : map.subMap(a, true, a + 100 * SPREAD, true).entrySet()) {
                sum += e.getValue();
            }
        }
        bh.consume(sum);
    }
}
