package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import glassbox.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

class BTreeMathTest {
    @Test
    void heights() {
        assertThat(BTreeMath.height(1, 48)).isEqualTo(1);
        assertThat(BTreeMath.height(48, 48)).isEqualTo(1);
        assertThat(BTreeMath.height(49, 48)).isEqualTo(2);
        assertThat(BTreeMath.height(1_000_000, 48)).isEqualTo(4);
        assertThat(BTreeMath.height(10_000_000, 48)).isEqualTo(5);
        assertThat(BTreeMath.height(30, 5)).isEqualTo(3);
        assertThat(BTreeMath.leafPages(1_000_000, 48)).isEqualTo(20_834);
    }

    @Test
    void smallIndexKeysArePermutations() {
        PropertyCheck.forAll(1000, r -> PropertyCheck.between(r, 1, 200), count -> {
            List<Long> keys = BTreeMath.smallIndexKeys(count);
            assertThat(keys).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        });
    }

    @Test
    void smallIndexKeysAreNotSorted() {
        List<Long> keys = BTreeMath.smallIndexKeys(30);
        assertThat(keys).isNotEqualTo(keys.stream().sorted().toList());
    }
}
