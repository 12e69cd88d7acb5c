package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.player.Step;
import glassbox.testing.PseudoCode;
import org.junit.jupiter.api.Test;

/** Every pseudo-code text has the lines {@link CodeLines} names, in both languages; replays light only those. */
class CodeLinesTest {
    @Test
    void everyCodeTextHasItsNamedLines() {
        PseudoCode.assertHasLines(IndexTrace.CODE, CodeLines.Index.HIGHEST);
        PseudoCode.assertHasLines("database.code.none", CodeLines.ReadThenWrite.HIGHEST);
        PseudoCode.assertHasLines("database.code.pessimistic", CodeLines.ReadThenWrite.HIGHEST);
        PseudoCode.assertHasLines("database.code.optimistic", CodeLines.Optimistic.HIGHEST);
        PseudoCode.assertHasLines("database.code.atomic", CodeLines.Atomic.HIGHEST);
        PseudoCode.assertHasLines(CompositeTrace.CODE, CodeLines.Composite.HIGHEST);
    }

    @Test
    void lockStepsLightLinesWithinTheirStrategysCode() {
        for (LockStrategy s : LockStrategy.values()) {
            int highest = switch (s) {
                case NONE, PESSIMISTIC -> CodeLines.ReadThenWrite.HIGHEST;
                case OPTIMISTIC -> CodeLines.Optimistic.HIGHEST;
                case ATOMIC -> CodeLines.Atomic.HIGHEST;
            };
            for (TxEventKind k : TxEventKind.values()) {
                assertThat(LockTrace.line(s, k)).as("%s %s", s, k).isBetween(0, highest);
            }
        }
    }

    @Test
    void indexStepsLightTypedHighlights() {
        IndexResult r = new IndexExperiment(Db.inMemory()).run(2_000, 3, RunControl.NONE);
        for (Step<IndexFrame> step : IndexTrace.of(r).steps()) {
            assertThat(step.highlights()).allMatch(h -> h instanceof DbHighlight);
            assertThat(step.line()).isBetween(1, CodeLines.Index.HIGHEST);
        }
    }
}
