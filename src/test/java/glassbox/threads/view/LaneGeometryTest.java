package glassbox.threads.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.threads.engine.Lanes;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.ThreadState;
import glassbox.threads.engine.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Level of detail: shapes per lane stay bounded by pixels, wide intervals stay exact. */
class LaneGeometryTest {
    @Test
    void wideIntervalsAreDrawnExactly() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:100", "T2=cpu:100"), SimSettings.of(Policy.GIL));
        Lanes.Lane lane = s.lanes().lane(0);
        List<LaneGeometry.Run> runs = LaneGeometry.runs(lane, 0, 200_000_000, 0, 400, 4);
        assertThat(runs.get(0)).isEqualTo(new LaneGeometry.Run(0, 10, ThreadState.RUNNING.ordinal()));
        assertThat(runs.get(1)).isEqualTo(new LaneGeometry.Run(10, 20, ThreadState.WAITING.ordinal()));
        assertThat(runs).hasSize(40);
    }

    @Test
    void aMillionEventsBecomeAtMostAFewRunsPerPixel() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:12500", "T2=cpu:12500"),
                new SimSettings(Policy.GIL, 100_000, 2, 0));
        assertThat(s.log().size()).isGreaterThanOrEqualTo(999_999);
        int width = 1000;
        List<LaneGeometry.Run> runs = LaneGeometry.runs(s.lanes().lane(0), 0, s.wall(), 0, width, 4);
        assertThat(runs.size()).isLessThanOrEqualTo(2 * width);
        assertThat(runs).allMatch(r -> r.x0() >= 0 && r.x1() <= width && r.offset() + r.share() <= 1.0 + 1e-9);
        double running = runs.stream().filter(r -> r.code() == ThreadState.RUNNING.ordinal())
                .mapToDouble(r -> r.width() * r.share()).sum();
        double covered = runs.stream().mapToDouble(r -> r.width() * r.share()).sum();
        assertThat(covered).isCloseTo(width, org.assertj.core.data.Offset.offset(5.0));
        assertThat(running).as("T1 runs half the time").isBetween(0.3 * width, 0.7 * width);
        assertThat(s.lanes().lane(0).timeBefore(ThreadState.RUNNING.ordinal(), s.wall()))
                .isEqualTo(12_500_000_000L);
        // zoomed in on 1 ms, the intervals are wide again and exact
        List<LaneGeometry.Run> zoomed = LaneGeometry.runs(s.lanes().lane(0), 0, 1_000_000, 0, width, 4);
        assertThat(zoomed).hasSize(10);
    }

    @Test
    void niceAxisSteps() {
        assertThat(TimelineView.niceStep(3_000_000)).isEqualTo(5_000_000);
        assertThat(TimelineView.niceStep(1_000_000)).isEqualTo(1_000_000);
        assertThat(TimelineView.ms(6_100_000)).isEqualTo("6.1");
        assertThat(TimelineView.ms(123_456_789)).isEqualTo("123.457");
    }

    @Test
    void timeWindowZoomsAroundTheAnchorAndStaysInside() {
        TimeWindow w = new TimeWindow();
        w.fit(200_000);
        w.zoom(2, 50_000);
        assertThat(w.start()).isEqualTo(25_000.0);
        assertThat(w.end()).isEqualTo(125_000.0);
        w.pan(1_000_000);
        assertThat(w.end()).isEqualTo(200_000.0);
        assertThat(w.span()).isEqualTo(100_000.0);
        w.zoom(0.01, 0);
        assertThat(w.start()).isZero();
        assertThat(w.end()).isEqualTo(200_000.0);
        w.zoom(1e9, 0);
        assertThat(w.span()).isEqualTo(TimeWindow.MIN_SPAN);
    }
}
