package glassbox.threads.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BurstParserTest {
    @Test
    void parsesItemsAndNestedRepetition() {
        List<Burst> b = BurstParser.parse("T", " cpu:1.5 , 2*( io:1, 2*(cpu:0.1) ), io:3");
        assertThat(b).hasSize(1 + 2 * 3 + 1);
        assertThat(b.get(0)).isEqualTo(Burst.cpu(1_500_000));
        assertThat(b.get(1)).isEqualTo(Burst.io(1_000_000));
        assertThat(b.get(2)).isEqualTo(Burst.cpu(100_000));
        assertThat(b.get(7)).isEqualTo(Burst.io(3_000_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cpu", "cpu:", "cpu:x", "gpu:5", "cpu:1,", "3(cpu:1)", "3*(cpu:1", "cpu:1)"})
    void rejectsMalformedBursts(String text) {
        assertThatThrownBy(() -> BurstParser.parse("T", text)).isInstanceOf(WorkloadException.class)
                .hasMessageContaining("T:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu:0", "io:-1", "cpu:0.0", "2*(io:0)"})
    void rejectsZeroOrNegativeDurations(String text) {
        assertThatThrownBy(() -> BurstParser.parse("T", text)).isInstanceOf(WorkloadException.class)
                .extracting(e -> ((WorkloadException) e).problem()).isEqualTo(WorkloadException.Problem.DURATION);
    }

    @Test
    void rejectsZeroRepeatAndHugeExpansion() {
        assertThatThrownBy(() -> BurstParser.parse("T", "0*(cpu:1)"))
                .extracting(e -> ((WorkloadException) e).problem()).isEqualTo(WorkloadException.Problem.REPEAT);
        assertThatThrownBy(() -> BurstParser.parse("T", "1000000*(1000000*(cpu:1))"))
                .extracting(e -> ((WorkloadException) e).problem()).isEqualTo(WorkloadException.Problem.TOO_BIG);
    }

    @Test
    void threadArgumentsNeedANameAndUniqueNames() {
        assertThatThrownBy(() -> ThreadSpec.parse("cpu:5")).isInstanceOf(WorkloadException.class);
        assertThatThrownBy(() -> ThreadSpec.parse("=cpu:5")).isInstanceOf(WorkloadException.class);
        assertThatThrownBy(() -> Workload.of("A=cpu:1", "A=cpu:2"))
                .extracting(e -> ((WorkloadException) e).problem()).isEqualTo(WorkloadException.Problem.DUPLICATE);
        assertThatThrownBy(() -> Workload.parse(List.of()))
                .extracting(e -> ((WorkloadException) e).problem()).isEqualTo(WorkloadException.Problem.NO_THREADS);
    }
}
