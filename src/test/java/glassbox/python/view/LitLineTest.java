package glassbox.python.view;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import glassbox.python.PythonTopic;
import glassbox.testing.Contrast;
import glassbox.testing.TestContexts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.SelectionPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's lit line is a band behind the code the whole width of the editor, and every token
 * on it stays readable in every theme (plain text at least 4.5:1, coloured tokens at least 2.5:1,
 * about what the light theme's pink built-ins have on white).
 */
@ExtendWith(ApplicationExtension.class)
class LitLineTest {
    private static final String LINE = "x = print(len([1]), 'a') if True else None  # note";
    PythonView view;
    Scene scene;

    @Start
    void start(Stage stage) {
        view = (PythonView) new PythonTopic().create(TestContexts.english());
        view.player().animationsProperty().set(false);
        scene = new Scene((Parent) view.root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark", "projector"})
    void theLitLineIsAFullWidthBandEveryTokenReadableOn(String theme, FxRobot robot) {
        robot.interact(() -> {
            String base = theme.equals("dark") ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet();
            scene.getStylesheets().setAll(base, css("/glassbox/app/glassbox.css"),
                    css("/glassbox/app/theme-" + theme + ".css"), css("/glassbox/python/python.css"));
            scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("theme-"));
            scene.getRoot().getStyleClass().add("theme-" + theme);
            view.editor().setText("y = 1\n" + LINE + "\n");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.editor().light(2, 2, false)); // after the tab has taken in the new text
        WaitForAsyncUtils.waitForFxEvents();
        SelectionPath band = robot.lookup(".current-line-band").<SelectionPath>queryAll().stream()
                .filter(p -> !p.getElements().isEmpty()).findFirst().orElseThrow();
        double areaWidth = view.editor().area().getWidth();
        assertThat(band.getBoundsInParent().getWidth()).as("band width in an editor %s wide", areaWidth)
                .isGreaterThan(0.8 * areaWidth);
        Color fill = (Color) band.getHighlightFill();
        List<String> weak = new ArrayList<>();
        int tokens = 0;
        for (Node n : band.getParent().getChildrenUnmodifiable()) {
            if (n instanceof Text t && !t.getText().isBlank()) {
                tokens++;
                double ratio = Contrast.ratio(fill, (Color) t.getFill());
                boolean plain = t.getStyleClass().stream().noneMatch(c -> c.startsWith("py-"));
                if (ratio < (plain ? 4.5 : 2.5)) {
                    weak.add(String.format("'%s' %s %.2f:1", t.getText(), t.getFill(), ratio));
                }
            }
        }
        assertThat(tokens).as("text nodes on the lit line").isGreaterThanOrEqualTo(6);
        assertThat(weak).as("tokens on the %s band %s", theme, fill).isEmpty();
    }

    private static String css(String path) {
        return LitLineTest.class.getResource(path).toExternalForm();
    }
}
