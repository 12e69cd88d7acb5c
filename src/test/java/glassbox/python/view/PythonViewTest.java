package glassbox.python.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.python.PythonTopic;
import glassbox.python.engine.CopyState;
import glassbox.python.engine.Preset;
import glassbox.testing.TestContexts;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
class PythonViewTest {
    PythonView view;

    @Start
    void start(Stage stage) {
        view = (PythonView) new PythonTopic().create(TestContexts.english());
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
    void whatAStepDoesNotChangeStaysTheSameNode(FxRobot robot) {
        robot.interact(() -> view.editor().setText("a = [1]\nb = 2\nb = 3\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        forward(robot, 2);
        Node name = robot.lookup("#copy-var-a").query();
        Node frame = robot.lookup(".copy-frame").query();
        Node b = robot.lookup("#copy-var-b").query();
        assertThat(List.of(name, frame, b)).doesNotContainNull();
        assertThat(robot.lookup(".copy-prim").queryAllAs(Label.class)).extracting(Label::getText).contains("2");
        forward(robot, 1);
        assertThat(robot.lookup("#copy-var-a").<Node>query()).isSameAs(name);
        assertThat(robot.lookup(".copy-frame").<Node>query()).isSameAs(frame);
        assertThat(robot.lookup("#copy-var-b").<Node>query()).isSameAs(b);
        assertThat(robot.lookup(".copy-var-cell.changed").queryAll()).hasSize(1);
        assertThat(robot.lookup(".copy-prim").queryAllAs(Label.class)).extracting(Label::getText).contains("3")
                .doesNotContain("2");
    }

    @Test
    void theGraphScrollsToWhatAStepChangesAndBackHomeAtTheFirstStep(FxRobot robot) {
        // six lists deep: a drawing several times wider than the view, even shrunk to fit
        robot.interact(() -> view.editor().setText("a = [[[[[[1]]]]]]\nb = 0\na[0][0][0][0][0].append(2)\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        GraphPane g = view.graph();
        robot.interact(() -> view.player().last());
        WaitForAsyncUtils.waitForFxEvents();
        Node flash = robot.from(g).lookup(".copy-flash").query();
        Bounds seen = g.localToScene(g.getLayoutBounds());
        Bounds changed = flash.localToScene(flash.getLayoutBounds());
        assertThat(g.getHvalue()).as("scrolled right").isPositive();
        assertThat(seen.contains(changed)).as("the appended-to list %s in the view %s", changed, seen).isTrue();
        robot.interact(() -> view.player().first());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(g.getHvalue()).isZero();
    }

    @Test
    void aSceneThatNamesAPresetShowsThatPresetAsTheExample(FxRobot robot) throws Exception {
        ObjectNode scene = glassbox.core.Json.MAPPER.createObjectNode().put("preset", "pingpong");
        robot.interact(() -> {
            try {
                view.applyScene(scene);
            } catch (glassbox.core.SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> presets = robot.lookup("#copy-preset").queryAs(ComboBox.class);
        assertThat(presets.getValue()).isEqualTo(Preset.PINGPONG);
        robot.interact(() -> view.editor().setText(view.editor().text() + "x = 1\n"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presets.getValue()).as("edited: your own script").isNull();
    }

    @Test
    void theLitLineIsScrolledIntoViewOnceTheStepIsShown(FxRobot robot) {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            script.append("x").append(i).append(" = ").append(i).append('\n');
        }
        robot.interact(() -> view.editor().setText(script.toString()));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().lineInView(80)).isFalse();
        robot.interact(() -> view.player().last());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().lineStyle(80)).contains("current-line");
        assertThat(view.editor().lineInView(80)).isTrue();
        robot.interact(() -> {
            view.player().first();
            view.player().forward();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().lineStyle(1)).contains("current-line");
        assertThat(view.editor().lineInView(1)).isTrue();
    }

    @Test
    void aScriptOutsideTheSubsetShowsAMessageAndMarksTheOldGraphOutdated(FxRobot robot) {
        var traceBefore = view.player().getTrace();
        assertThat(robot.lookup("#python-outdated").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> view.model().scriptProperty().set("x = [1]\nf = lambda: x\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#copy-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Line 2: outside the supported Python subset: lambda expressions. Nothing ran.");
        assertThat(view.player().getTrace()).isSameAs(traceBefore);
        assertThat(robot.lookup("#python-outdated").queryAs(Label.class).isVisible()).isTrue();
        assertThat(view.graph().getStyleClass()).contains("python-outdated-graph");
        robot.interact(() -> view.model().scriptProperty().set("x = [1]\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#python-outdated").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void stepOverSkipsTheCalleeAndStepOutReturnsToTheCaller(FxRobot robot) {
        robot.interact(() -> view.model().scriptProperty().set(
                "def f(n):\n    a = n + 1\n    b = a * 2\n    return b\nx = f(1)\ny = f(x)\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        forward(robot, 2);
        CopyState call = (CopyState) view.player().getStep().state();
        assertThat(call.depth()).isEqualTo(1);
        assertThat(robot.lookup("#copy-frame-1").queryAs(Label.class).getText()).startsWith("f()");
        robot.clickOn("#python-step-out");
        WaitForAsyncUtils.waitForFxEvents();
        CopyState back = (CopyState) view.player().getStep().state();
        assertThat(back.depth()).isZero();
        assertThat(back.variable("x").value().text()).isEqualTo("4");
        robot.clickOn("#python-step-over");
        WaitForAsyncUtils.waitForFxEvents();
        CopyState over = (CopyState) view.player().getStep().state();
        assertThat(over.depth()).isZero();
        assertThat(over.variable("y").value().text()).isEqualTo("10");
    }

    @Test
    void undoGoesBackToTheScriptOfThePreviousRun(FxRobot robot) {
        robot.interact(() -> view.model().scriptProperty().set("a = 1\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.model().scriptProperty().set("b = 2\n"));
        robot.clickOn("#copy-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(view.undoable().undo()).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().scriptProperty().get()).isEqualTo("a = 1\n");
        robot.interact(() -> assertThat(view.undoable().redo()).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().scriptProperty().get()).isEqualTo("b = 2\n");
    }

    @Test
    void sceneRoundTripsAndStrictScenesAreRefused(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().loadPreset(Preset.PINGPONG));
        WaitForAsyncUtils.waitForFxEvents();
        var scene = view.scene().orElseThrow();
        assertThat(scene.get("preset").asText()).isEqualTo("pingpong");
        robot.interact(() -> {
            try {
                view.applyScene(scene.deepCopy());
            } catch (glassbox.core.SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.scene().orElseThrow()).isEqualTo(scene);
        var bad = glassbox.core.Json.MAPPER.createObjectNode().put("script", "x = 1").put("abc", 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.applyScene(bad))
                .isInstanceOfSatisfying(glassbox.core.SceneProblem.class, p -> assertThat(p.field()).isEqualTo("abc"));
        var unsupported = glassbox.core.Json.MAPPER.createObjectNode().put("script", "x = lambda: 1\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.applyScene(unsupported))
                .isInstanceOfSatisfying(glassbox.core.SceneProblem.class, p -> assertThat(p.field()).isEqualTo("script"));
        assertThat(view.scene().orElseThrow()).isEqualTo(scene);
    }

    @Test
    void escapeInTheEditorHandsFocusBackForTheClicker(FxRobot robot) {
        robot.clickOn("#copy-editor");
        assertThat(view.editor().area().isFocused()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.editor().area().isFocused()).isFalse();
    }

    @Test
    void classInstancesAndGeneratorsAreDrawnOnTheHeap(FxRobot robot) {
        robot.interact(() -> view.model().loadPreset(Preset.GENERATORS));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        CopyState s = (CopyState) view.player().getStep().state();
        assertThat(s.heap()).anyMatch(o -> o.type().equals("generator"));
        assertThat(view.graph().drawnObjects()).containsAll(s.heap().stream().map(CopyState.HeapObject::id).toList());
        robot.interact(() -> view.model().loadPreset(Preset.CLASSES));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        CopyState c = (CopyState) view.player().getStep().state();
        assertThat(c.heap()).anyMatch(o -> o.label().equals("Savings instance"));
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
