package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import glassbox.testing.TestContexts;
import java.util.LinkedHashMap;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tab as a lecturer drives it: Enter in a field runs and hands focus back (so the clicker's
 * PageDown steps), Ctrl+Z through {@code undoable()}, scenes describe and rebuild the input, a
 * refused order is named beside the field. The scene's key handler stands in for the shell's.
 */
@ExtendWith(ApplicationExtension.class)
class BptreeLectureTest {
    BptreeView view;
    Scene scene;

    @Start
    void start(Stage stage) {
        view = new BptreeView(TestContexts.english(), new LinkedHashMap<>(), new Random(7));
        view.model().player().animationsProperty().set(false);
        view.model().autoPlayProperty().set(false);
        scene = new Scene((Parent) view.root(), 1280, 720);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::shellKeys);
        stage.setScene(scene);
        stage.show();
    }

    /** What the shell does: Ctrl+Z/Y to the tab's undoable; PageDown/PageUp unless typing. */
    private void shellKeys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            view.undoable().undo();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            view.undoable().redo();
        } else if (!(scene.getFocusOwner() instanceof TextInputControl)) {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                view.player().forward();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                view.player().back();
            }
        }
    }

    private BptreeFrame frame() {
        return (BptreeFrame) view.model().player().getStep().state();
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void enterInsertsThenFocusLeavesTheFieldAndPageDownSteps(FxRobot robot) {
        robot.clickOn("#bptree-key").write("1, 2, 3, 4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).containsExactly(1, 2, 3, 4);
        assertThat(scene.getFocusOwner()).isNotInstanceOf(TextInputControl.class);
        assertThat(view.player().position()).isZero();
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.player().position()).isEqualTo(2);
        robot.type(KeyCode.PAGE_UP);
        assertThat(view.player().position()).isEqualTo(1);
    }

    @Test
    void escapeRevertsTheFieldAndHandsFocusBack(FxRobot robot) {
        robot.clickOn("#bptree-key").write("42").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bptree-key").queryAs(TextInputControl.class).getText()).isEmpty();
        assertThat(scene.getFocusOwner()).isNotInstanceOf(TextInputControl.class);
        assertThat(view.model().keys()).isEmpty();
    }

    @Test
    void clickingTheDrawingTakesFocus(FxRobot robot) {
        robot.clickOn("#bptree-key");
        robot.clickOn(view.drawing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getFocusOwner()).isSameAs(view.drawing());
    }

    @Test
    void ctrlZAndCtrlYGoThroughUndoable(FxRobot robot) {
        robot.clickOn("#bptree-key").write("1..5").type(KeyCode.ENTER);
        robot.clickOn("#bptree-key").eraseText(4).write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#bptree-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).containsExactly(1, 2, 4, 5);
        robot.clickOn(view.drawing());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).containsExactly(1, 2, 3, 4, 5);
        assertThat(frame().keyCount()).isEqualTo(5);
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).contains("Undone").contains("delete 3");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).containsExactly(1, 2, 4, 5);
        robot.interact(() -> {
            assertThat(view.undoable().undo()).isTrue();
            assertThat(view.undoable().undo()).isTrue();
            assertThat(view.undoable().undo()).isFalse();
        });
        assertThat(view.model().keys()).isEmpty();
    }

    @Test
    void aSceneRoundTripsAndStartsAtStepZero(FxRobot robot) throws Exception {
        ObjectNode in = json("{\"order\": 4, \"keys\": \"1..6\", \"ops\": \"i 7, d 3, s 4, r 2 6\"}");
        robot.interact(() -> apply(in));
        ObjectNode first = view.scene().orElseThrow();
        assertThat(first.toString()).isEqualTo(
                "{\"mode\":\"bptree\",\"order\":4,\"keys\":\"1, 2, 3, 4, 5, 6\",\"ops\":\"i 7, d 3, s 4, r 2 6\"}");
        assertThat(view.player().position()).isZero();
        assertThat(view.player().length()).isGreaterThan(10);
        String shape = lastShape(robot);
        robot.interact(() -> apply(first.deepCopy()));
        assertThat(view.scene().orElseThrow()).isEqualTo(first);
        assertThat(lastShape(robot)).isEqualTo(shape);
        assertThat(view.model().keys()).containsExactly(1, 2, 4, 5, 6, 7);
    }

    @Test
    void editsMadeByHandRoundTripToo(FxRobot robot) {
        robot.clickOn("#bptree-key").write("5, 12, 7").type(KeyCode.ENTER);
        robot.clickOn("#bptree-key").eraseText(8).write("12");
        robot.clickOn("#bptree-delete");
        WaitForAsyncUtils.waitForFxEvents();
        ObjectNode described = view.scene().orElseThrow();
        assertThat(described.toString()).isEqualTo("{\"mode\":\"bptree\",\"order\":4,\"keys\":\"5, 12, 7\",\"ops\":\"d 12\"}");
        String shape = lastShape(robot);
        robot.interact(() -> apply(described.deepCopy()));
        assertThat(view.scene().orElseThrow()).isEqualTo(described);
        assertThat(lastShape(robot)).isEqualTo(shape);
    }

    @Test
    void aBulkLoadSceneShowsTheBulkLoad(FxRobot robot) throws Exception {
        robot.interact(() -> apply(json("{\"mode\": \"bptree\", \"order\": 3, \"keys\": [1, 2, 3, 4, 5, 6], \"bulk\": true}")));
        assertThat(view.model().player().getTrace().codeKey()).isEqualTo("bptree.code.bulk");
        assertThat(view.scene().orElseThrow().toString())
                .isEqualTo("{\"mode\":\"bptree\",\"order\":3,\"keys\":\"1, 2, 3, 4, 5, 6\",\"bulk\":true}");
    }

    @Test
    void badScenesNameTheFieldAndChangeNothing(FxRobot robot) throws Exception {
        robot.interact(() -> apply(json("{\"order\": 5, \"keys\": \"1..9\"}")));
        ObjectNode before = view.scene().orElseThrow();
        String[][] cases = {
            {"{\"order\": 99}", "order"},
            {"{\"keys\": \"1, 2\"}", "order"},
            {"{\"order\": \"4\"}", "order"},
            {"{\"order\": 4, \"keys\": \"1, x\"}", "keys"},
            {"{\"order\": 4, \"keys\": \"12345678901234567890\"}", "keys"},
            {"{\"order\": 4, \"keys\": \"1, 1\"}", "keys"},
            {"{\"order\": 4, \"colour\": 1}", "colour"},
            {"{\"order\": 4, \"ops\": \"i 1, ,i 2\"}", "ops"},
            {"{\"order\": 4, \"ops\": \"q 1\"}", "ops"},
            {"{\"order\": 4, \"bulk\": \"yes\"}", "bulk"},
            {"{\"mode\": \"nope\", \"order\": 4}", "mode"},
        };
        for (String[] c : cases) {
            ObjectNode bad = json(c[0]);
            assertThatThrownBy(() -> view.applyScene(bad)).as(c[0]).isInstanceOf(SceneProblem.class)
                    .satisfies(t -> assertThat(((SceneProblem) t).field()).isEqualTo(c[1]));
        }
        assertThat(view.scene().orElseThrow()).isEqualTo(before);
        assertThat(view.model().getOrder()).isEqualTo(5);
        assertThat(view.model().keys()).hasSize(9);
    }

    @Test
    void aBadOrderIsNamedBesideTheFieldAndTheLastGoodOneStaysVisible(FxRobot robot) {
        robot.interact(() -> view.open(java.util.Map.of("order", "4", "keys", "1..8")));
        @SuppressWarnings("unchecked")
        Spinner<Integer> order = robot.lookup("#bptree-order").queryAs(Spinner.class);
        robot.doubleClickOn(order.getEditor()).eraseText(3).write("99").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#bptree-order-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("3..16").contains("99").contains("4");
        assertThat(order.getEditor().getText()).isEqualTo("4");
        assertThat(view.model().getOrder()).isEqualTo(4);
        assertThat(scene.getFocusOwner()).isNotInstanceOf(TextInputControl.class);
        robot.doubleClickOn(order.getEditor()).eraseText(3).write("6").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().getOrder()).isEqualTo(6);
        assertThat(problem.isVisible()).isFalse();
        assertThat(view.model().keys()).hasSize(8);
    }

    @Test
    void aTwentyDigitKeyIsOutOfRange(FxRobot robot) {
        robot.clickOn("#bptree-key").write("12345678901234567890").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bptree-error").queryAs(Label.class).getText()).contains("out of range")
                .doesNotContain("not a whole number");
    }

    @Test
    void mixedOpsShowEachOpsPseudoCode(FxRobot robot) throws Exception {
        robot.interact(() -> apply(json("{\"order\": 4, \"keys\": \"1..6\", \"ops\": \"s 4, d 2\"}")));
        robot.interact(() -> view.player().last());
        WaitForAsyncUtils.waitForFxEvents();
        Node code = robot.lookup(".code-pane").query();
        assertThat(((glassbox.player.view.CodePane) code).codeKey()).isEqualTo("bptree.code.delete");
        robot.interact(() -> view.player().first());
        assertThat(((glassbox.player.view.CodePane) code).codeKey()).isEqualTo("bptree.code.search");
    }

    @Test
    void aBigSceneIsBuiltInTheBackgroundAndStillRoundTrips(FxRobot robot) {
        ObjectNode in = json("{\"order\": 16, \"keys\": \"1..20000\", \"ops\": \"d 5, i 20001\"}");
        robot.interact(() -> apply(in));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).hasSize(20_000).contains(20_001).doesNotContain(5);
        ObjectNode described = view.scene().orElseThrow();
        assertThat(described.get("ops").asText()).isEqualTo("d 5, i 20001");
        robot.interact(() -> apply(described.deepCopy()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.scene().orElseThrow()).isEqualTo(described);
        assertThat(view.model().keys()).hasSize(20_000);
    }

    private void apply(ObjectNode in) {
        try {
            view.applyScene(in);
        } catch (SceneProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private String lastShape(FxRobot robot) {
        robot.interact(() -> view.player().last());
        String s = frame().root().shape();
        robot.interact(() -> view.player().first());
        return s;
    }
}
