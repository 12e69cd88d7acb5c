package glassbox.database.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.ViewContext;
import glassbox.database.engine.CompositeFrame;
import glassbox.player.view.CodePane;
import glassbox.testing.TestContexts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The composite index (a, b): typed rows run it, the replay reveals each query's card in turn, undo restores. */
@ExtendWith(ApplicationExtension.class)
class DatabaseCompositeViewTest {
    DatabaseView view;
    ViewContext context;
    final glassbox.store.Store store = glassbox.store.Store.inMemory();

    @Start
    void start(Stage stage) {
        context = TestContexts.withStore(java.util.Locale.ENGLISH, store);
        view = ShownView.show(stage, context, null);
    }

    String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    Label access(FxRobot robot, String card) {
        return robot.lookup("#database-composite-" + card + " .database-composite-access").queryAs(Label.class);
    }

    void typeRowsAndEnter(FxRobot robot, String rows) {
        TextField f = robot.lookup("#database-composite-rows").queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(() -> f.setText(rows));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterInTheRowsFieldRunsItAndTheReplayRevealsEachQueryInTurn(FxRobot robot) throws Exception {
        robot.clickOn("#database-mode-composite");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().modeProperty().get()).isEqualTo(DatabaseViewModel.Mode.COMPOSITE);
        assertThat(text(robot, "#narration")).contains("phone book");
        assertThat(text(robot, "#database-composite-by_b .database-plan-title")).isEqualTo("By b alone");
        typeRowsAndEnter(robot, "3000");

        assertThat(view.model().composite().getResult().rows()).isEqualTo(3_000);
        assertThat(view.player().getTrace().size()).isEqualTo(9);
        assertThat(text(robot, "#database-composite-build")).contains("3,000 rows on H2");
        assertThat(access(robot, "by_b").getText()).isEqualTo("Reads the whole table");
        assertThat(access(robot, "by_a").getText()).isEqualTo("Seeks idx_pairs_ab");
        assertThat(access(robot, "by_b").isVisible()).as("not before the replay reaches it").isFalse();
        Node stageArea = view.frame();
        assertThat(stageArea.getScene().getFocusOwner()).as("Enter hands focus back").isNotInstanceOf(TextField.class);

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#player-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        CompositeFrame f = (CompositeFrame) view.player().getStep().state();
        assertThat(f.query()).isEqualTo(glassbox.database.engine.CompositeExperiment.Query.BY_B);
        assertThat(text(robot, "#narration")).contains("not a leftmost prefix").contains("3,000 rows");
        assertThat(robot.lookup(".code-pane").queryAs(CodePane.class).highlightedLine()).isEqualTo(6);
        assertThat(robot.lookup("#database-composite-by_b").query().getStyleClass()).contains("current");
        assertThat(access(robot, "by_b").isVisible()).isTrue();
        assertThat(access(robot, "covering").isVisible()).isFalse();
        assertThat(robot.lookup("#database-composite-plan").queryAs(TextArea.class).getText()).contains("tableScan");
        assertThat(robot.lookup("#database-composite-prefix").query().isVisible()).isFalse();

        robot.interact(() -> view.player().last());
        assertThat(robot.lookup("#database-composite-prefix").query().isVisible()).isTrue();
        assertThat(text(robot, "#database-composite-prefix")).startsWith("Leftmost prefix: WHERE b = ? took").endsWith("as long as WHERE a = ?.");
        assertThat(text(robot, "#narration")).contains("skip-scan");
        assertThat(store.runs("database", 10)).hasSize(1);
        assertThat(store.runs("database", 10).get(0).paramsJson()).contains("composite").contains("3000");

        // the other experiments keep their own replay; coming back shows this one again
        robot.clickOn("#database-mode-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#narration")).contains("1000×");
        robot.clickOn("#database-mode-composite");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.player().getTrace().size()).isEqualTo(9);

        robot.interact(() -> assertThat(view.undoable().undo()).isTrue());
        assertThat(robot.lookup("#database-composite-rows").queryAs(TextField.class).getText()).isEqualTo("200,000");
    }

    @Test
    void rowsOutsideItsRangeAreRefusedWithAMessageAndNothingRuns(FxRobot robot) throws Exception {
        robot.clickOn("#database-mode-composite");
        typeRowsAndEnter(robot, "500");
        assertThat(text(robot, "#database-composite-rows-problem")).startsWith("500 is out of range: kept 200,000");
        assertThat(view.model().composite().getResult()).isNull();
        assertThat(store.runs("database", 10)).isEmpty();
    }
}
