package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.BackgroundWork;
import glassbox.core.Messages;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the whole window at 1280×720 with the B+Tree lesson open and presenter view on (F5, how a
 * lecture is shown: toolbars, menus and status line folded away), the projector theme draws the
 * tree's key cells larger than the light theme does. (Outside presenter view the projector's taller
 * toolbars, lesson bar and status line leave the drawing too little height for that at 1280×720.)
 */
class TreeScaleInWindowTest {
    @Test
    void inPresenterViewTheProjectorTreeIsLarger() throws Exception {
        double light = keyCellWidth("light");
        double projector = keyCellWidth("projector");
        assertThat(projector).as("key cell on screen: light %.1f px, projector %.1f px", light, projector)
                .isGreaterThan(light * 1.15);
    }

    private static double keyCellWidth(String theme) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Settings settings = Settings.inMemory();
        settings.put("theme", theme);
        settings.put("width", 1280.0);
        settings.put("height", 720.0);
        Stage stage = FxToolkit.setupStage(s -> { });
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings, BackgroundWork.sameThread(), Messages.parse("en"), Topics.all());
            window[0].show("welcome");
            LessonActions.openFile(window[0], Path.of("assets/lessons/bptree.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window[0].lecture().setPresenting(true);
            window[0].activePlayer().last();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] w = new double[1];
        try {
            robot.interact(() -> {
                Node cell = robot.from(stage.getScene().getRoot()).lookup(".bp-cell").query();
                w[0] = cell.localToScene(cell.getBoundsInLocal()).getWidth();
            });
        } finally {
            robot.interact(() -> window[0].disposeViews());
        }
        return w[0];
    }
}
