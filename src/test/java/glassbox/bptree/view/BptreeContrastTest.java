package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.testing.Contrast;
import glassbox.testing.TestContexts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A found key (and a lit one) stays readable in every theme: text on its cell at least 4.5:1. */
@ExtendWith(ApplicationExtension.class)
class BptreeContrastTest {
    BptreeView view;
    Scene scene;

    @Start
    void start(Stage stage) {
        view = new BptreeView(TestContexts.english(), new LinkedHashMap<>(), new Random(1));
        view.model().player().animationsProperty().set(false);
        view.model().autoPlayProperty().set(false);
        scene = new Scene((Parent) view.root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "projector"})
    void aFoundKeyIsReadable(String theme, FxRobot robot) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(css("/glassbox/app/glassbox.css"), css("/glassbox/app/theme-" + theme + ".css"),
                    css("/glassbox/bptree/bptree.css"));
            scene.getRoot().getStyleClass().add("theme-" + theme);
            view.open(Map.of("order", "4", "keys", "1..12"));
            view.model().search("7");
            view.player().last();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle cell = robot.lookup(".bp-key-found").queryAs(Rectangle.class);
        Text key = robot.from(cell.getParent()).lookup((Text t) -> t.getText().equals("7")).query();
        double ratio = Contrast.ratio((Color) cell.getFill(), (Color) key.getFill());
        assertThat(ratio).as("found key in %s: %s on %s", theme, key.getFill(), cell.getFill()).isGreaterThanOrEqualTo(4.5);
    }

    /** At 1280×720 the projector theme (text × 1.5) shows the same tree larger, not smaller. */
    @org.junit.jupiter.api.Test
    void theProjectorThemeScalesTheTreeUp(FxRobot robot) {
        double light = zoomWith(robot, "light", 13);
        double projector = zoomWith(robot, "projector", 19.5);
        assertThat(projector).isGreaterThan(light * 1.15);
    }

    private double zoomWith(FxRobot robot, String theme, double fontPx) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(css("/glassbox/app/glassbox.css"), css("/glassbox/app/theme-" + theme + ".css"),
                    css("/glassbox/bptree/bptree.css"));
            scene.getRoot().setStyle("-fx-font-size: " + fontPx + "px;");
            view.open(Map.of("order", "4", "keys", "1..6"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.drawing().requestLayout());
        WaitForAsyncUtils.waitForFxEvents();
        return view.drawing().zoomProperty().get();
    }

    private static String css(String path) {
        return BptreeContrastTest.class.getResource(path).toExternalForm();
    }
}
