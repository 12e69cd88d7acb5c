package glassbox.python.view;

import glassbox.python.PythonTopic;
import static org.assertj.core.api.Assertions.assertThat;

import glassbox.python.engine.CopyState;
import glassbox.python.engine.Preset;
import glassbox.testing.TestContexts;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CopyViewTest {
    CopyView view;

    @Start
    void start(Stage stage) {
        view = (CopyView) new PythonTopic().create(TestContexts.english());
        view.player().animationsProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    private void forward(FxRobot robot, int n) {
        for (int i = 0; i < n; i++) {
            robot.clickOn("#player-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typeARunAndStepToSeeTheSharedMarkers(FxRobot robot) {
        robot.interact(() -> view.editor().area().clear());
        robot.clickOn("#copy-editor").write("import copy\na = [[1], [2]]\nb = copy.copy(a)\nb[0].append(3)\n");
        assertThat(view.model().staleProperty().get()).isTrue();
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().staleProperty().get()).isFalse();
        forward(robot, 2);
        assertThat(view.graph().sharedMarked()).isEmpty();
        forward(robot, 1);
        CopyState s = (CopyState) view.player().getStep().state();
        assertThat(view.graph().sharedMarked()).hasSize(2).containsExactlyInAnyOrderElementsOf(s.shared());
        assertThat(view.graph().objectNode(s.shared().get(0)).getStyleClass()).contains("shared");
        assertThat(view.editor().lineStyle(3)).contains("current-line");
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).startsWith("Line 3: copy.copy made a new outer list");
        forward(robot, 1);
        assertThat(view.editor().lineStyle(4)).contains("current-line");
        assertThat(view.editor().lineStyle(3)).doesNotContain("current-line");
        // the drawing keeps every object where it was
        GraphLayout.Box before = view.graph().layoutModel().box(s.shared().get(0));
        assertThat(view.graph().objectNode(s.shared().get(0)).getLayoutX()).isEqualTo(before.x());
    }

    @Test
    void aScriptOutsideTheSubsetShowsAMessageAndKeepsTheTrace(FxRobot robot) {
        var traceBefore = view.player().getTrace();
        robot.interact(() -> view.model().scriptProperty().set("x = [1]\nfor i in x:\n    print(i)\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#copy-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Line 2: outside the supported Python subset: for loops. Nothing ran.");
        assertThat(view.player().getTrace()).isSameAs(traceBefore);
    }

    @Test
    void aRuntimeErrorIsShownUnderTheOutputAndMarksTheLine(FxRobot robot) {
        robot.interact(() -> view.model().scriptProperty().set("a = [1]\nprint(a)\nb = a[5]\n"));
        robot.clickOn("#copy-run");
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#copy-output").queryAs(TextArea.class).getText()).isEqualTo("[1]");
        assertThat(robot.lookup("#copy-error").queryAs(Label.class).getText())
                .isEqualTo("IndexError: list index out of range (line 3)");
        assertThat(view.editor().lineStyle(3)).contains("error-line");
    }

    @Test
    void deepcopyIsSteppedIntoWithTheMemoTable(FxRobot robot) {
        robot.interact(() -> view.model().loadPreset(Preset.DEEPCOPY));
        WaitForAsyncUtils.waitForFxEvents();
        forward(robot, 4);
        CopyState s = (CopyState) view.player().getStep().state();
        assertThat(s.deepcopy()).isNotNull();
        assertThat(view.memo().isVisible()).isTrue();
        assertThat(view.memo().rows()).isEqualTo(s.deepcopy().memo().size()).isPositive();
        assertThat(view.graph().objectNode(s.deepcopy().source()).getStyleClass()).contains("deep-source");
        robot.clickOn("#copy-step-into");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.player().getTrace().size()).isEqualTo(Preset.DEEPCOPY.script(Locale.ENGLISH).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count() + 1);
    }

    @Test
    void ctrlEnterRunsAndAnimatedStepsDrawNewAndGoneObjects(FxRobot robot) {
        robot.interact(() -> view.model().scriptProperty().set("a = [[1]]\nb = a[0]\na = [2]\n"));
        assertThat(view.model().staleProperty().get()).isTrue();
        robot.interact(() -> view.handleShortcut(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", javafx.scene.input.KeyCode.ENTER, false, true, false, false)));
        assertThat(view.model().staleProperty().get()).isFalse();
        robot.interact(() -> view.player().animationsProperty().set(true));
        forward(robot, 3);
        CopyState s = (CopyState) view.player().getStep().state();
        assertThat(view.graph().drawnObjects()).containsExactlyInAnyOrderElementsOf(
                s.heap().stream().map(CopyState.HeapObject::id).toList());
        assertThat(s.variable("a").ghost()).startsWith("list ");
    }

    @Test
    void sideBySideStepsCopyAndDeepcopyTogether(FxRobot robot) {
        robot.clickOn("#copy-side-by-side");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.shallowGraph().isVisible()).isTrue();
        assertThat(view.graph().isVisible()).isFalse();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.shallowGraph().sharedMarked()).isNotEmpty();
        assertThat(view.deepGraph().sharedMarked()).isEmpty();
        assertThat(view.shallowGraph().drawnObjects()).isNotEmpty();
    }
}
