package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Progress;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lock} bursts: one shared lock (threading.Lock, or a multiprocessing.Value's lock) against worked figures. */
class SharedLockTest {
    /** "time thread kind" for every event, e.g. "6 B lock_wait". */
    private static List<String> events(Schedule s) {
        List<String> out = new ArrayList<>();
        EventLog log = s.log();
        for (int e = 0; e < log.size(); e++) {
            out.add(TraceBuilder.ms(log.time(e)) + " " + s.workload().names().get(log.thread(e)) + " " + log.type(e).id());
        }
        return out;
    }

    @Test
    void underTheGilABlockedThreadDropsTheGilAndTheHolderFinishesItsWithBlock() {
        // A runs 0..3, takes the lock at 3; at 5 the drop request hands the GIL to B, A still holds the
        // lock. B's cpu ends at 6 and it needs the lock: it blocks and drops the GIL, A takes it back,
        // ends its with block at 8 and hands the lock to B, which then takes the GIL and runs 8..10.
        Schedule s = Simulator.run(Workload.of("A=cpu:3,lock:4", "B=cpu:1,lock:2"), SimSettings.of(Policy.GIL));
        assertThat(events(s)).containsExactly(
                "0 A acquire", "0 B wait",
                "3 A lock",
                "5 B drop_request", "5 A release", "5 B acquire", "5 A wait",
                "6 B lock_wait", "6 B release", "6 A acquire",
                "8 A unlock", "8 B lock", "8 A release", "8 A end", "8 B acquire",
                "10 B unlock", "10 B release", "10 B end");
        assertThat(s.wallMs()).isEqualTo(10.0);
        assertThat(s.stats("B").waitMs()).as("waiting for the GIL 0..5, blocked on the lock 6..8").isEqualTo(7.0);
        Lanes.Lane b = s.lanes().lane(1);
        assertThat(b.codeAt(7_000_000)).isEqualTo(ThreadState.BLOCKED.ordinal());
        Lanes.Lane held = s.lanes().lockBand();
        assertThat(held.size()).isEqualTo(2);
        assertThat(List.of(held.start(0), held.end(0), held.code(0))).containsExactly(3_000_000L, 8_000_000L, 0);
        assertThat(List.of(held.start(1), held.end(1), held.code(1))).containsExactly(8_000_000L, 10_000_000L, 1);
    }

    @Test
    void withoutTheGilTheLockSerialisesOnlyTheWorkInsideIt() {
        // 4 workers × 10 × (cpu 8, lock 2) on 4 cores: they meet at the lock at 8 and queue 2 ms apart;
        // from then on each worker's round is 10 ms, the last (W4) first holds the lock 14..16 and
        // its tenth lock ends at 16 + 9 × 10 = 106 ms. No lock: 100 ms; the GIL: 400 ms (all serial).
        Workload w = Preset.SHARED_COUNTER.workload();
        SimSettings nogil = Preset.SHARED_COUNTER.settings().withPolicy(Policy.NOGIL);
        assertThat(Simulator.run(w, nogil).wallMs()).isEqualTo(106.0);
        assertThat(Simulator.run(Workload.of("W1=10*(cpu:8,cpu:2)", "W2=10*(cpu:8,cpu:2)", "W3=10*(cpu:8,cpu:2)",
                "W4=10*(cpu:8,cpu:2)"), nogil).wallMs()).isEqualTo(100.0);
        assertThat(Simulator.run(w, nogil.withPolicy(Policy.GIL)).wallMs()).isEqualTo(400.0);
        // processes: the same plus the 30 ms start, the Value's lock taken in the same order
        Schedule p = Simulator.run(w, Preset.SHARED_COUNTER.settings());
        assertThat(p.policy()).isEqualTo(Policy.PROCESS);
        assertThat(p.wallMs()).isEqualTo(136.0);
        assertThat(p.stats("W4").waitMs()).as("start 30, then blocked 38..44").isEqualTo(36.0);
    }

    @Test
    void aGeneratorNeverYieldsInsideItsWithBlockAndSerialRunsItWhole() {
        // interval 1 ms: A's 3 ms lock burst runs whole (0..3), then B runs (switch cost 0)
        Schedule y = Simulator.run(Workload.of("A=lock:3", "B=cpu:2"), SimSettings.parse(Policy.YIELD, "1", 1, "0"));
        assertThat(events(y)).startsWith("0 A acquire", "0 B wait", "0 A lock", "3 A unlock", "3 A release", "3 A end",
                "3 B acquire");
        Schedule s = Simulator.run(Workload.of("A=cpu:1,lock:2", "B=lock:1"), SimSettings.of(Policy.SERIAL));
        assertThat(s.lanes().lockBand().size()).isEqualTo(2);
        assertThat(s.wallMs()).isEqualTo(4.0);
    }

    @Test
    void theTraceNamesTheLockLightsItsLineAndTeachesTheLesson() {
        Schedule s = Simulator.run(Workload.of("A=cpu:3,lock:4", "B=cpu:1,lock:2"), SimSettings.of(Policy.GIL));
        Trace<TimelineFrame> t = TraceBuilder.build(s);
        Step<TimelineFrame> blocked = step(t, EventType.LOCK_WAIT);
        assertThat(blocked.line()).isEqualTo(CodeLine.Gil.LOCK.line());
        assertThat(blocked.narration().toString()).contains("threads.narr.lockWait", "threads.lock.thread", "threads.lock.gil");
        assertThat(t.step(t.size() - 1).narration().toString()).contains("threads.narr.lesson.lock");
        Schedule p = Simulator.run(Preset.SHARED_COUNTER.workload(), Preset.SHARED_COUNTER.settings());
        Step<TimelineFrame> value = step(TraceBuilder.build(p), EventType.LOCK);
        assertThat(value.line()).isEqualTo(CodeLine.Process.SHARED_VALUE.line());
        assertThat(value.narration().toString()).contains("threads.lock.value");
    }

    @Test
    void liveThreadsTakeARealLockOneAtATime() {
        Workload w = Workload.of("A=3*(cpu:1,lock:2)", "B=3*(cpu:1,lock:2)", "C=3*(lock:2)");
        Schedule s = LiveRunner.run(w, SimSettings.of(Policy.NOGIL), 1.0, Progress.NONE);
        Lanes.Lane held = s.lanes().lockBand();
        assertThat(held.size()).as("nine with blocks").isEqualTo(9);
        for (int i = 1; i < held.size(); i++) {
            assertThat(held.start(i)).as("one holder at a time").isGreaterThanOrEqualTo(held.end(i - 1));
        }
        long locks = 0;
        for (int e = 0; e < s.log().size(); e++) {
            locks += s.log().type(e) == EventType.LOCK ? 1 : 0;
        }
        assertThat(locks).isEqualTo(9);
    }

    private static Step<TimelineFrame> step(Trace<TimelineFrame> t, EventType type) {
        for (int i = 0; i < t.size(); i++) {
            if (type.id().equals(t.step(i).state().kind())) {
                return t.step(i);
            }
        }
        throw new AssertionError("no " + type.id() + " step");
    }
}
