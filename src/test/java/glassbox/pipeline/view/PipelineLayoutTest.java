package glassbox.pipeline.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import glassbox.testing.TestContexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11: at 1024×768 in the projector theme (en and zh_CN) and at 1280×720 light and dark, no
 * label or button in the tab is cut to "…" and none lies outside the window; the journey drawing
 * shows every middleware name whole. The same holds for each tab under the drawing and for the
 * custom-middleware editor.
 */
class PipelineLayoutTest {
    @ParameterizedTest
    @CsvSource({
        "en, projector, 1024, 768, 21",
        "zh_CN, projector, 1024, 768, 21",
        "en, light, 1280, 720, 14",
        "en, dark, 1280, 720, 14",
        "zh_CN, light, 1280, 720, 14",
    })
    void nothingIsCutOrOffScreen(String lang, String theme, int w, int h, int fontPx) throws Exception {
        FxRobot robot = new FxRobot();
        Shown shown = show(robot, lang, theme, w, h, fontPx);
        robot.interact(() -> shown.view.player().last());
        WaitForAsyncUtils.waitForFxEvents();
        assertClean(robot, shown, lang + " " + theme + " " + w + "x" + h);
        assertThat(shown.view.controller().fit().scale()).as("the drawing is readable").isGreaterThan(0.5);
        robot.interact(() -> shown.stage.close());
    }

    /**
     * Every tab under the drawing (response, SQL, notes, …) and the custom-middleware editor, each
     * with the pane under the drawing as tall as a user would drag it: nothing cut, nothing off screen.
     */
    @ParameterizedTest
    @CsvSource({
        "en, projector, 1024, 768, 21",
        "zh_CN, projector, 1024, 768, 21",
        "en, light, 1280, 720, 14",
    })
    void everyDetailTabAndTheEditorFit(String lang, String theme, int w, int h, int fontPx) throws Exception {
        FxRobot robot = new FxRobot();
        Shown shown = show(robot, lang, theme, w, h, fontPx);
        PipelineController c = shown.view.controller();
        robot.interact(() -> {
            shown.view.player().last();
            c.stage().setDividerPositions(0.15);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Tab> tabs = c.details().root().getTabs();
        assertThat(tabs).hasSize(6);
        for (javafx.scene.control.Tab t : tabs) {
            robot.interact(() -> c.details().root().getSelectionModel().select(t));
            WaitForAsyncUtils.waitForFxEvents();
            assertClean(robot, shown, lang + " " + theme + " " + w + "x" + h + " tab " + t.getId());
        }
        robot.interact(() -> c.details().root().getSelectionModel().select(0));
        robot.clickOn("#pipeline-add-custom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pipeline-custom-editor").query().isVisible()).isTrue();
        assertClean(robot, shown, lang + " " + theme + " " + w + "x" + h + " custom editor");
        robot.interact(() -> shown.stage.close());
    }

    private record Shown(PipelineView view, Stage stage) {
    }

    private static Shown show(FxRobot robot, String lang, String theme, int w, int h, int fontPx) throws Exception {
        FxToolkit.registerPrimaryStage();
        Stage[] stage = new Stage[1];
        PipelineView[] view = new PipelineView[1];
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(theme.equals("dark")
                    ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS()
                    : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
            view[0] = new PipelineView(TestContexts.of(Messages.parse(lang)), Runnable::run);
            view[0].player().animationsProperty().set(false);
            Parent root = (Parent) view[0].root();
            javafx.scene.layout.StackPane window = new javafx.scene.layout.StackPane(root);
            window.getStyleClass().add("theme-" + theme);
            window.setStyle("-fx-font-size: " + fontPx + "px;");
            Scene scene = new Scene(window, w, h);
            for (String css : new String[] {"/glassbox/app/glassbox.css", "/glassbox/app/theme-" + theme + ".css",
                "/glassbox/pipeline/pipeline.css"}) {
                scene.getStylesheets().add(PipelineLayoutTest.class.getResource(css).toExternalForm());
            }
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new Shown(view[0], stage[0]);
    }

    private static void assertClean(FxRobot robot, Shown shown, String what) {
        List<String> cut = new ArrayList<>();
        List<String> off = new ArrayList<>();
        Scene scene = shown.stage.getScene();
        int w = (int) scene.getWidth();
        int h = (int) scene.getHeight();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            walk(scene.getRoot(), cut, off, w, h);
        });
        assertThat(cut).as("labels cut to … (%s)", what).isEmpty();
        assertThat(off).as("controls off screen (%s)", what).isEmpty();
    }

    private static void walk(Node n, List<String> cut, List<String> off, int w, int h) {
        if (!n.isVisible() || n.getScene() == null) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && insideViewport(l)) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && c.getStyleClass().contains("text") && !t.getText().equals(l.getText())) {
                    cut.add(l.getClass().getSimpleName() + " \"" + l.getText() + "\" shows \"" + t.getText() + "\"");
                }
            }
            Bounds b = seen(l);
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > w + 1 || b.getMaxY() > h + 1)) {
                off.add(l.getClass().getSimpleName() + " \"" + l.getText() + "\" at " + b);
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, cut, off, w, h);
            }
        }
    }

    /**
     * Labels in a scroll pane's content, a list's cells, a tooltip or a closed tab may be out of
     * view by design (they scroll); only what is laid out to be seen counts.
     */
    private static boolean insideViewport(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("tab-header-area")) {
                return true;
            }
            if ((p instanceof javafx.scene.control.ScrollPane || p instanceof javafx.scene.control.skin.VirtualFlow<?>)
                    && !insideClip(n, p)) {
                return false;
            }
        }
        return true;
    }

    /** The part of {@code n} its scroll panes let be seen (a lit line half scrolled in counts by its visible half). */
    private static Bounds seen(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                Bounds v = p.localToScene(p.getBoundsInLocal());
                double minX = Math.max(b.getMinX(), v.getMinX());
                double minY = Math.max(b.getMinY(), v.getMinY());
                double maxX = Math.min(b.getMaxX(), v.getMaxX());
                double maxY = Math.min(b.getMaxY(), v.getMaxY());
                b = new javafx.geometry.BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
            }
        }
        return b;
    }

    private static boolean insideClip(Node n, Node viewport) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
        return v.intersects(b);
    }
}
