package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.core.Json;
import glassbox.testing.PropertyCheck;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refcount race, hand-worked: all 20 orderings of two increfs, increfs with decrefs, the GIL. */
class RefcountRaceTest {
    private static final List<RefThread> TWO_INCREFS = List.of(RefThread.parse("T1=incref"), RefThread.parse("T2=incref"));

    static List<List<String>> orderings(int a, int b) {
        List<List<String>> out = new ArrayList<>();
        fill(new ArrayList<>(), a, b, out);
        return out;
    }

    private static void fill(List<String> prefix, int a, int b, List<List<String>> out) {
        if (a == 0 && b == 0) {
            out.add(List.copyOf(prefix));
            return;
        }
        if (a > 0) {
            prefix.add("T1");
            fill(prefix, a - 1, b, out);
            prefix.remove(prefix.size() - 1);
        }
        if (b > 0) {
            prefix.add("T2");
            fill(prefix, a, b - 1, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    @Test
    void allTwentyOrderingsOfTwoIncrefsMatchTheGoldenJson() throws Exception {
        List<List<String>> all = orderings(3, 3);
        assertThat(all).hasSize(20);
        JsonNode golden;
        try (InputStream in = RefcountRaceTest.class.getResourceAsStream("/glassbox/threads/refcount-two-increfs.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        assertThat(golden.size()).isEqualTo(20);
        ObjectMapper m = new ObjectMapper();
        for (List<String> o : all) {
            JsonNode g = golden.get(String.join(",", o));
            assertThat(m.readTree(Json.write(RefcountJson.of(RefcountRace.run(1, TWO_INCREFS, o, false)))))
                    .as("no GIL %s", o).isEqualTo(g.get("nogil"));
            assertThat(m.readTree(Json.write(RefcountJson.of(RefcountRace.run(1, TWO_INCREFS, o, true)))))
                    .as("GIL %s", o).isEqualTo(g.get("gil"));
        }
    }

    /** By hand: an update is lost exactly when the second load comes before the first store. */
    @Test
    void withoutTheGilOnlyTheTwoSerialOrderingsKeepBothUpdates() {
        int safe = 0;
        for (List<String> o : orderings(3, 3)) {
            RefcountRace.Result r = RefcountRace.run(1, TWO_INCREFS, o, false);
            String first = o.get(0);
            boolean serial = o.subList(0, 3).stream().allMatch(first::equals);
            assertThat(r.expected()).isEqualTo(3);
            assertThat(r.finalCount()).as("%s", o).isEqualTo(serial ? 3 : 2);
            assertThat(r.lostUpdates()).isEqualTo(serial ? 0 : 1);
            assertThat(r.first(RefcountRace.Event.LOST_UPDATE) >= 0).isEqualTo(!serial);
            assertThat(r.freedEarly()).isFalse();
            safe += serial ? 1 : 0;
        }
        assertThat(safe).isEqualTo(2);
    }

    @Test
    void withTheGilEveryOrderingKeepsBothUpdatesAndNoOpIsSplit() {
        for (List<String> o : orderings(3, 3)) {
            RefcountRace.Result r = RefcountRace.run(1, TWO_INCREFS, o, true);
            assertThat(r.finalCount()).isEqualTo(3);
            assertThat(r.lostUpdates()).isZero();
            List<String> who = r.steps().stream().map(RefcountRace.Step::thread).toList();
            assertThat(who.subList(0, 3)).containsOnly(who.get(0));
            assertThat(who.subList(3, 6)).containsOnly(who.get(3));
            assertThat(who.get(0)).as("the thread named first goes first").isEqualTo(o.get(0));
        }
    }

    @Test
    void theIssuesExampleIncrefsMixedWithADecref() {
        List<RefThread> ts = List.of(RefThread.parse("T1=incref"), RefThread.parse("T2=incref,decref"));
        List<String> order = List.of("T1", "T2", "T1", "T1", "T2", "T2", "T2", "T2", "T2");
        // T1 load 1; T2 load 1; T1 add 2; T1 store 2; T2 add 2; T2 store 2 (overwrites T1's update);
        // T2 load 2; sub 1; store 1. Expected 1 + 2 - 1 = 2.
        RefcountRace.Result r = RefcountRace.run(1, ts, order, false);
        assertThat(r.steps()).extracting(s -> s.thread() + ":" + s.op().id() + ":" + s.reg() + ":" + s.count())
                .containsExactly("T1:load:1:1", "T2:load:1:1", "T1:add:2:1", "T1:store:2:2", "T2:add:2:2",
                        "T2:store:2:2", "T2:load:2:2", "T2:sub:1:2", "T2:store:1:1");
        assertThat(r.finalCount()).isEqualTo(1);
        assertThat(r.expected()).isEqualTo(2);
        assertThat(r.lostUpdates()).isEqualTo(1);
        assertThat(r.freedEarly()).isFalse();
        assertThat(r.first(RefcountRace.Event.LOST_UPDATE)).isEqualTo(5);

        RefcountRace.Result g = RefcountRace.run(1, ts, order, true);
        assertThat(g.steps()).extracting(s -> s.thread() + ":" + s.op().id() + ":" + s.count())
                .containsExactly("T1:load:1", "T1:add:1", "T1:store:2", "T2:load:2", "T2:add:2", "T2:store:3",
                        "T2:load:3", "T2:sub:3", "T2:store:2");
        assertThat(g.finalCount()).isEqualTo(2);
        assertThat(g.lostUpdates()).isZero();
    }

    @Test
    void aLostIncrefLetsADecrefFreeTheObjectWhileItIsStillHeld() {
        List<RefThread> ts = List.of(RefThread.parse("T1=incref,incref"), RefThread.parse("T2=decref"));
        // T1 load 1, T2 load 1, T1 add 2, T1 store 2, T2 sub 0, T2 store 0: freed, expected 2.
        List<String> order = List.of("T1", "T2", "T1", "T1", "T2", "T2", "T1", "T1", "T1");
        RefcountRace.Result r = RefcountRace.run(1, ts, order, false);
        assertThat(r.expected()).isEqualTo(2);
        assertThat(r.freedEarly()).isTrue();
        int freed = r.first(RefcountRace.Event.FREED);
        assertThat(freed).isEqualTo(5);
        assertThat(r.steps().get(freed).lost()).as("the freeing store also lost T1's update").isTrue();
        assertThat(r.steps().subList(6, 9)).allMatch(s -> s.event() == RefcountRace.Event.USE_AFTER_FREE);
        assertThat(r.finalCount()).isEqualTo(1);
        assertThat(RefcountRace.run(1, ts, order, true).freedEarly()).isFalse();
    }

    @Test
    void decrefToZeroWhenNothingElseHoldsItIsNotEarly() {
        RefcountRace.Result r = RefcountRace.run(1, List.of(RefThread.parse("T1=decref")), null, false);
        assertThat(r.finalCount()).isZero();
        assertThat(r.expected()).isZero();
        assertThat(r.freedEarly()).isFalse();
        assertThat(r.first(RefcountRace.Event.FREED)).isEqualTo(-1);
    }

    @Test
    void randomOrderingsKeepTheInvariants() {
        List<RefThread> ts = List.of(RefThread.parse("T1=incref,decref,incref"), RefThread.parse("T2=incref,incref"),
                RefThread.parse("T3=decref"));
        PropertyCheck.forAll(300, rnd -> rnd.nextLong(), seed -> {
            List<String> order = RefcountRace.random(ts, seed);
            RefcountRace.Result free = RefcountRace.run(5, ts, order, false);
            RefcountRace.Result gil = RefcountRace.run(5, ts, order, true);
            assertThat(gil.finalCount()).isEqualTo(gil.expected());
            assertThat(free.expected()).isEqualTo(7);
            long lostStores = free.steps().stream().filter(RefcountRace.Step::lost).count();
            if (lostStores == 0) {
                assertThat(free.lostUpdates()).as("no store overwrote another: nothing lost").isZero();
            }
            assertThat(free.steps()).hasSize(18);
        });
    }

    @Test
    void theDefaultOrderRunsEachThreadToItsEndAndAtPointCutsIn() {
        assertThat(RefcountRace.inTurn(TWO_INCREFS)).containsExactly("T1", "T1", "T1", "T2", "T2", "T2");
        assertThat(RefcountRace.atPoint(TWO_INCREFS, 1)).containsExactly("T1", "T2", "T2", "T2", "T1", "T1");
        assertThat(RefcountRace.run(1, TWO_INCREFS, RefcountRace.atPoint(TWO_INCREFS, 0), false).finalCount()).isEqualTo(3);
        assertThat(RefcountRace.run(1, TWO_INCREFS, RefcountRace.atPoint(TWO_INCREFS, 2), false).finalCount()).isEqualTo(2);
    }

    @Test
    void badInterleavingsAndOpsAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> RefcountRace.run(1, TWO_INCREFS, Arrays.asList("T1", "T2"), false))
                .hasMessageContaining("names 2 micro-ops but the threads have 6");
        assertThatThrownBy(() -> RefcountRace.run(1, TWO_INCREFS, List.of("T1", "T1", "T1", "T1", "T2", "T2"), false))
                .hasMessageContaining("T1 4 times but it has 3");
        assertThatThrownBy(() -> RefcountRace.run(1, TWO_INCREFS, List.of("T1", "T1", "T1", "T3", "T2", "T2"), false))
                .hasMessageContaining("unknown thread \"T3\"");
        assertThatThrownBy(() -> RefThread.parse("T1=incref,steal")).hasMessageContaining("unknown op \"steal\"");
        assertThatThrownBy(() -> RefcountRace.run(0, TWO_INCREFS, null, false)).hasMessageContaining("--start");
    }

    @Test
    void theTraceMarksTheFirstLostUpdateAndShowsTheOutcomeOnlyAtTheEnd() {
        List<RefThread> ts = List.of(RefThread.parse("T1=incref"), RefThread.parse("T2=incref,decref"));
        RefcountRace.Result r = RefcountRace.run(1, ts, List.of("T1", "T2", "T1", "T1", "T2", "T2", "T2", "T2", "T2"), false);
        var trace = RefcountTrace.build(r);
        assertThat(trace.size()).isEqualTo(11);
        assertThat(trace.step(6).event()).isEqualTo(RefcountRace.Event.LOST_UPDATE);
        assertThat(trace.step(6).narration().key()).isEqualTo("threads.rc.narr.lost");
        assertThat(trace.step(6).line()).isEqualTo(CodeLine.Refcount.STORE.line());
        assertThat(trace.step(1).highlights().contains(new RefcountHighlight(0))).isTrue();
        assertThat(trace.last().state().finished()).isTrue();
        assertThat(trace.step(5).state().finished()).isFalse();
    }
}
