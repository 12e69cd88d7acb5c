package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Progress;
import org.junit.jupiter.api.Test;

/** The race on real Java threads: a plain counter may lose updates; atomic and locked ones never do. */
class LiveRefcountTest {
    @Test
    void plainMayLoseUpdatesAtomicAndLockNever() {
        LiveRefcount.Result r = LiveRefcount.run(2, 200_000, Progress.NONE);
        assertThat(r.plain().expected()).isEqualTo(400_000);
        assertThat(r.plain().lost()).isBetween(0L, 399_999L);
        assertThat(r.atomic().lost()).isZero();
        assertThat(r.locked().lost()).isZero();
        assertThat(r.atomic().actual()).isEqualTo(400_000);
    }
}
