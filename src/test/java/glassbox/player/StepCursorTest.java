package glassbox.player;

import glassbox.core.Narration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import glassbox.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class StepCursorTest {
    @Test
    void movesClampToTheTrace() {
        StepCursor c = new StepCursor(3);
        assertThat(c.back()).isFalse();
        assertThat(c.forward()).isTrue();
        assertThat(c.counter()).isEqualTo("2 / 3");
        assertThat(c.last()).isTrue();
        assertThat(c.forward()).isFalse();
        assertThat(c.atEnd()).isTrue();
        assertThat(c.seek(-5)).isTrue();
        assertThat(c.index()).isZero();
    }

    @Test
    void speedsStepThroughTheLadderAndStayInRange() {
        assertThat(StepCursor.faster(1.0)).isEqualTo(1.5);
        assertThat(StepCursor.faster(4.0)).isEqualTo(4.0);
        assertThat(StepCursor.slower(1.0)).isEqualTo(0.75);
        assertThat(StepCursor.slower(0.25)).isEqualTo(0.25);
        assertThat(StepCursor.clampSpeed(10)).isEqualTo(4.0);
        assertThat(StepCursor.clampSpeed(Double.NaN)).isEqualTo(1.0);
    }

    @Test
    void aTraceIsNeverEmptyAndCannotBeChanged() {
        assertThatThrownBy(() -> new Trace<String>(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        record Lit(String id) implements Highlight {
        }
        Trace<String> t = Trace.<String>builder("k").add("s", Narration.of("n"), 1, Set.of(new Lit("a"))).build();
        assertThatThrownBy(() -> t.steps().add(t.step(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t.last().highlights()).isEqualTo(Set.of(new Lit("a")));
    }

    @Test
    void anySequenceOfMovesStaysInsideTheTrace() {
        PropertyCheck.forAllWith(1000, r -> PropertyCheck.between(r, 1, 50),
                r -> PropertyCheck.listOf(r, 0, 60, g -> PropertyCheck.between(g, 0, 5)),
                StepCursorTest::movesStayInside);
    }

    static void movesStayInside(int size, List<Integer> moves) {
        StepCursor c = new StepCursor(size);
        int expected = 0;
        for (int m : moves) {
            switch (m) {
                case 0 -> { c.forward(); expected = Math.min(size - 1, expected + 1); }
                case 1 -> { c.back(); expected = Math.max(0, expected - 1); }
                case 2 -> { c.first(); expected = 0; }
                case 3 -> { c.last(); expected = size - 1; }
                case 4 -> { c.seek(expected + 7); expected = Math.min(size - 1, expected + 7); }
                default -> { c.seek(expected - 3); expected = Math.max(0, expected - 3); }
            }
            assertThat(c.index()).isEqualTo(expected);
            assertThat(c.counter()).isEqualTo((expected + 1) + " / " + size);
        }
    }
}
