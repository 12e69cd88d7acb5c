package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.BackgroundWork;
import glassbox.core.Messages;
import glassbox.core.Topic;
import glassbox.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Every tab must pass, also with a lesson open: its title bar over the tabs and the long status
 * line it leaves ("Lesson … opened … PageDown …" beside the run history's file).
 */
@Tag("layout")
class TabLayoutTest {
    @ParameterizedTest
    @CsvSource({"1024, 768, projector, en", "1024, 768, projector, zh_CN", "1280, 720, light, en", "1280, 720, dark, en"})
    void everyTabFitsTheWindow(double width, double height, String theme, String lang) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Stage stage = FxToolkit.setupStage(s -> { });
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings(width, height, theme), BackgroundWork.sameThread(),
                    Messages.parse(lang), Topics.all());
            window[0].show("welcome");
        });
        Map<String, LayoutProbe.Report> reports = probeEveryTab(robot, window[0], stage);
        robot.interact(() -> window[0].disposeViews());
        reports.forEach((tab, r) -> assertThat(r.clean())
                .as("%s at %sx%s %s %s: %s", tab, width, height, theme, lang, r).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"1024, 768, projector, en", "1024, 768, projector, zh_CN", "1280, 720, light, en"})
    void everyTabFitsTheWindowWithALessonOpen(double width, double height, String theme, String lang) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Settings settings = settings(width, height, theme);
        Path dir = Files.createTempDirectory("glassbox-a-long-folder-name-for-the-run-history-of-a-lecture");
        Store store = Store.open(dir);
        Stage stage = FxToolkit.setupStage(s -> { });
        MainWindow[] window = new MainWindow[1];
        boolean[] opened = new boolean[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings, BackgroundWork.sameThread(), Messages.parse(lang), Topics.all());
            window[0].show("welcome");
            window[0].storeOpened(store);
            // the longest titles of the shipped lessons (lesson title — scene title)
            opened[0] = LessonActions.openFile(window[0], Path.of("assets/lessons/pipeline.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened[0]).as("lesson opened").isTrue();
        Map<String, LayoutProbe.Report> reports;
        try {
            reports = probeEveryTab(robot, window[0], stage);
            robot.interact(() -> {
                assertThat(robot.lookup(".lesson-bar").query().isVisible()).as("lesson bar shown").isTrue();
                assertThat(robot.lookup(".status-message").queryLabeled().getText()).as("status line")
                        .contains("PageDown");
            });
        } finally {
            robot.interact(() -> window[0].disposeViews());
            store.close();
        }
        reports.forEach((tab, r) -> assertThat(r.clean())
                .as("%s at %sx%s %s %s with a lesson open: %s", tab, width, height, theme, lang, r).isTrue());
    }

    /** F5 folds every tab's toolbar (the "topic-controls" of each tab) with the rest of the editing chrome. */
    @org.junit.jupiter.api.Test
    void presenterViewFoldsEveryTabsToolbar() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Stage stage = FxToolkit.setupStage(s -> { });
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(stage, settings(1024, 768, "projector"), BackgroundWork.sameThread(),
                    Messages.parse("en"), Topics.all());
            window[0].show("welcome");
        });
        java.util.List<String> shown = new java.util.ArrayList<>();
        try {
            for (Topic t : Topics.all()) {
                robot.interact(() -> {
                    window[0].select(t.id());
                    window[0].lecture().setPresenting(true);
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    for (javafx.scene.Node n : stage.getScene().getRoot().lookupAll(".topic-controls")) {
                        if (onScreen(n)) {
                            shown.add(t.id() + ": " + n.getStyleClass());
                        }
                    }
                    window[0].lecture().setPresenting(false);
                });
            }
        } finally {
            robot.interact(() -> window[0].disposeViews());
        }
        assertThat(shown).as("toolbars still shown in presenter view").isEmpty();
    }

    /** Shown: it and every parent visible and in a scene. */
    private static boolean onScreen(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static Settings settings(double width, double height, String theme) {
        Settings settings = Settings.inMemory();
        settings.put("theme", theme);
        settings.put("width", width);
        settings.put("height", height);
        return settings;
    }

    /** Selects every tab in turn and probes the whole window with it showing. */
    private static Map<String, LayoutProbe.Report> probeEveryTab(FxRobot robot, MainWindow window, Stage stage) {
        Map<String, LayoutProbe.Report> reports = new LinkedHashMap<>();
        for (Topic t : Topics.all()) {
            robot.interact(() -> window.select(t.id()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> reports.put(t.id(), LayoutProbe.probe(stage.getScene().getRoot(),
                    stage.getScene().getWidth(), stage.getScene().getHeight())));
        }
        return reports;
    }
}
