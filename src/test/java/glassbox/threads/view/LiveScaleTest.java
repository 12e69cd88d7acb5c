package glassbox.threads.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live tracks' time scale is never shown as ×0 (issue 15: cpu:99999999 drew "run at ×0 time"). */
class LiveScaleTest {
    @Test
    void tinyScalesKeepTwoSignificantDigits() {
        // a 1.5 s live budget for 2 × 99,999,999 ms of simulated wall time
        assertThat(ThreadsViewModel.scale(1.5e9 / (2 * 99_999_999e6))).isEqualTo("0.0000075");
        assertThat(ThreadsViewModel.scale(1.0)).isEqualTo("1");
        assertThat(ThreadsViewModel.scale(0.25)).isEqualTo("0.25");
    }
}
