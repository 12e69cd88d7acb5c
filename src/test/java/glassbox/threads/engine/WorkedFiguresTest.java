package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figures of issue 4, exactly. */
class WorkedFiguresTest {
    private static Schedule run(Policy p, String... threads) {
        return Simulator.run(Workload.of(threads), SimSettings.of(p));
    }

    @Test
    void twoCpuBoundThreadsUnderTheGilTakeAsLongAsSerial() {
        Schedule s = run(Policy.GIL, "T1=cpu:100", "T2=cpu:100");
        assertThat(s.wallMs()).isEqualTo(200.0);
        assertThat(s.handoffs()).isEqualTo(39);
        assertThat(s.stats("T1").endMs()).isEqualTo(195.0);
        assertThat(s.stats("T1").waitMs()).isEqualTo(95.0);
        assertThat(s.stats("T2").endMs()).isEqualTo(200.0);
    }

    @Test
    void freeThreadingOnTwoCoresHalvesIt() {
        Schedule s = Simulator.run(Workload.of("T1=cpu:100", "T2=cpu:100"), new SimSettings(Policy.NOGIL, 5_000_000, 2, 0));
        assertThat(s.wallMs()).isEqualTo(100.0);
        assertThat(s.handoffs()).isZero();
    }

    @Test
    void geventOverlapsIoAndSerialDoesNot() {
        assertThat(run(Policy.GEVENT, "eat=io:2000", "play=io:1000").wallMs()).isEqualTo(2000.0);
        assertThat(run(Policy.SERIAL, "eat=io:2000", "play=io:1000").wallMs()).isEqualTo(3000.0);
    }

    @Test
    void convoyEffect() {
        Schedule gil = run(Policy.GIL, "T1=cpu:1000", "T2=100*(io:1,cpu:0.1)");
        Schedule nogil = run(Policy.NOGIL, "T1=cpu:1000", "T2=100*(io:1,cpu:0.1)");
        assertThat(gil.stats("T2").endMs()).isEqualTo(610.0);
        assertThat(nogil.stats("T2").endMs()).isEqualTo(110.0);
    }

    @Test
    void firstEventsOfTheGilRun() {
        Schedule s = run(Policy.GIL, "T1=cpu:100", "T2=cpu:100");
        EventLog log = s.log();
        assertThat(log.type(0)).isEqualTo(EventType.ACQUIRE);
        assertThat(log.thread(0)).isZero();
        assertThat(log.type(1)).isEqualTo(EventType.WAIT);
        assertThat(log.thread(1)).isEqualTo(1);
        assertThat(log.time(2)).isEqualTo(5_000_000L);
        assertThat(log.type(2)).isEqualTo(EventType.DROP_REQUEST);
        assertThat(log.thread(2)).isEqualTo(1);
        assertThat(log.type(3)).isEqualTo(EventType.RELEASE);
        assertThat(log.type(4)).isEqualTo(EventType.ACQUIRE);
        assertThat(log.thread(4)).isEqualTo(1);
    }
}
