package glassbox.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.collections.ListChangeListener;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

/**
 * Style classes and children change only where they differ: each change restyles the node (and a
 * child put back into the scene is styled from scratch).
 */
class WidgetsTest {
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

    @Test
    void syncingChildrenKeepsTheNodesStillDrawnAndOnlyMovesOrAddsTheRest() {
        Pane pane = new Pane();
        Rectangle a = new Rectangle();
        Rectangle b = new Rectangle();
        Rectangle c = new Rectangle();
        Rectangle d = new Rectangle();
        pane.getChildren().addAll(a, b, c);
        List<Node> left = new ArrayList<>();
        List<Node> entered = new ArrayList<>();
        for (Rectangle r : List.of(a, b, c, d)) {
            r.parentProperty().addListener((o, was, now) -> (now == null ? left : entered).add(r));
        }
        Widgets.syncChildren(pane.getChildren(), List.of(a, c, d));
        assertEquals(List.of(a, c, d), pane.getChildren());
        assertEquals(List.of(b), left);
        assertEquals(List.of(d), entered);
        Widgets.syncChildren(pane.getChildren(), List.of(d, a, c));
        assertEquals(List.of(d, a, c), pane.getChildren());
        Widgets.syncChildren(pane.getChildren(), List.of());
        assertEquals(List.of(), pane.getChildren());
    }
}
