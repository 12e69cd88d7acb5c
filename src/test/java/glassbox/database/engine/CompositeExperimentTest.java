package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The leftmost-prefix rule and the covering query on H2, read from H2's own plans. */
class CompositeExperimentTest {
    @Test
    void aUsesTheCompositeIndexBScansAndTheCoveringQueryReadsOnlyTheIndex() {
        try (Db db = Db.inMemory()) {
            List<CompositeExperiment.Timing> t = new CompositeExperiment(db).run(20_000, 3, RunControl.NONE);
            CompositeExperiment.Timing byA = t.get(CompositeExperiment.Query.BY_A.ordinal());
            CompositeExperiment.Timing byB = t.get(CompositeExperiment.Query.BY_B.ordinal());
            CompositeExperiment.Timing cover = t.get(CompositeExperiment.Query.COVERING.ordinal());
            assertThat(byA.usesIndex()).as(byA.plan()).isTrue();
            assertThat(byA.rowsPerQuery()).isEqualTo(20);
            assertThat(byB.plan()).as("WHERE b = ? cannot seek in (a, b)").contains("tableScan");
            assertThat(byB.rowsPerQuery()).isEqualTo(20);
            assertThat(cover.usesIndex()).isTrue();
            assertThat(cover.rowsPerQuery()).isEqualTo(20);
        }
    }
}
