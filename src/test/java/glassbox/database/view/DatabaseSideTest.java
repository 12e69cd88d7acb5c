package glassbox.database.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.database.DatabaseTopic;
import glassbox.player.view.CodePane;
import glassbox.testing.TestContexts;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024×768 in the projector theme (text × 1.5) the side column still shows a useful part of
 * the SQL pseudo-code under a long narration, not two or three wrapped lines.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseSideTest {
    DatabaseView view;
    final glassbox.store.Store store = glassbox.store.Store.inMemory();

    @Start
    void start(Stage stage) {
        view = (DatabaseView) new DatabaseTopic().create(TestContexts.withStore(java.util.Locale.ENGLISH, store));
        view.player().animationsProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1024, 768);
        scene.getStylesheets().setAll(css("/glassbox/app/glassbox.css"), css("/glassbox/app/theme-projector.css"),
                css("/glassbox/database/database.css"));
        scene.getRoot().getStyleClass().add("theme-projector");
        scene.getRoot().setStyle("-fx-font-size: 19.5px;");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void thePseudoCodeGetsAFairShareOfTheSide(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Region side = robot.lookup(".player-side").queryAs(Region.class);
        CodePane code = robot.lookup(".code-pane").queryAs(CodePane.class);
        Label narration = robot.lookup("#narration").queryAs(Label.class);
        assertThat(code.isVisible()).as("pseudo-code shown on the first step").isTrue();
        assertThat(narration.getText()).as("a narration long enough to fill its box").hasSizeGreaterThan(150);
        double sideH = side.getHeight();
        Bounds view = code.getViewportBounds();
        assertThat(view.getHeight()).as("code viewport %s of a side %s high", view, sideH)
                .isGreaterThanOrEqualTo(0.4 * sideH);
        Label first = (Label) robot.from(code).lookup(".code-line").query();
        // at least six lines of code are seen at once
        assertThat(view.getHeight()).isGreaterThanOrEqualTo(6 * first.getFont().getSize() * 1.3);
        assertThat(side.getWidth()).as("side width at 1024").isGreaterThanOrEqualTo(0.3 * 1024);
    }

    private static String css(String path) {
        return DatabaseSideTest.class.getResource(path).toExternalForm();
    }
}
