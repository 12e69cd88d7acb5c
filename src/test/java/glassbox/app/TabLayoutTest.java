package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.BackgroundWork;
import glassbox.core.Messages;
import glassbox.core.Topic;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every real tab, in its default scene, at the sizes a lecture needs: no cut text, no overlapping
 * text, no control off the window (the same walk as {@code --layout-report}).
 * Every tab must pass.
 */
@Tag("layout")
class TabLayoutTest {
    @ParameterizedTest
    @CsvSource({"1024, 768, projector, en", "1024, 768, projector, zh_CN", "1280, 720, light, en", "1280, 720, dark, en"})
    void everyTabFitsTheWindow(double width, double height, String theme, String lang) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Settings settings = Settings.inMemory();
        settings.put("theme", theme);
        settings.put("width", width);
        settings.put("height", height);
        Stage stage = FxToolkit.setupStage(s -> { });
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings, BackgroundWork.sameThread(), Messages.parse(lang), Topics.all());
            window[0].show("welcome");
        });
        Map<String, LayoutProbe.Report> reports = new LinkedHashMap<>();
        for (Topic t : Topics.all()) {
            robot.interact(() -> window[0].select(t.id()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> reports.put(t.id(), LayoutProbe.probe(stage.getScene().getRoot(),
                    stage.getScene().getWidth(), stage.getScene().getHeight())));
        }
        robot.interact(() -> window[0].disposeViews());
        reports.forEach((tab, r) -> assertThat(r.clean())
                .as("%s at %sx%s %s %s: %s", tab, width, height, theme, lang, r).isTrue());
    }
}
