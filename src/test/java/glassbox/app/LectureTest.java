package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import glassbox.core.BackgroundWork;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lecture mode in the real window with two fake topics: keys, presenter view, lessons, questions. */
@ExtendWith(ApplicationExtension.class)
class LectureTest {
    private MainWindow window;
    private SceneTopic alpha;
    private SceneTopic beta;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("glassbox-lecture");
        // The last session left beta with 4 steps and alpha with a scene it now refuses.
        Files.writeString(dir.resolve(SceneMemory.FILE_NAME), "{\"alpha\": {\"bogus\": 1}, \"beta\": {\"steps\": 4}}");
        alpha = new SceneTopic("alpha");
        beta = new SceneTopic("beta");
        window = new MainWindow(stage, Settings.load(dir), BackgroundWork.sameThread(), Locale.ENGLISH, List.of(alpha, beta));
        window.show("alpha");
    }

    @Test
    void topicsAreHandedTheDataFolderTheWindowWasOpenedWith() {
        assertThat(alpha.context.dataFolder()).as("what --data-dir named").isEqualTo(dir);
    }

    @Test
    void enterOrEscInAFieldHandsFocusBackSoTheClickerWorks(FxRobot robot) {
        robot.clickOn("#alpha-field").eraseText(3).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alpha.steps).as("Enter committed the field").isEqualTo(7);
        assertThat(focusIsInAField(robot)).isFalse();
        robot.type(KeyCode.PAGE_DOWN, KeyCode.RIGHT);
        assertThat(counter(robot)).isEqualTo("3 / 7");

        robot.clickOn("#alpha-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIsInAField(robot)).isFalse();
        robot.clickOn("#alpha-area").write("x").type(KeyCode.ENTER);
        assertThat(focusIsInAField(robot)).as("Enter is a new line in a multi-line editor").isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIsInAField(robot)).isFalse();
        robot.type(KeyCode.END);
        assertThat(counter(robot)).isEqualTo("7 / 7");
    }

    @Test
    void clickingTheDrawingOrAPlayerButtonTakesFocusFromAField(FxRobot robot) {
        robot.clickOn("#alpha-field");
        robot.clickOn("#alpha-drawing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIsInAField(robot)).isFalse();
        robot.clickOn("#alpha-field");
        robot.clickOn("#player-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusIsInAField(robot)).isFalse();
        robot.type(KeyCode.RIGHT);
        assertThat(counter(robot)).isEqualTo("3 / 5");
    }

    @Test
    void nAndPAndCtrlArrowsJumpBetweenMarkedSteps(FxRobot robot) {
        robot.type(KeyCode.N);
        assertThat(counter(robot)).isEqualTo("3 / 5");
        robot.type(KeyCode.N);
        assertThat(counter(robot)).isEqualTo("5 / 5");
        robot.type(KeyCode.P);
        assertThat(counter(robot)).isEqualTo("3 / 5");
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(counter(robot)).isEqualTo("5 / 5");
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(counter(robot)).isEqualTo("3 / 5");
    }

    @Test
    void bBlanksTheScreenAndEscOrBBringsItBack(FxRobot robot) {
        Node blank = robot.lookup(".blank-overlay").query();
        robot.type(KeyCode.B);
        assertThat(blank.isVisible()).isTrue();
        robot.type(KeyCode.B);
        assertThat(blank.isVisible()).isFalse();
        robot.type(KeyCode.B, KeyCode.ESCAPE);
        assertThat(blank.isVisible()).isFalse();
    }

    @Test
    void f5FoldsTheEditingChromeAwayAndEscBringsItBack(FxRobot robot) {
        Node menus = robot.lookup(".menu-bar").query();
        Node toolbar = robot.lookup("#alpha-field").query().getParent();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".glassbox-root").query().getStyleClass()).contains("presenting");
        assertThat(menus.isVisible()).isFalse();
        assertThat(robot.lookup(".status-bar").query().isVisible()).isFalse();
        assertThat(toolbar.isVisible() || toolbar.isManaged()).as("the tab's toolbar is folded").isFalse();
        assertThat(robot.lookup("#narration").query().isVisible()).isTrue();
        assertThat(robot.lookup("#player-counter").query().isVisible()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(counter(robot)).isEqualTo("2 / 5");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menus.isVisible()).isTrue();
        assertThat(toolbar.isVisible() && toolbar.isManaged()).isTrue();
        assertThat(robot.lookup(".glassbox-root").query().getStyleClass()).doesNotContain("presenting");
    }

    @Test
    void ctrlZAndCtrlYCallTheTabsUndoable(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(alpha.undos).isEqualTo(2);
        assertThat(alpha.redos).isEqualTo(1);
        robot.clickOn("#alpha-field").press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(alpha.undos).as("in a field Ctrl+Z is the field's own").isEqualTo(2);
    }

    @Test
    void aLessonStepsThroughEachSceneThenOnToTheNext(FxRobot robot) throws Exception {
        Lesson l = Lesson.parse("""
                {"title": "Two tabs", "scenes": [
                  {"tab": "alpha", "input": {"steps": 2}, "title": "first"},
                  {"tab": "beta", "input": {"steps": 3}}]}""", id -> id.equals("alpha") || id.equals("beta") ? id : null);
        robot.interact(() -> window.lecture().open(l));
        assertThat(lessonPosition(robot)).isEqualTo("scene 1 / 2");
        assertThat(robot.lookup(".lesson-title").queryAs(Label.class).getText()).isEqualTo("Two tabs — first");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(counter(robot)).isEqualTo("2 / 2");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selectedId()).isEqualTo("beta");
        assertThat(beta.steps).isEqualTo(3);
        assertThat(beta.player.getIndex()).isZero();
        assertThat(lessonPosition(robot)).isEqualTo("scene 2 / 2");
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selectedId()).isEqualTo("alpha");
        assertThat(alpha.player.getIndex()).as("back to the previous scene's end").isEqualTo(1);
    }

    @Test
    void aQuestionStopsBeforeItsStepHidesTheOutcomeAndTheNextClickReveals(FxRobot robot) throws Exception {
        Lesson l = Lesson.parse("""
                {"title": "Splits", "scenes": [{"tab": "alpha", "input": {"steps": 6},
                  "questions": [{"event": "split", "occurrence": 2, "text": "Where does it split?",
                                 "choices": ["left", "right"]}]}]}""", id -> id.equals("alpha") ? id : null);
        robot.interact(() -> window.lecture().open(l));
        robot.type(KeyCode.N);
        assertThat(counter(robot)).as("the first split has no question").isEqualTo("3 / 6");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(counter(robot)).isEqualTo("4 / 6");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(counter(robot)).as("stopped before the second split").isEqualTo("4 / 6");
        assertThat(robot.lookup(".question-pane").query().isVisible()).isTrue();
        assertThat(robot.lookup(".question-text").queryAs(Label.class).getText()).isEqualTo("Where does it split?");
        assertThat(robot.lookup(".question-choice").queryAll()).hasSize(2);
        assertThat(alpha.outcomeHidden).isTrue();
        robot.clickOn("#player-forward");
        assertThat(counter(robot)).as("the forward button reveals").isEqualTo("5 / 6");
        assertThat(robot.lookup(".question-pane").query().isVisible()).isFalse();
        assertThat(alpha.outcomeHidden).isFalse();
        robot.type(KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);
        assertThat(counter(robot)).as("asked once per trace").isEqualTo("5 / 6");
    }

    @Test
    void predictAsksWhatHappensNextBeforeEveryMarkedStep(FxRobot robot) {
        robot.type(KeyCode.Q, KeyCode.RIGHT);
        assertThat(counter(robot)).isEqualTo("2 / 5");
        robot.type(KeyCode.RIGHT);
        assertThat(counter(robot)).isEqualTo("2 / 5");
        assertThat(robot.lookup(".question-text").queryAs(Label.class).getText()).isEqualTo("What happens next?");
        robot.type(KeyCode.RIGHT);
        assertThat(counter(robot)).isEqualTo("3 / 5");
        robot.type(KeyCode.N);
        assertThat(counter(robot)).as("N stops before the next marked step too").isEqualTo("4 / 5");
        robot.clickOn("#revealButton");
        assertThat(counter(robot)).isEqualTo("5 / 5");
    }

    @Test
    void aBadLessonNamesTheSceneAndTheFieldAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> window.select("alpha"));
        Lesson refused = Lesson.parse("""
                {"title": "t", "scenes": [{"tab": "alpha", "input": {"steps": 3}},
                                          {"tab": "beta", "input": {"steps": "abc"}}]}""", id -> id);
        assertThatThrownBy(() -> LessonActions.check(window, refused))
                .isInstanceOf(LessonProblem.class)
                .hasMessage("scene 2, input.steps: must be a whole number 2..50");
        assertThat(alpha.steps).as("the open tab is untouched").isEqualTo(5);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"title\": \"t\", \"scenes\": [{\"tab\": \"gamma\", \"input\": {}}]}");
        assertThatThrownBy(() -> LessonActions.read(window, file)).hasMessage("scene 1, tab: unknown tab \"gamma\"");
        assertThat(window.lecture().lesson()).isNull();
    }

    @Test
    void tabsComeBackWithTheirLastSceneAndARefusedOneIsOnlyReported(FxRobot robot) throws Exception {
        assertThat(alpha.steps).isEqualTo(5);
        assertThat(robot.lookup(".status-message").queryAs(Label.class).getText())
                .contains("could not restore its last input").contains("bogus");
        robot.interact(() -> window.select("beta"));
        assertThat(beta.steps).isEqualTo(4);
        robot.interact(() -> {
            window.select("alpha");
            try {
                window.view("alpha").applyScene(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("steps", 9));
            } catch (glassbox.core.SceneProblem e) {
                throw new AssertionError(e);
            }
            window.saveSettings();
        });
        String saved = Files.readString(dir.resolve(SceneMemory.FILE_NAME));
        assertThat(glassbox.core.Json.MAPPER.readTree(saved).get("alpha").get("steps").asInt()).isEqualTo(9);
        assertThat(glassbox.core.Json.MAPPER.readTree(saved).get("beta").get("steps").asInt()).isEqualTo(4);
    }

    @Test
    void theExportedFrameCarriesNarrationAndStepInItsName(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Exports.frameName("alpha", alpha.player)).isEqualTo("alpha-step-2.png");
        Path png = dir.resolve("f.png");
        robot.interact(() -> {
            try {
                Exports.writeImage(Exports.frameWithNarration(window, window.selectedView()), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        Node drawing = robot.lookup("#alpha-drawing").query();
        assertThat(img.getHeight()).as("drawing plus a caption under it")
                .isGreaterThan((int) drawing.getLayoutBounds().getHeight() + 10);
    }

    @Test
    void slidesAreTheFirstStepEveryMarkedStepAndTheLast(FxRobot robot) {
        assertThat(LectureStart.slideSteps(alpha.player)).containsExactly(0, 2, 4);
        robot.interact(() -> alpha.player.load(SceneTopic.trace(8)));
        assertThat(LectureStart.slideSteps(alpha.player)).containsExactly(0, 2, 4, 7);
    }

    @Test
    void aRunFromTheHistoryReplaysInItsTabAndCanBeDeletedAndExported(FxRobot robot) throws Exception {
        glassbox.store.Store store = glassbox.store.Store.inMemory();
        store.saveRun("beta", "{\"steps\": 3}", "{\"wall_ms\": 12.5, \"label\": \"x\", \"switches\": 4}");
        store.saveRun("alpha", "{\"order\": 4}", "not json");
        List<glassbox.store.Run> runs = store.runs(null, 10);
        robot.interact(() -> RunHistoryDialog.replay(window, runs.get(1)));
        assertThat(window.selectedId()).isEqualTo("beta");
        assertThat(beta.steps).as("the run's parameters rebuilt the tab as a scene").isEqualTo(3);
        robot.interact(() -> RunHistoryDialog.replay(window, runs.get(0)));
        assertThat(window.selectedId()).as("params that are no scene go to open()").isEqualTo("alpha");
        assertThat(RunHistoryDialog.keyFigure(runs.get(1).resultsJson())).isEqualTo("wall_ms 12.5, switches 4");
        assertThat(RunHistoryDialog.summary(runs.get(0).paramsJson())).isEqualTo("order 4");
        com.fasterxml.jackson.databind.JsonNode exported = glassbox.core.Json.MAPPER.readTree(RunHistoryDialog.exportJson(runs));
        assertThat(exported).hasSize(2);
        assertThat(exported.get(1).get("params").get("steps").asInt()).isEqualTo(3);
        assertThat(exported.get(0).get("results").asText()).isEqualTo("not json");
        assertThat(store.deleteRun(runs.get(0).id())).isTrue();
        assertThat(store.runs(null, 10)).extracting(glassbox.store.Run::topic).containsExactly("beta");
    }

    @Test
    void theLessonMenuAddsTheCurrentSceneAndTheEditorReorders(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.lecture().update(new Lesson("Mine", null, List.of()));
            LessonActions.addCurrentScene(window);
            window.select("beta");
            LessonActions.addCurrentScene(window);
        });
        Lesson l = window.lecture().lesson();
        assertThat(l.scenes()).extracting(glassbox.lesson.LessonScene::tab).containsExactly("alpha", "beta");
        assertThat(l.scenes().get(1).input().get("steps").asInt()).isEqualTo(4);
        assertThat(Lesson.parse(l.toJsonText(), id -> id)).isEqualTo(l);
        robot.interact(() -> {
            javafx.scene.control.ListView<glassbox.lesson.LessonScene> list = LessonEditor.list(window, l.scenes());
            list.getSelectionModel().select(1);
            LessonEditor.move(list, -1);
            assertThat(list.getItems()).extracting(glassbox.lesson.LessonScene::tab).containsExactly("beta", "alpha");
            LessonEditor.move(list, -1);
            assertThat(list.getItems()).extracting(glassbox.lesson.LessonScene::tab).containsExactly("beta", "alpha");
        });
    }

    private static boolean focusIsInAField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.targetWindow().getScene().getFocusOwner() instanceof TextInputControl;
    }

    private static String counter(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#player-counter").queryAs(Label.class).getText();
    }

    private static String lessonPosition(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".lesson-position").queryAs(Label.class).getText();
    }
}
