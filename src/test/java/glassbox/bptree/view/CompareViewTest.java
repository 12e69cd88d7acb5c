package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.btree.CompareFrame;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import glassbox.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side-by-side mode driven by clicks and keys: stepping, the id=28 narration, scenes, undo, bad input. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    CompareView view;

    @Start
    void start(Stage stage) {
        view = new CompareView(TestContexts.english());
        view.player().animationsProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1024, 768);
        stage.setScene(scene);
        stage.show();
    }

    private CompareFrame frame() {
        return (CompareFrame) view.player().getStep().state();
    }

    @Test
    void stepsBothTreesTogetherAndNarratesTheId28Example(FxRobot robot) {
        assertThat(view.player().getIndex()).isZero();
        assertThat(view.controller().btreeDrawing.picture().forest()).hasSize(1);
        robot.clickOn("#player-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.player().getIndex()).isEqualTo(1);
        String narration = robot.lookup("#narration").queryAs(Label.class).getText();
        assertThat(narration).startsWith("B-Tree: ").contains("\nB+Tree: ");
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        narration = robot.lookup("#narration").queryAs(Label.class).getText();
        assertThat(narration).contains("found it in an internal node and stopped after 1 node(s)")
                .contains("the B+Tree read 2 node(s)").contains("id=28");
        assertThat(frame().btreeDone()).isTrue();
        assertThat(robot.lookup("#cmp-bptree-facts").queryAs(Label.class).getText()).contains("leaves only");
    }

    @Test
    void enterRunsARangeAndHandsFocusBack(FxRobot robot) {
        robot.interact(() -> view.model().opProperty().set(glassbox.bptree.engine.btree.SideBySide.Op.RANGE));
        robot.doubleClickOn("#cmp-a").eraseText(4).write("20");
        robot.doubleClickOn("#cmp-b").eraseText(4).write("45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cmp-b").queryAs(TextField.class).isFocused()).isFalse();
        assertThat(view.model().currentProperty().get().b()).isEqualTo(45);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.player().last());
        assertThat(view.player().getStep().narration().key()).isEqualTo("btree.cmp.range.summary");
        assertThat(onFx(robot, () -> view.undoable().undo())).isTrue();
        assertThat(view.model().currentProperty().get().op()).isEqualTo(glassbox.bptree.engine.btree.SideBySide.Op.SEARCH);
        assertThat(onFx(robot, () -> view.undoable().redo())).isTrue();
        assertThat(view.model().currentProperty().get().b()).isEqualTo(45);
    }

    @Test
    void preemptiveSplitIsOfferedAtEvenOrdersOnlyAndSplitsTheFullRootOnTheWayDown(FxRobot robot) throws Exception {
        assertThat(view.model().currentProperty().get().order()).isEqualTo(5);
        assertThat(robot.lookup("#cmp-preemptive").queryAs(CheckBox.class).isDisabled()).isTrue();
        robot.interact(() -> {
            view.model().orderProperty().set(4);
            view.model().opProperty().set(glassbox.bptree.engine.btree.SideBySide.Op.INSERT);
            view.model().keysTextProperty().set("1..3");
        });
        robot.doubleClickOn("#cmp-a").eraseText(4).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(splitKinds()).containsExactly(glassbox.bptree.engine.btree.BtreeEventKind.SPLIT);
        assertThat(robot.lookup("#cmp-preemptive").queryAs(CheckBox.class).isDisabled()).isFalse();
        robot.clickOn("#cmp-preemptive");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().currentProperty().get().preemptive()).isTrue();
        assertThat(splitKinds()).containsExactly(glassbox.bptree.engine.btree.BtreeEventKind.PREEMPTIVE_SPLIT);
        assertThat(robot.lookup("#cmp-btree-title").queryAs(Label.class).getText()).endsWith("preemptive split");
        assertThat(robot.lookup("#cmp-btree-title").queryAs(Label.class).getTooltip().getText()).contains("on the way down");
        assertThat(view.scene().orElseThrow().get("preemptive").booleanValue()).isTrue();
        assertThat(onFx(robot, () -> view.undoable().undo())).isTrue();
        assertThat(robot.lookup("#cmp-preemptive").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(splitKinds()).containsExactly(glassbox.bptree.engine.btree.BtreeEventKind.SPLIT);
        ObjectNode odd = (ObjectNode) Json.MAPPER.readTree(
                "{\"order\":5,\"preemptive\":true,\"keys\":[1],\"op\":\"search\",\"key\":1}");
        assertThatThrownBy(() -> onFxThrowing(robot, () -> view.applyScene(odd)))
                .isInstanceOf(SceneProblem.class).hasMessageContaining("even order");
    }

    /** The B-Tree's split events, in order, over the whole trace the player holds. */
    private java.util.List<glassbox.bptree.engine.btree.BtreeEventKind> splitKinds() {
        var t = view.player().getTrace();
        var kinds = new java.util.ArrayList<glassbox.bptree.engine.btree.BtreeEventKind>();
        for (int i = 0; i < t.size(); i++) {
            CompareFrame f = (CompareFrame) t.step(i).state();
            if (f.btree().event() instanceof glassbox.bptree.engine.btree.BtreeEvent.Split sp
                    && (i == 0 || !sp.equals(((CompareFrame) t.step(i - 1).state()).btree().event()))) {
                kinds.add(sp.kind());
            }
        }
        return kinds;
    }

    @Test
    void aBadKeyIsExplainedAndTheLastRunKept(FxRobot robot) {
        robot.doubleClickOn("#cmp-a").eraseText(4).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cmp-problem").queryAs(Label.class).getText()).contains("\"abc\"");
        assertThat(view.model().currentProperty().get().a()).isEqualTo(28);
        robot.clickOn("#cmp-a").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cmp-a").queryAs(TextField.class).getText()).isEqualTo("28");
        assertThat(robot.lookup("#cmp-problem").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void sceneRoundTripAndStrictRefusals(FxRobot robot) throws Exception {
        ObjectNode s = (ObjectNode) Json.MAPPER.readTree(
                "{\"order\":4,\"keys\":[1,2,3,4,5,6,7,8],\"op\":\"range\",\"from\":2,\"to\":6}");
        robot.interact(() -> {
            try {
                view.applyScene(s);
            } catch (SceneProblem e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(view.player().getIndex()).isZero();
        ObjectNode described = view.scene().orElseThrow();
        assertThat(described.toString()).isEqualTo(s.toString());
        robot.interact(() -> {
            try {
                view.applyScene(described.deepCopy());
            } catch (SceneProblem e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(view.scene().orElseThrow().toString()).isEqualTo(s.toString());
        for (String bad : new String[] {
            "{\"order\":4,\"keys\":[1],\"op\":\"search\",\"key\":1,\"x\":1}",
            "{\"order\":2,\"keys\":[1],\"op\":\"search\",\"key\":1}",
            "{\"order\":4,\"keys\":[\"abc\"],\"op\":\"search\",\"key\":1}",
            "{\"order\":4,\"keys\":[1,1],\"op\":\"search\",\"key\":1}",
            "{\"order\":4,\"keys\":[1],\"op\":\"find\",\"key\":1}",
            "{\"order\":4,\"keys\":[1],\"op\":\"search\"}",
            "{\"order\":4,\"keys\":[1],\"op\":\"range\",\"from\":5,\"to\":1}",
        }) {
            ObjectNode o = (ObjectNode) Json.MAPPER.readTree(bad);
            assertThatThrownBy(() -> onFxThrowing(robot, () -> view.applyScene(o))).as(bad).isInstanceOf(SceneProblem.class);
            assertThat(view.scene().orElseThrow().toString()).as("unchanged after " + bad).isEqualTo(s.toString());
        }
    }

    @Test
    void writesASnapshot(FxRobot robot) throws Exception {
        Path png = Path.of("target/bptree-compare-test.png");
        robot.interact(() -> {
            try {
                robot.interact(() -> view.player().last());
                glassbox.app.Exports.writePng(view.frame(), png);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.size(png)).isPositive();
    }

    static boolean onFx(FxRobot robot, java.util.function.BooleanSupplier action) {
        boolean[] out = new boolean[1];
        robot.interact(() -> out[0] = action.getAsBoolean());
        return out[0];
    }

    interface SceneAction {
        void run() throws SceneProblem;
    }

    static void onFxThrowing(FxRobot robot, SceneAction action) throws SceneProblem {
        SceneProblem[] thrown = new SceneProblem[1];
        robot.interact(() -> {
            try {
                action.run();
            } catch (SceneProblem e) {
                thrown[0] = e;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }
}
