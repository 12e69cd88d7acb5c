package glassbox.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The property runner itself: it finds failures, names the seed, shrinks, and replays. */
class PropertyCheckTest {
    @Test
    void aFailingListPropertyIsShrunkToTheElementThatBreaksIt() {
        assertThatThrownBy(() -> PropertyCheck.forAllLists(200,
                r -> PropertyCheck.listOf(r, 5, 30, g -> PropertyCheck.between(g, 0, 9)),
                l -> assertThat(l).doesNotContain(7)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("with seed ")
                .hasMessageContaining("smallest failing case [7]");
    }

    @Test
    void shrinkKeepsTheParameterAndDropsWhatDoesNotMatter() {
        List<Integer> smallest = PropertyCheck.shrink(List.of(1, 4, 2, 9, 3, 9, 5),
                l -> assertThat(l.stream().filter(x -> x == 9).count()).isLessThan(2));
        assertThat(smallest).containsExactly(9, 9);
    }

    @Test
    void theSeedInTheReportReplaysTheSameCase() {
        List<List<Integer>> seen = new ArrayList<>();
        String message = null;
        try {
            PropertyCheck.forAll(500, r -> PropertyCheck.listOf(r, 1, 4, g -> g.nextInt(1000)), l -> {
                seen.add(l);
                assertThat(l.get(0)).isLessThan(500); // fails within a few tries: (1/2)^500 to pass them all
            });
        } catch (AssertionError e) {
            message = e.getMessage();
        }
        assertThat(message).as("500 tries find a first element ≥ 500").isNotNull();
        long seed = Long.parseLong(message.replaceAll("(?s).*with seed (-?\\d+).*", "$1"));
        List<Integer> failing = seen.get(seen.size() - 1);
        Random replay = new Random(seed);
        assertThat(PropertyCheck.listOf(replay, 1, 4, g -> g.nextInt(1000))).isEqualTo(failing);
    }

    @Test
    void differentTriesGetDifferentCases() {
        List<Integer> firsts = new ArrayList<>();
        PropertyCheck.forAll(50, r -> r.nextInt(), firsts::add);
        assertThat(firsts.stream().distinct().count()).isGreaterThan(45);
    }
}
