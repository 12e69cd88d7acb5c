package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.innodb.InnodbFrame;
import glassbox.bptree.engine.innodb.InnodbQuery;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import glassbox.testing.TestContexts;
import javafx.scene.Parent;
import javafx.scene.Scene;
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

/** The InnoDB mode driven by clicks and keys: the 回表 path, a covering query, the arithmetic, scenes. */
@ExtendWith(ApplicationExtension.class)
class InnodbViewTest {
    InnodbView view;

    @Start
    void start(Stage stage) {
        view = new InnodbView(TestContexts.english());
        view.player().animationsProperty().set(false);
        stage.setScene(new Scene((Parent) view.root(), 1024, 768));
        stage.show();
    }

    private InnodbFrame frame() {
        return (InnodbFrame) view.player().getStep().state();
    }

    @Test
    void theSecondaryLookupCrossesToTheClusteredIndex(FxRobot robot) {
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().crossTo()).isEqualTo(3);
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).contains("(30, Eve, 42)").contains("4 in all");
        assertThat(view.controller().drawing.picture().crossFrom()).isEqualTo(frame().crossFrom());
        assertThat(robot.lookup("#inno-pages-read").queryAs(Label.class).getText()).endsWith("4");
    }

    @Test
    void aCoveringQueryStopsEarlyAndEnterHandsFocusBack(FxRobot robot) {
        robot.interact(() -> view.model().queryProperty().set(InnodbQuery.COVERING));
        robot.doubleClickOn("#inno-value").eraseText(5).write("Ivy").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inno-value").queryAs(TextField.class).isFocused()).isFalse();
        robot.interact(() -> view.player().last());
        assertThat(view.player().getStep().narration().key()).isEqualTo("innodb.n.covered");
        assertThat(frame().crossTo()).isEqualTo(-1);
        assertThat(onFx(robot, () -> view.undoable().undo())).isTrue();
        assertThat(view.model().currentProperty().get().query()).isEqualTo(InnodbQuery.SECONDARY);
    }

    @Test
    void theArithmeticAndABadKnob(FxRobot robot) {
        assertThat(view.controller().math.getText()).contains("= 1170 node pointers").contains("= 16 rows")
                .contains("21,902,400");
        robot.clickOn("Fan-out arithmetic");
        robot.doubleClickOn("#inno-fill").eraseText(4).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inno-math-problem").queryAs(Label.class).getText()).contains("fill must be in (0, 1]");
        assertThat(view.model().currentProperty().get().math().fill()).isEqualTo(1.0);
        robot.doubleClickOn("#inno-fill").eraseText(4).write("0.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.controller().math.getText()).contains("= 585 node pointers").contains("= 8 rows");
    }

    @Test
    void sceneRoundTripAndStrictRefusals(FxRobot robot) throws Exception {
        ObjectNode s = (ObjectNode) Json.MAPPER.readTree("{\"query\":\"myisam\",\"value\":\"70\",\"page_bytes\":16384,"
                + "\"key_bytes\":8,\"pointer_bytes\":6,\"row_bytes\":200,\"page_overhead_bytes\":120,\"fill\":0.9,\"rows\":1000000}");
        robot.interact(() -> {
            try {
                view.applyScene(s);
            } catch (SceneProblem e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(view.scene().orElseThrow().toString()).isEqualTo(s.toString());
        assertThat(view.player().getIndex()).isZero();
        for (String bad : new String[] {
            "{\"query\":\"myisam\",\"value\":\"70\"}",
            "{\"query\":\"heap\",\"value\":\"70\",\"page_bytes\":16384,\"key_bytes\":8,\"pointer_bytes\":6,\"row_bytes\":200,\"page_overhead_bytes\":0,\"fill\":1,\"rows\":1}",
            "{\"query\":\"secondary\",\"value\":\"70\",\"page_bytes\":16384,\"key_bytes\":8,\"pointer_bytes\":6,\"row_bytes\":200,\"page_overhead_bytes\":0,\"fill\":1,\"rows\":1}",
            "{\"query\":\"primary\",\"value\":\"70\",\"page_bytes\":16384,\"key_bytes\":8,\"pointer_bytes\":6,\"row_bytes\":200,\"page_overhead_bytes\":0,\"fill\":1.5,\"rows\":1}",
            "{\"query\":\"primary\",\"value\":\"70\",\"page_bytes\":16384,\"key_bytes\":8,\"pointer_bytes\":6,\"row_bytes\":20000,\"page_overhead_bytes\":0,\"fill\":1,\"rows\":1}",
            "{\"query\":\"primary\",\"value\":\"70\",\"page_bytes\":16384,\"key_bytes\":8,\"pointer_bytes\":6,\"row_bytes\":200,\"page_overhead_bytes\":0,\"fill\":1,\"rows\":1,\"x\":2}",
        }) {
            ObjectNode o = (ObjectNode) Json.MAPPER.readTree(bad);
            assertThatThrownBy(() -> onFxThrowing(robot, () -> view.applyScene(o))).as(bad).isInstanceOf(SceneProblem.class);
            assertThat(view.scene().orElseThrow().toString()).isEqualTo(s.toString());
        }
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
