package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import glassbox.player.Trace;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The trace the player steps: intro, one event per step, summary; narration in both languages. */
class TraceBuilderTest {
    private final Messages en = new Messages(Locale.ENGLISH);
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

    @Test
    void oneStepPerEventBetweenIntroAndSummary() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:100", "T2=cpu:100"), SimSettings.of(Policy.GIL));
        Trace<TimelineFrame> t = TraceBuilder.build(s);
        assertThat(t.size()).isEqualTo(s.log().size() + 2);
        assertThat(t.codeKey()).isEqualTo("threads.code.gil");
        assertThat(t.step(3).event()).isEqualTo(EventType.DROP_REQUEST);
        assertThat(en.format(t.step(3).narration()))
                .isEqualTo("t = 5 ms · T2 waited 5 ms with no hand-off and set gil_drop_request; T1 releases at its next eval breaker check.");
        assertThat(t.step(3).line()).isEqualTo(6);
        assertThat(en.format(t.step(5).narration())).contains("T2 takes the GIL from T1 (hand-off #1)");
        assertThat(en.format(t.last().narration())).contains("wall 200 ms, 39 hand-offs");
        assertThat(zh.format(t.step(3).narration())).contains("gil_drop_request").contains("毫秒");
    }

    @Test
    void ioReleaseAndConvoyNarration() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:1000", "T2=100*(io:1,cpu:0.1)"), SimSettings.of(Policy.GIL));
        Trace<TimelineFrame> t = TraceBuilder.build(s);
        List<String> said = t.steps().stream().map(st -> en.format(st.narration())).toList();
        assertThat(said).anyMatch(n -> n.contains("T2 starts io: it releases the GIL at once"));
        assertThat(said).anyMatch(n -> n.contains("T2 released the GIL to start io, and T1, the longest waiter, takes it at once"));
        assertThat(said.get(said.size() - 1)).contains("convoy effect");
    }

    @Test
    void hugeRunsGroupEventsIntoAtMostMaxSteps() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:12500", "T2=cpu:12500"), new SimSettings(Policy.GIL, 100_000, 2, 0));
        Trace<TimelineFrame> t = TraceBuilder.build(s);
        assertThat(t.size()).isLessThanOrEqualTo(TraceBuilder.MAX_STEPS + 2);
        assertThat(en.format(t.step(1).narration())).contains("events in this step");
    }

    @Test
    void compareModeMergesBothRunsInTimeOrder() {
        Workload w = Workload.of("T1=cpu:100", "T2=cpu:100");
        Schedule a = Simulator.run(w, SimSettings.of(Policy.GIL));
        Schedule b = Simulator.run(w, SimSettings.of(Policy.NOGIL));
        Trace<TimelineFrame> t = TraceBuilder.build(List.of(a, b));
        assertThat(t.size()).isEqualTo(a.log().size() + b.log().size() + 2);
        double last = -1;
        for (int i = 1; i < t.size() - 1; i++) {
            assertThat(t.step(i).state().timeMs()).isGreaterThanOrEqualTo(last);
            last = t.step(i).state().timeMs();
        }
        assertThat(en.format(t.step(t.size() - 2).narration())).startsWith("t = 200 ms · [gil (CPython GIL)]");
    }

    @Test
    void everyPolicyNarratesEveryEventInBothLanguages() {
        Workload w = Workload.of("A=cpu:3,io:2,cpu:1", "B=io:1,cpu:4", "C=cpu:2");
        for (Policy p : Policy.values()) {
            Trace<TimelineFrame> t = TraceBuilder.build(Simulator.run(w, new SimSettings(p, 1_000_000, 2, 10_000)));
            for (var step : t.steps()) {
                assertThat(en.format(step.narration())).doesNotContain("!threads.");
                assertThat(zh.format(step.narration())).doesNotContain("!threads.");
            }
        }
    }
}
