package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import glassbox.core.Narration;
import glassbox.database.engine.CompositeExperiment.Query;
import glassbox.database.engine.CompositeExperiment.Timing;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The leftmost-prefix rule and the covering query on H2, read from H2's own plans, and their replay. */
class CompositeExperimentTest {
    static CompositeResult h2;

    @BeforeAll
    static void run() {
        try (Db db = Db.inMemory()) {
            h2 = new CompositeExperiment(db).run(20_000, 3, RunControl.NONE);
        }
    }

    @Test
    void aUsesTheCompositeIndexBScansAndTheCoveringQueryReadsOnlyTheIndex() {
        Timing byA = h2.timing(Query.BY_A);
        Timing byB = h2.timing(Query.BY_B);
        Timing cover = h2.timing(Query.COVERING);
        assertThat(byA.usesIndex()).as(byA.plan()).isTrue();
        assertThat(byA.rowsPerQuery()).isEqualTo(20);
        assertThat(byB.plan()).as("WHERE b = ? cannot seek in (a, b)").contains("tableScan");
        assertThat(byB.usesIndex()).isFalse();
        assertThat(byB.rowsPerQuery()).isEqualTo(20);
        assertThat(cover.usesIndex()).isTrue();
        assertThat(cover.rowsPerQuery()).isEqualTo(20);
        assertThat(cover.planSaysIndexOnly()).as("H2's EXPLAIN never says so").isFalse();
        assertThat(h2.timings()).extracting(Timing::medianUs).allMatch(us -> us > 0);
        assertThat(h2.server()).isNull();
        assertThat(h2.dialect()).isEqualTo(Dialect.H2);
    }

    @Test
    void theCardsGistIsH2sAccessCommentOrTheServersExplainColumns() {
        assertThat(h2.timing(Query.BY_A).gist()).isEqualTo("PUBLIC.IDX_PAIRS_AB: A = ?1");
        assertThat(h2.timing(Query.BY_B).gist()).isEqualTo("PUBLIC.PAIRS.tableScan");
        Timing server = new Timing(Query.COVERING, 10, 20, "EXPLAIN: table: pairs, type: ref, possible_keys: idx_pairs_ab, "
                + "key: idx_pairs_ab, key_len: 4, ref: const, rows: 20, Extra: Using index\nANALYZE: …");
        assertThat(server.gist()).isEqualTo("type: ref, key: idx_pairs_ab, rows: 20, Extra: Using index");
        assertThat(server.planSaysIndexOnly()).isTrue();
        Timing pushed = new Timing(Query.BY_A, 10, 20, "EXPLAIN: type: range, key: idx_pairs_ab, Extra: Using index condition");
        assertThat(pushed.planSaysIndexOnly()).as("index condition pushdown still reads the rows").isFalse();
    }

    @Test
    void theReplayBuildsThenShowsEachQueryThenTheTwoRulesThenThePlanners() {
        Trace<CompositeFrame> t = CompositeTrace.of(h2);
        List<String> keys = t.steps().stream().map(s -> s.narration().key()).collect(Collectors.toList());
        assertThat(keys).containsExactly("database.narr.composite.rows", "database.narr.composite.index",
                "database.narr.composite.byA", "database.narr.composite.byB", "database.narr.composite.covering",
                "database.narr.composite.allColumns", "database.narr.composite.prefix",
                h2.coveringRatio() >= CompositeResult.CLEAR_GAIN ? "database.narr.composite.coveringRatio"
                        : "database.narr.composite.coveringNoGain", "database.narr.composite.plannersH2");
        assertThat(t.steps()).extracting(Step::line).containsExactly(2, 3, 5, 6, 7, 8, 9, 9, 9);
        for (Step<CompositeFrame> s : t.steps()) {
            assertThat(s.highlights()).allMatch(h -> h instanceof DbHighlight);
        }
        assertThat(t.step(3).highlights()).isEqualTo(java.util.Set.of(new DbHighlight.Pair(Query.BY_B)));
        assertThat(t.step(6).narration().args()).containsExactly(glassbox.database.engine.IndexTrace.speedup(h2.prefixRatio()));
        assertThat(t.step(0).narration().args()).containsExactly("20,000", h2.insertMs(), "20", "H2");
        // a query's time is revealed when the replay reaches it, not before
        assertThat(t.step(2).state().reached(Query.BY_A)).isTrue();
        assertThat(t.step(2).state().reached(Query.BY_B)).isFalse();
        assertThat(t.step(1).state().reached(Query.BY_A)).isFalse();
        assertThat(t.last().state().reached(Query.ALL_COLUMNS)).isTrue();
    }

    @Test
    void onAServerTheClosingStepQuotesItsExplainAndAnUnexpectedPlanIsToldAsItIs() {
        ServerInfo maria = new ServerInfo("MariaDB", "11.4.3-MariaDB", true);
        List<Timing> ts = List.of(
                new Timing(Query.BY_A, 100, 20, "EXPLAIN: type: ref, key: idx_pairs_ab, rows: 20"),
                new Timing(Query.BY_B, 900, 20, "EXPLAIN: type: index, key: idx_pairs_ab, rows: 20000"),
                new Timing(Query.COVERING, 40, 20, "EXPLAIN: type: ref, key: idx_pairs_ab, rows: 20, Extra: Using index"),
                new Timing(Query.ALL_COLUMNS, 100, 20, "EXPLAIN: type: ALL, key: NULL, rows: 20000"));
        CompositeResult r = new CompositeResult(20_000, 3, 5, 5, ts, maria);
        Trace<CompositeFrame> t = CompositeTrace.of(r);
        assertThat(t.step(3).narration()).isEqualTo(Narration.of("database.narr.composite.sought", Query.BY_B.sql(), "900"));
        assertThat(t.step(4).narration().key()).isEqualTo("database.narr.composite.coveringSaid");
        assertThat(t.step(5).narration()).isEqualTo(Narration.of("database.narr.composite.scanned", Query.ALL_COLUMNS.sql(),
                "20,000", "100"));
        assertThat(t.last().narration()).isEqualTo(Narration.of("database.narr.composite.plannersServer",
                "MariaDB 11.4.3-MariaDB", "ref", "index", Narration.of("database.narr.composite.saysIndexOnly")));
        assertThat(r.prefixRatio()).isEqualTo(9.0);
        assertThat(r.coveringRatio()).isEqualTo(2.5);
        assertThat(t.step(7).narration().key()).isEqualTo("database.narr.composite.coveringRatio");
        // a covering query that was not clearly faster is not told as a gain
        List<Timing> even = List.of(ts.get(0), ts.get(1), new Timing(Query.COVERING, 90, 20, ts.get(2).plan()), ts.get(3));
        CompositeResult flat = new CompositeResult(20_000, 3, 5, 5, even, maria);
        assertThat(flat.coveringRatio()).isEqualTo(1.1);
        assertThat(CompositeTrace.of(flat).step(7).narration().key()).isEqualTo("database.narr.composite.coveringNoGain");
        assertThat(r.toJson()).containsKeys("rows", "build_ms", "queries", "prefix_ratio", "covering_ratio", "server");
    }

    @Test
    void refusesSizesOutsideItsRange() {
        try (Db db = Db.inMemory()) {
            assertThatThrownBy(() -> new CompositeExperiment(db).run(999, 3, RunControl.NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
            assertThatThrownBy(() -> new CompositeExperiment(db).run(1_000, 0, RunControl.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
