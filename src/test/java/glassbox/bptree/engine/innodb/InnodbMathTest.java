package glassbox.bptree.engine.innodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The worked figures: ⌊16384/14⌋ = 1170 pointers, 16 rows of 1 KiB per leaf, 1170² × 16 ≈ 21.9 M rows. */
class InnodbMathTest {
    @Test
    void theClassicFigure() {
        InnodbMath m = InnodbMath.classic();
        assertThat(m.internalFanout()).isEqualTo(1170);
        assertThat(m.rowsPerLeaf()).isEqualTo(16);
        assertThat(m.capacity(1)).isEqualTo(16);
        assertThat(m.capacity(2)).isEqualTo(18_720);
        assertThat(m.capacity(3)).isEqualTo(21_902_400);
        assertThat(m.heightFor(21_902_400)).isEqualTo(3);
        assertThat(m.heightFor(21_902_401)).isEqualTo(4);
        assertThat(m.heightFor(0)).isEqualTo(1);
        assertThat(m.capacities(3)).containsExactly(16L, 18_720L, 21_902_400L);
    }

    @Test
    void overheadAndFillShrinkThePage() {
        InnodbMath m = new InnodbMath(16384, 8, 6, 1024, 200, 15 / 16.0);
        assertThat(m.internalFanout()).isEqualTo((long) Math.floor(16184 * 15 / 16.0 / 14));
        assertThat(m.rowsPerLeaf()).isEqualTo(14);
    }

    @Test
    void capacitySaturatesInsteadOfOverflowing() {
        InnodbMath m = new InnodbMath(16384, 1, 1, 1, 0, 1.0);
        assertThat(m.capacity(10)).isEqualTo(Long.MAX_VALUE);
        assertThat(m.heightFor(InnodbMath.MAX_ROWS)).isEqualTo(4);
    }

    @Test
    void badKnobsAreNamed() {
        assertThatThrownBy(() -> new InnodbMath(0, 8, 6, 1024, 0, 1)).hasMessageContaining("page-bytes");
        assertThatThrownBy(() -> new InnodbMath(16384, 8, 6, 1024, 0, 0)).hasMessageContaining("fill");
        assertThatThrownBy(() -> new InnodbMath(16384, 8, 6, 1024, 0, Double.NaN)).hasMessageContaining("fill");
        assertThatThrownBy(() -> new InnodbMath(16384, 8, 6, 17000, 0, 1)).hasMessageContaining("row");
        assertThatThrownBy(() -> new InnodbMath(16384, 9000, 6, 100, 0, 1)).hasMessageContaining("branch");
    }
}
