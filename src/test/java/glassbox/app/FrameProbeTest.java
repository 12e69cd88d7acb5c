package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameProbeTest {
    private static final long MS = 1_000_000L;

    @Test
    void theSummaryGivesPercentilesAndCountsTheFramesOverTwentyMilliseconds() {
        long[] intervals = new long[100];
        Arrays.fill(intervals, 16 * MS + 700_000L);
        intervals[10] = 17 * MS + 200_000L; // the pulse clock's own jitter: not late
        intervals[20] = 21 * MS;
        intervals[30] = 45 * MS;
        assertThat(FrameProbe.summary(intervals))
                .isEqualTo("{\"frames\": 100, \"p50_ms\": 16.70, \"p99_ms\": 21.00, \"over_20ms\": 2}");
    }

    @Test
    void noFramesGivesZeros() {
        assertThat(FrameProbe.summary(new long[0]))
                .isEqualTo("{\"frames\": 0, \"p50_ms\": 0.00, \"p99_ms\": 0.00, \"over_20ms\": 0}");
    }
}
