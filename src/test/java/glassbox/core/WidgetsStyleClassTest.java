package glassbox.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

/** Style classes change only when they differ: each change restyles the node and all it holds. */
class WidgetsStyleClassTest {
    private static final List<String> FAMILY = List.of("hook-idle", "hook-pass", "current");

    @Test
    void aClassAlreadyRightIsNotTouched() {
        Rectangle n = new Rectangle();
        n.getStyleClass().addAll("chip", "hook-pass");
        int[] changes = {0};
        n.getStyleClass().addListener((ListChangeListener<String>) c -> changes[0]++);
        Widgets.styleClass(n, "hook-pass", true);
        Widgets.styleClass(n, "current", false);
        Widgets.styleClasses(n, FAMILY, "hook-pass", null);
        assertEquals(0, changes[0]);
        assertEquals(List.of("chip", "hook-pass"), n.getStyleClass());
    }

    @Test
    void theFamilyEndsWithExactlyTheWantedClassesAndOthersStay() {
        Rectangle n = new Rectangle();
        n.getStyleClass().addAll("chip", "hook-idle");
        Widgets.styleClasses(n, FAMILY, "hook-pass", "current");
        assertEquals(List.of("chip", "hook-pass", "current"), n.getStyleClass());
        Widgets.styleClasses(n, FAMILY, "hook-idle");
        assertEquals(List.of("chip", "hook-idle"), n.getStyleClass());
        Widgets.styleClass(n, "chip", false);
        assertEquals(List.of("hook-idle"), n.getStyleClass());
    }
}
