package glassbox.python.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.python.PythonTopic;
import glassbox.testing.TestContexts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The object graph grows with the theme's text size, like the B+Tree drawing: switched from light
 * to projector (text × 1.5) with the tab open, its labels and boxes are drawn larger on screen, and
 * the boxes still hold their labels whole.
 */
@ExtendWith(ApplicationExtension.class)
class GraphScaleTest {
    PythonView view;
    Scene scene;

    @Start
    void start(Stage stage) {
        view = (PythonView) new PythonTopic().create(TestContexts.english());
        view.player().animationsProperty().set(false);
        scene = new Scene((Parent) view.root(), 1024, 768);
        theme("light", 13);
        stage.setScene(scene);
        stage.show();
    }

    /** On-screen width of a list cell and on-screen size of a value's text, at the last step. */
    private record Drawn(double cell, double text, double unit, List<String> cut) {
    }

    @Test
    void theProjectorThemeDrawsTheGraphLarger(FxRobot robot) {
        robot.interact(() -> view.player().last());
        Drawn light = drawn(robot);
        robot.interact(() -> theme("projector", 19.5));
        Drawn projector = drawn(robot);
        assertThat(light.unit()).isEqualTo(1.0);
        assertThat(projector.unit()).as("laid out again at the projector's scale").isEqualTo(1.5);
        assertThat(projector.text()).as("value text on screen: light %s, projector %s", light, projector)
                .isGreaterThan(light.text() * 1.15);
        assertThat(projector.cell()).as("cell width on screen: light %s, projector %s", light, projector)
                .isGreaterThan(light.cell() * 1.15);
        assertThat(light.cut()).isEmpty();
        assertThat(projector.cut()).as("values cut short in their cells").isEmpty();
    }

    private Drawn drawn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Drawn[] out = new Drawn[1];
        robot.interact(() -> {
            GraphPane g = view.graph();
            Region cell = robot.from(g).lookup(".copy-cell").queryAs(Region.class);
            Label prim = robot.from(g).lookup(".copy-prim-int").queryAs(Label.class);
            double scale = cell.localToScene(cell.getLayoutBounds()).getWidth() / cell.getWidth();
            List<String> cut = new ArrayList<>();
            for (Node n : robot.from(g).lookup(".copy-prim").queryAll()) {
                Label l = (Label) n;
                if (!l.isVisible()) {
                    continue;
                }
                for (Node c : l.getChildrenUnmodifiable()) {
                    if (c instanceof Text t && !t.getText().equals(l.getText())) {
                        cut.add(l.getText() + " shown as " + t.getText());
                    }
                }
            }
            out[0] = new Drawn(cell.localToScene(cell.getLayoutBounds()).getWidth(), prim.getFont().getSize() * scale,
                    g.layoutModel().unit, cut);
        });
        return out[0];
    }

    private void theme(String name, double px) {
        scene.getStylesheets().setAll(css("/glassbox/app/glassbox.css"), css("/glassbox/app/theme-" + name + ".css"),
                css("/glassbox/python/python.css"));
        scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("theme-"));
        scene.getRoot().getStyleClass().add("theme-" + name);
        scene.getRoot().setStyle("-fx-font-size: " + px + "px;");
    }

    private static String css(String path) {
        return GraphScaleTest.class.getResource(path).toExternalForm();
    }
}
