package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import glassbox.testing.PropertyCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LockExperimentTest {
    static Db db;

    @BeforeAll
    static void open() {
        db = Db.inMemory();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void pessimisticKeepsTheInvariants() {
        safeOnRandomParams(LockStrategy.PESSIMISTIC);
    }

    @Test
    void optimisticKeepsTheInvariants() {
        safeOnRandomParams(LockStrategy.OPTIMISTIC);
    }

    @Test
    void atomicKeepsTheInvariants() {
        safeOnRandomParams(LockStrategy.ATOMIC);
    }

    /** 12 random (stock 0..12, buyers 1..24, threads 1..6, think 0..1 ms) runs, each with its seed. */
    private static void safeOnRandomParams(LockStrategy strategy) {
        PropertyCheck.forAll(12, r -> new LockParams(strategy, PropertyCheck.between(r, 0, 12),
                PropertyCheck.between(r, 1, 24), PropertyCheck.between(r, 1, 6), PropertyCheck.between(r, 0, 1)),
                LockExperimentTest::assertSafe);
    }

    /** The same invariants with fixed seeds: every safe strategy, fresh random numbers each repetition. */
    @RepeatedTest(4)
    void safeStrategiesKeepTheInvariantsRepeatedly(RepetitionInfo info) {
        java.util.Random random = new java.util.Random(42L * info.getCurrentRepetition());
        for (LockStrategy s : LockStrategy.values()) {
            if (s.safe()) {
                assertSafe(new LockParams(s, random.nextInt(13), 1 + random.nextInt(24), 1 + random.nextInt(6), random.nextInt(2)));
            }
        }
    }

    private static void assertSafe(LockParams p) {
        LockResult r = new LockExperiment(db).run(p, RunControl.NONE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.orders()).isEqualTo(Math.min(p.stock(), p.buyers()));
        assertThat(r.stockAfter()).isEqualTo(p.stock() - r.orders());
        assertThat(r.oversold()).isZero();
        assertThat(r.lostUpdates()).isZero();
        assertThat(r.orders() + r.rejected()).isEqualTo(p.buyers());
        assertThat(r.lost()).isEmpty();
        assertThat(r.invariantsHold()).isTrue();
        assertEveryBuyerEndsOnce(r);
    }

    @Test
    void theDefaultRunRacesWithoutLocking() {
        LockResult r = new LockExperiment(db).run(new LockParams(LockStrategy.NONE, 100, 200, 8, 1), RunControl.NONE);
        assertThat(r.lostUpdates()).as("lost updates").isPositive();
        assertThat(r.oversold()).as("oversold").isPositive();
        assertThat(r.orders()).isGreaterThan(100);
        assertThat(r.lost()).as("stale writes found in the log").isNotEmpty();
        assertThat(r.invariantsHold()).isFalse();
        assertThat(r.stockAfter()).as("CHECK (stock >= 0) never fires").isGreaterThanOrEqualTo(0);
        assertEveryBuyerEndsOnce(r);
    }

    @Test
    void optimisticRetriesAreCountedFromTheLog() {
        LockResult r = new LockExperiment(db).run(new LockParams(LockStrategy.OPTIMISTIC, 20, 30, 6, 1), RunControl.NONE);
        long retryEvents = r.events().stream().filter(e -> e.kind() == TxEventKind.RETRY).count();
        assertThat(r.retries()).isEqualTo(retryEvents).isPositive();
    }

    @Test
    void pessimisticBuyersWaitForTheRowLock() {
        LockResult r = new LockExperiment(db).run(new LockParams(LockStrategy.PESSIMISTIC, 20, 20, 4, 2), RunControl.NONE);
        assertThat(r.events()).anyMatch(e -> e.kind() == TxEventKind.LOCK_WAIT);
        assertThat(r.lockWaitMs()).isPositive();
    }

    @Test
    void eventsAreInTimeOrder() {
        LockResult r = new LockExperiment(db).run(new LockParams(LockStrategy.ATOMIC, 5, 10, 3, 0), RunControl.NONE);
        List<Long> times = r.events().stream().map(TxEvent::atUs).toList();
        assertThat(times).isSorted();
    }

    @Test
    void cancelSkipsTheBuyersNotYetStarted() {
        AtomicInteger done = new AtomicInteger();
        RunControl control = new RunControl() {
            @Override
            public boolean cancelled() {
                return done.get() >= 3;
            }

            @Override
            public void progress(Phase phase, long d, long total) {
                done.set((int) d);
            }
        };
        assertThatThrownBy(() -> new LockExperiment(db).run(new LockParams(LockStrategy.ATOMIC, 50, 200, 1, 1), control))
                .isInstanceOf(Cancelled.class);
        // the database is still usable
        LockResult after = new LockExperiment(db).run(new LockParams(LockStrategy.ATOMIC, 2, 3, 1, 0), RunControl.NONE);
        assertThat(after.invariantsHold()).isTrue();
    }

    @Test
    void paramsAreChecked() {
        assertThatThrownBy(() -> new LockParams(LockStrategy.NONE, 1, 1, 0, 0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> new LockParams(LockStrategy.NONE, -1, 1, 1, 0)).hasMessageContaining("stock");
        assertThatThrownBy(() -> new LockParams(null, 1, 1, 1, 0)).hasMessageContaining("strategy");
        assertThat(LockStrategy.parse(" Pessimistic ")).contains(LockStrategy.PESSIMISTIC);
        assertThat(LockStrategy.parse("greedy")).isEmpty();
    }

    static void assertEveryBuyerEndsOnce(LockResult r) {
        Map<Integer, Long> ends = r.events().stream()
                .filter(e -> e.kind() == TxEventKind.COMMIT || e.kind() == TxEventKind.REJECT || e.kind() == TxEventKind.FAIL)
                .collect(Collectors.groupingBy(TxEvent::buyer, Collectors.counting()));
        assertThat(ends).hasSize(r.params().buyers());
        assertThat(ends.values()).containsOnly(1L);
    }
}
