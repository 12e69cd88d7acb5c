package glassbox.threads.bench;

import glassbox.threads.engine.Policy;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.Workload;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * About a million simulated events per operation, against two references measured in the same run
 * on the same number of events: a plain priority-queue event loop (1,000 pending timers, pop one,
 * push its successor) and sorting a million random timestamps.
 *
 * <pre>bench/jmh SimulatorBench -f 1 -wi 2 -i 3 -w 1 -r 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulatorBench {
    static final int EVENTS = 1_000_000;

    Workload twoCpu;
    SimSettings gilTenthMs;
    Workload convoy;
    SimSettings gil;
    long[] timestamps;

    @Setup
    public void setup() {
        // 0.1 ms interval, 2 × 12.5 s of CPU: 250,000 hand-offs of 4 events each
        twoCpu = Workload.of("T1=cpu:12500", "T2=cpu:12500");
        gilTenthMs = new SimSettings(Policy.GIL, 100_000, 2, 0);
        // the convoy, 125,000 rounds of 8 events each
        convoy = Workload.of("T1=cpu:1000000", "T2=125000*(io:1,cpu:0.1)");
        gil = SimSettings.of(Policy.GIL);
        Random r = new Random(42);
        timestamps = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            timestamps[i] = r.nextLong() >>> 1;
        }
        System.out.printf("%nevents: twoCpu=%d convoy=%d%n", Simulator.run(twoCpu, gilTenthMs).log().size(),
                Simulator.run(convoy, gil).log().size());
    }

    @Benchmark
    public int gilTwoCpuBoundMillionEvents() {
        return Simulator.run(twoCpu, gilTenthMs).log().size();
    }

    @Benchmark
    public int gilConvoyMillionEvents() {
        return Simulator.run(convoy, gil).log().size();
    }

    @Benchmark
    public long referencePriorityQueueLoop() {
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 0; i < 1000; i++) {
            queue.add(new long[] {timestamps[i] % 1_000_000, i});
        }
        long sum = 0;
        for (int i = 0; i < EVENTS; i++) {
            long[] e = queue.poll();
            sum += e[1];
            queue.add(new long[] {e[0] + 1 + (timestamps[i] & 0xFFFF), e[1]});
        }
        return sum;
    }

    @Benchmark
    public long referenceSortMillionTimestamps() {
        long[] copy = timestamps.clone();
        Arrays.sort(copy);
        return copy[EVENTS / 2];
    }
}
