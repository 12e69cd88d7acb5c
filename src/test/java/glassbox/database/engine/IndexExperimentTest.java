package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndexExperimentTest {
    Db db;
    IndexExperiment experiment;

    @BeforeEach
    void open() {
        db = Db.inMemory();
        experiment = new IndexExperiment(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void buildsMeasuresAndExplains() {
        IndexResult r = experiment.run(20_000, 3, RunControl.NONE);
        assertThat(experiment.tableRows()).isEqualTo(20_000);
        assertThat(db.hasTable(IndexExperiment.STAGING)).isFalse();
        assertThat(r.queries()).extracting(QueryTiming::kind).containsExactly(QueryKind.values());
        for (QueryTiming q : r.queries()) {
            assertThat(q.indexedPlan()).as(q.kind() + " indexed plan").contains(IndexExperiment.INDEX);
            assertThat(q.scanPlan()).as(q.kind() + " scan plan").contains("tableScan").doesNotContain(IndexExperiment.INDEX);
            assertThat(q.indexUsed()).isTrue();
            assertThat(q.scanUsed()).isTrue();
            assertThat(q.indexedUs()).isPositive();
            assertThat(q.scanUs()).isPositive();
        }
        assertThat(r.timing(QueryKind.POINT).rowsPerQuery()).isEqualTo(1);
        assertThat(r.timing(QueryKind.RANGE).rowsPerQuery()).isEqualTo(IndexExperiment.RANGE_WIDTH);
        assertThat(r.timing(QueryKind.ORDER).rowsPerQuery()).isEqualTo(IndexExperiment.ORDER_LIMIT);
        assertThat(r.timing(QueryKind.ORDER).indexedPlan()).contains("index sorted");
        assertThat(r.toJson()).containsKeys("rows", "build_ms", "point", "range", "plans");
    }

    @Test
    void aCancelledBuildLeavesNoHalfBuiltTableAndKeepsThePreviousOne() {
        experiment.build(5_000, RunControl.NONE);
        RunControl cancelAfterFirstChunk = new RunControl() {
            boolean chunkDone;

            @Override
            public boolean cancelled() {
                return chunkDone;
            }

            @Override
            public void progress(Phase phase, long done, long total) {
                chunkDone |= phase == Phase.ROWS;
            }
        };
        assertThatThrownBy(() -> experiment.build(300_000, cancelAfterFirstChunk)).isInstanceOf(Cancelled.class);
        assertThat(db.hasTable(IndexExperiment.STAGING)).as("staging table dropped").isFalse();
        assertThat(experiment.tableRows()).as("previous table kept").isEqualTo(5_000);
        // and the next build works
        experiment.build(2_000, RunControl.NONE);
        assertThat(experiment.tableRows()).isEqualTo(2_000);
    }

    @Test
    void aCancelledFirstBuildLeavesNoTableAtAll() {
        RunControl cancelled = new RunControl() {
            @Override
            public boolean cancelled() {
                return true;
            }

            @Override
            public void progress(Phase phase, long done, long total) {
            }
        };
        assertThatThrownBy(() -> experiment.build(100_000, cancelled)).isInstanceOf(Cancelled.class);
        assertThat(db.hasTable(IndexExperiment.STAGING)).isFalse();
        assertThat(experiment.tableRows()).isEqualTo(-1);
    }

    @Test
    void rowsAreChecked() {
        assertThatThrownBy(() -> experiment.build(0, RunControl.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> experiment.build(10_000_001, RunControl.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleRowTableStillMeasures() {
        IndexResult r = experiment.run(1, 2, RunControl.NONE);
        assertThat(r.timing(QueryKind.POINT).rowsPerQuery()).isEqualTo(1);
    }

    @Test
    void everyRepetitionUsesADifferentExistingKey() {
        IndexExperiment.KeySequence keys = new IndexExperiment.KeySequence(1_000, 1, 0);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            long k = keys.next();
            assertThat(k).isBetween(1L, 1_000L);
            assertThat(seen.add(k)).as("key %d repeated", k).isTrue();
        }
        IndexExperiment.KeySequence ranges = new IndexExperiment.KeySequence(1_000, 100, 1);
        for (int i = 0; i < 200; i++) {
            assertThat(ranges.next()).isBetween(1L, 901L);
        }
    }

    @Test
    void medianIsTheMiddle() {
        assertThat(Stats.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
