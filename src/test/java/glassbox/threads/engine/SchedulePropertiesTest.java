package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import static glassbox.testing.PropertyCheck.between;
import static glassbox.testing.PropertyCheck.listOf;
import static glassbox.testing.PropertyCheck.oneOf;

import glassbox.testing.PropertyCheck;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants every policy keeps on random workloads. */
class SchedulePropertiesTest {
    /** 1..4 threads of 1..6 bursts (cpu, io or lock) of 0.1..8.0 ms each, as the CLI's NAME=BURSTS arguments. */
    static List<String> threadArgs(Random r) {
        List<String> args = new ArrayList<>();
        int n = between(r, 1, 4);
        for (int i = 0; i < n; i++) {
            List<String> bursts = listOf(r, 1, 6, g -> {
                int tenths = between(g, 1, 80);
                return oneOf(g, "cpu", "io", "lock") + ":" + (tenths / 10) + "." + (tenths % 10);
            });
            args.add("T" + (i + 1) + "=" + String.join(",", bursts));
        }
        return args;
    }

    static SimSettings settings(Random r) {
        return new SimSettings(oneOf(r, Policy.values()), oneOf(r, 100_000L, 1_000_000L, 5_000_000L, 700_000L),
                between(r, 1, 4), oneOf(r, 0L, 3_000L, 50_000L));
    }

    /** Threads are shrunk by dropping whole threads; the settings stay fixed. */
    private static void check(int tries, java.util.function.BiConsumer<Workload, SimSettings> property) {
        PropertyCheck.forAllWith(tries, SchedulePropertiesTest::settings, SchedulePropertiesTest::threadArgs,
                (s, args) -> {
                    if (!args.isEmpty()) {
                        property.accept(Workload.parse(renumber(args)), s);
                    }
                });
    }

    private static List<String> renumber(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            out.add("T" + (i + 1) + args.get(i).substring(args.get(i).indexOf('=')));
        }
        return out;
    }

    @Test
    void cpuAndIoTimeAreConservedAndEveryInstantIsAccountedFor() {
        check(300, SchedulePropertiesTest::timeIsConserved);
    }

    static void timeIsConserved(Workload w, SimSettings s) {
        Schedule r = Simulator.run(w, s);
        for (int t = 0; t < w.size(); t++) {
            ThreadStats st = r.stats().get(t);
            assertThat(st.cpu()).as("cpu of " + st.name()).isEqualTo(w.thread(t).cpuNanos());
            assertThat(st.io()).as("io of " + st.name()).isEqualTo(w.thread(t).ioNanos());
            assertThat(st.cpu() + st.io() + st.waiting()).as("end of " + st.name()).isEqualTo(st.end());
            assertThat(r.wall()).isGreaterThanOrEqualTo(w.thread(t).workNanos());
        }
    }

    @Test
    void neverTwoHoldersExceptWithCoresWhereAtMostCores() {
        check(300, SchedulePropertiesTest::holdersWithinLimit);
    }

    static void holdersWithinLimit(Workload w, SimSettings s) {
        Schedule r = Simulator.run(w, s);
        int limit = s.policy().usesCores() ? s.cores() : 1;
        assertThat(maxConcurrentHolders(r)).isLessThanOrEqualTo(limit);
        if (s.policy().oneAtATime()) {
            Lanes.Lane band = r.lanes().band();
            for (int i = 1; i < band.size(); i++) {
                assertThat(band.start(i)).isGreaterThanOrEqualTo(band.end(i - 1));
            }
        }
    }

    @Test
    void gilWallIsAtLeastTheTotalCpuAndTheSimulationIsDeterministic() {
        check(200, (w, ignored) -> gilWallAndDeterminism(w));
    }

    static void gilWallAndDeterminism(Workload w) {
        SimSettings s = SimSettings.of(Policy.GIL);
        Schedule a = Simulator.run(w, s);
        Schedule b = Simulator.run(w, s);
        long cpu = w.threads().stream().mapToLong(ThreadSpec::cpuNanos).sum();
        assertThat(a.wall()).isGreaterThanOrEqualTo(cpu);
        assertThat(ScheduleJson.of(a, true)).isEqualTo(ScheduleJson.of(b, true));
    }

    @Test
    void theSharedLockHasOneHolderWhoRunsExactlyItsLockBurstsAndEveryThreadEnds() {
        check(300, SchedulePropertiesTest::sharedLockIsExclusive);
    }

    static void sharedLockIsExclusive(Workload w, SimSettings s) {
        Schedule r = Simulator.run(w, s);
        Lanes lanes = r.lanes();
        Lanes.Lane held = lanes.lockBand();
        long[] runningWhileHeld = new long[w.size()];
        int running = ThreadState.RUNNING.ordinal();
        for (int i = 0; i < held.size(); i++) {
            if (i > 0) {
                assertThat(held.start(i)).as("one holder at a time").isGreaterThanOrEqualTo(held.end(i - 1));
            }
            Lanes.Lane lane = lanes.lane(held.code(i));
            runningWhileHeld[held.code(i)] += lane.timeBefore(running, held.end(i)) - lane.timeBefore(running, held.start(i));
        }
        int ends = 0;
        for (int e = 0; e < r.log().size(); e++) {
            ends += r.log().type(e) == EventType.END ? 1 : 0;
        }
        assertThat(ends).as("every thread ends: no deadlock").isEqualTo(w.size());
        for (int t = 0; t < w.size(); t++) {
            long locked = w.thread(t).bursts().stream().filter(Burst::isLocked).mapToLong(Burst::nanos).sum();
            assertThat(runningWhileHeld[t]).as("time " + w.names().get(t) + " runs holding the lock").isEqualTo(locked);
        }
        assertThat((long) r.log().size()).as("the cost estimate bounds the events")
                .isLessThanOrEqualTo(Simulator.estimateEvents(w, s));
    }

    /** Replays acquire/release events and returns the largest number of simultaneous holders. */
    static int maxConcurrentHolders(Schedule r) {
        EventLog log = r.log();
        int holders = 0;
        int max = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.type(i) == EventType.ACQUIRE) {
                holders++;
                max = Math.max(max, holders);
            } else if (log.type(i) == EventType.RELEASE) {
                holders--;
            }
        }
        return max;
    }
}
