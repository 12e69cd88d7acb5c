package glassbox.python.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The graph's scroll to what a step is about: as little as needed, never past either end. */
@ExtendWith(ApplicationExtension.class) // GraphPane is a control: its class needs the toolkit
class GraphFollowTest {
    // a drawing 1000 wide seen through a view 400 wide: 600 of scroll room
    private static double scrolled(double value, double from, double to) {
        return GraphPane.scrolled(value, from, to, 400, 1000);
    }

    @Test
    void whatIsInViewDoesNotMoveTheView() {
        assertThat(scrolled(0.5, 350, 650)).isEqualTo(0.5); // view 300..700
    }

    @Test
    void somethingToTheRightIsBroughtJustIntoViewWithAMargin() {
        double v = scrolled(0, 700, 800);
        double start = v * 600;
        assertThat(start + 400).isGreaterThanOrEqualTo(800);
        assertThat(start).isLessThanOrEqualTo(700);
        assertThat(start + 400 - 800).as("margin after it").isBetween(0.0, 24.0 + 1e-9);
    }

    @Test
    void somethingToTheLeftIsBroughtIntoViewAndAWiderSpanShowsItsStart() {
        assertThat(scrolled(1, 100, 200) * 600).isBetween(76.0 - 1e-9, 100.0);
        assertThat(scrolled(0.5, 50, 900) * 600).as("wider than the view: its start").isBetween(26.0 - 1e-9, 50.0);
    }

    @Test
    void neverPastEitherEndAndNothingToDoWhenTheDrawingFits() {
        assertThat(scrolled(0.5, 0, 10)).isZero();
        assertThat(scrolled(0, 990, 1000)).isEqualTo(1);
        assertThat(GraphPane.scrolled(0.3, 500, 600, 1000, 800)).isEqualTo(0.3);
    }
}
