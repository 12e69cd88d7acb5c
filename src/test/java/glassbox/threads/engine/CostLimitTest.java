package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Workloads too big to simulate are refused before running, naming the limit. */
class CostLimitTest {
    @Test
    void aTrillionMillisecondsOfCpuIsRefused() {
        Workload w = Workload.of("T1=cpu:1000000000000", "T2=cpu:1");
        assertThatThrownBy(() -> Simulator.run(w, SimSettings.of(Policy.GIL)))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("1000000000 ms (the limit)");
    }

    @Test
    void aNanosecondIntervalIsRefusedByItsEventCount() {
        Workload w = Workload.of("T1=cpu:100", "T2=cpu:100");
        SimSettings s = SimSettings.parse(Policy.GIL, "0.000001", 2, "0");
        assertThat(Simulator.estimateEvents(w, s)).isGreaterThan(Simulator.MAX_EVENTS);
        assertThatThrownBy(() -> Simulator.run(w, s)).hasMessageContaining("limit of 8000000");
    }

    @Test
    void eightThreadsOfAMillionRepetitionsAreRefusedWhileParsing() {
        assertThatThrownBy(() -> Workload.parse(Collections.nCopies(8, "T=1000000*(io:1,cpu:0.1)").stream()
                .map(new java.util.function.Function<String, String>() {
                    int i;

                    @Override
                    public String apply(String s) {
                        return s.replace("T=", "T" + i++ + "=");
                    }
                }).toList()))
                .isInstanceOf(WorkloadException.class).hasMessageContaining("more than 4000000 after expanding repetitions (the limit for all threads together)");
    }

    @Test
    void theEstimateBoundsTheRealEventCount() {
        for (Preset p : Preset.values()) {
            Schedule s = Simulator.run(p.workload(), p.settings());
            assertThat(Simulator.estimateEvents(p.workload(), p.settings())).as(p.name())
                    .isGreaterThanOrEqualTo(s.log().size());
        }
        Workload convoy = Preset.CONVOY.workload();
        SimSettings fine = SimSettings.parse(Policy.GIL, "0.1", 2, "0");
        assertThat(Simulator.estimateEvents(convoy, fine)).isGreaterThanOrEqualTo(Simulator.run(convoy, fine).log().size());
    }
}
