package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants every policy keeps on random workloads. */
class SchedulePropertiesTest {
    @Provide
    Arbitrary<Workload> workloads() {
        Arbitrary<String> burst = Combinators.combine(Arbitraries.of("cpu", "io"), Arbitraries.integers().between(1, 80))
                .as((k, tenths) -> k + ":" + (tenths / 10) + "." + (tenths % 10));
        Arbitrary<String> bursts = burst.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(",", l));
        return bursts.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                args.add("T" + (i + 1) + "=" + list.get(i));
            }
            return Workload.parse(args);
        });
    }

    @Provide
    Arbitrary<SimSettings> settings() {
        return Combinators.combine(Arbitraries.of(Policy.class), Arbitraries.of(100_000L, 1_000_000L, 5_000_000L, 700_000L),
                Arbitraries.integers().between(1, 4), Arbitraries.of(0L, 3_000L, 50_000L))
                .as(SimSettings::new);
    }

    @Property(tries = 300)
    void cpuAndIoTimeAreConservedAndEveryInstantIsAccountedFor(@ForAll("workloads") Workload w,
                                                                @ForAll("settings") SimSettings s) {
        Schedule r = Simulator.run(w, s);
        for (int t = 0; t < w.size(); t++) {
            ThreadStats st = r.stats().get(t);
            assertThat(st.cpu()).as("cpu of " + st.name()).isEqualTo(w.thread(t).cpuNanos());
            assertThat(st.io()).as("io of " + st.name()).isEqualTo(w.thread(t).ioNanos());
            assertThat(st.cpu() + st.io() + st.waiting()).as("end of " + st.name()).isEqualTo(st.end());
            assertThat(r.wall()).isGreaterThanOrEqualTo(w.thread(t).workNanos());
        }
    }

    @Property(tries = 300)
    void neverTwoHoldersExceptUnderNogilWhereAtMostCores(@ForAll("workloads") Workload w,
                                                          @ForAll("settings") SimSettings s) {
        Schedule r = Simulator.run(w, s);
        int limit = s.policy() == Policy.NOGIL ? s.cores() : 1;
        assertThat(maxConcurrentHolders(r)).isLessThanOrEqualTo(limit);
        if (s.policy().oneAtATime()) {
            Lanes.Lane band = r.lanes().band();
            for (int i = 1; i < band.size(); i++) {
                assertThat(band.start(i)).isGreaterThanOrEqualTo(band.end(i - 1));
            }
        }
    }

    @Property(tries = 200)
    void gilWallIsAtLeastTheTotalCpuAndTheSimulationIsDeterministic(@ForAll("workloads") Workload w) {
        SimSettings s = SimSettings.of(Policy.GIL);
        Schedule a = Simulator.run(w, s);
        Schedule b = Simulator.run(w, s);
        long cpu = w.threads().stream().mapToLong(ThreadSpec::cpuNanos).sum();
        assertThat(a.wall()).isGreaterThanOrEqualTo(cpu);
        assertThat(ScheduleJson.of(a, true)).isEqualTo(ScheduleJson.of(b, true));
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
