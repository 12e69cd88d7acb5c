package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of each policy on small cases worked out by hand. */
class GilRulesTest {
    private static Schedule run(SimSettings s, String... threads) {
        return Simulator.run(Workload.of(threads), s);
    }

    private static List<String> events(Schedule s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.log().size(); i++) {
            out.add(s.log().time(i) / 1_000_000.0 + " " + s.workload().names().get(s.log().thread(i)) + " "
                    + s.log().type(i).id());
        }
        return out;
    }

    @Test
    void threeThreadsRoundRobinLongestWaiterFirst() {
        Schedule s = run(SimSettings.of(Policy.GIL), "A=cpu:10", "B=cpu:10", "C=cpu:10");
        // A 0-5, B 5-10, C 10-15 (waiting since 0), A 15-20, B 20-25, C 25-30
        assertThat(s.stats("A").endMs()).isEqualTo(20.0);
        assertThat(s.stats("B").endMs()).isEqualTo(25.0);
        assertThat(s.stats("C").endMs()).isEqualTo(30.0);
        assertThat(s.handoffs()).isEqualTo(5);
    }

    @Test
    void ioReleasesAtOnceAndTheWaiterTakesItAtOnce() {
        Schedule s = run(SimSettings.of(Policy.GIL), "A=cpu:2,io:10", "B=cpu:3");
        assertThat(events(s)).startsWith("0.0 A acquire", "0.0 B wait", "2.0 A release", "2.0 A io_start",
                "2.0 B acquire");
        assertThat(s.stats("B").endMs()).isEqualTo(5.0);
        assertThat(s.wallMs()).isEqualTo(12.0);
    }

    @Test
    void waitCountRestartsAtEveryHandoff() {
        // B waits from 0; A goes to io at 3 and B takes it; A's io ends at 4, so A waits from 4:
        // its drop request comes at 9, not at 8 (3 + 5).
        Schedule s = run(SimSettings.of(Policy.GIL), "A=cpu:3,io:1,cpu:1", "B=cpu:20");
        assertThat(events(s)).contains("9.0 A drop_request", "9.0 B release", "9.0 A acquire");
    }

    @Test
    void handoffRestartsTheOtherWaitersCount() {
        // C waits from 0 but B set the request at 5; after that hand-off C's count restarts: 10.
        Schedule s = run(SimSettings.of(Policy.GIL), "A=cpu:20", "B=cpu:20", "C=cpu:20");
        assertThat(events(s)).contains("10.0 C drop_request");
    }

    @Test
    void ioEndingWhenTheLockIsFreeTakesItWithoutWaiting() {
        Schedule s = run(SimSettings.of(Policy.GIL), "A=io:1,cpu:1", "B=io:1,cpu:1");
        assertThat(events(s)).containsSequence("1.0 A io_end", "1.0 B io_end", "1.0 A acquire", "1.0 B wait");
        assertThat(s.wallMs()).isEqualTo(3.0);
    }

    @Test
    void geventRunsATaskUntilItStartsIo() {
        Schedule s = run(SimSettings.of(Policy.GEVENT), "A=cpu:10,io:5,cpu:1", "B=cpu:3");
        assertThat(s.stats("B").endMs()).isEqualTo(13.0);
        assertThat(s.stats("A").endMs()).isEqualTo(16.0);
        assertThat(s.log().size()).isPositive();
    }

    @Test
    void yieldSwitchesEveryIntervalAndChargesTheSwitchCost() {
        Schedule s = run(new SimSettings(Policy.YIELD, 5_000_000, 1, 100_000), "A=cpu:10", "B=cpu:10");
        // A 0-5, switch 0.1, B 5.1-10.1, switch, A 10.2-15.2, ends; switch; B 15.3-20.3
        assertThat(s.handoffs()).isEqualTo(3);
        assertThat(s.stats("A").endMs()).isEqualTo(15.2);
        assertThat(s.wallMs()).isEqualTo(20.3);
    }

    @Test
    void yieldIoBlocksTheWholeThread() {
        Schedule s = run(new SimSettings(Policy.YIELD, 5_000_000, 1, 0), "A=io:10", "B=io:10");
        assertThat(s.wallMs()).isEqualTo(20.0);
        Schedule g = run(SimSettings.of(Policy.GEVENT), "A=io:10", "B=io:10");
        assertThat(g.wallMs()).isEqualTo(10.0);
    }

    @Test
    void nogilWithMoreThreadsThanCoresQueuesForACore() {
        Schedule s = run(new SimSettings(Policy.NOGIL, 5_000_000, 2, 0), "A=cpu:100", "B=cpu:100", "C=cpu:100");
        assertThat(s.stats("C").waitMs()).isEqualTo(100.0);
        assertThat(s.wallMs()).isEqualTo(200.0);
    }

    @Test
    void tinyDurationsDoNotDrift() {
        Schedule s = run(SimSettings.of(Policy.NOGIL), "A=10000*(cpu:0.1)");
        assertThat(s.wall()).isEqualTo(1_000_000_000L);
        assertThat(s.wallMs()).isEqualTo(1000.0);
    }
}
