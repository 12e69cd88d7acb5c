package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Live runs on real threads: short, and never two holders of the real GIL at once. */
class LiveRunnerTest {
    private static final SimSettings GIL_2MS = new SimSettings(Policy.GIL, 2_000_000, 2, 0);

    @RepeatedTest(3)
    void liveGilRunNeverHasOverlappingHolders() {
        Workload w = Workload.of("A=cpu:20", "B=cpu:20", "C=2*(io:3,cpu:2)");
        Schedule s = LiveRunner.run(w, GIL_2MS, 1.0, glassbox.core.Progress.NONE);
        assertThat(s.source()).isEqualTo(Schedule.Source.LIVE);
        assertThat(SchedulePropertiesTest.maxConcurrentHolders(s)).isEqualTo(1);
        Lanes.Lane band = s.lanes().band();
        for (int i = 1; i < band.size(); i++) {
            assertThat(band.start(i)).isGreaterThanOrEqualTo(band.end(i - 1));
        }
        for (ThreadStats st : s.stats()) {
            assertThat(st.end()).as(st.name() + " ended").isPositive();
        }
        assertThat(s.stats("A").cpu()).isGreaterThanOrEqualTo(20_000_000L);
        assertThat(s.handoffs()).as("the drop request forces switches").isGreaterThanOrEqualTo(3);
    }

    @Test
    void liveNogilRunsEveryThreadToItsEnd() {
        Workload w = Workload.of("A=cpu:10", "B=io:5,cpu:5");
        Schedule s = LiveRunner.run(w, GIL_2MS.withPolicy(Policy.NOGIL), 1.0, glassbox.core.Progress.NONE);
        assertThat(s.policy()).isEqualTo(Policy.NOGIL);
        assertThat(s.stats("B").io()).isGreaterThanOrEqualTo(5_000_000L);
        assertThat(s.wall()).isGreaterThanOrEqualTo(10_000_000L);
    }

    @Test
    void scaleShrinksRealTimeButNotTheRecordedTimeline() {
        Workload w = Workload.of("A=cpu:40");
        long t0 = System.nanoTime();
        Schedule s = LiveRunner.run(w, GIL_2MS, 0.25, glassbox.core.Progress.NONE);
        long real = System.nanoTime() - t0;
        assertThat(s.wall()).isGreaterThanOrEqualTo(39_000_000L);
        assertThat(real).isLessThan(s.wall());
        assertThat(LiveRunner.defaultScale(Workload.of("A=cpu:10000"), GIL_2MS)).isLessThan(0.1);
        assertThat(LiveRunner.defaultScale(Workload.of("A=cpu:10"), GIL_2MS)).isEqualTo(1.0);
    }

    @Test
    void cancelStopsTheRun() {
        glassbox.core.Progress cancelled = new glassbox.core.Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }

            @Override
            public void report(String phase, long done, long total) {
            }
        };
        assertThatThrownBy(() -> LiveRunner.run(Workload.of("A=cpu:5000", "B=io:5000"), GIL_2MS, 1.0, cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
