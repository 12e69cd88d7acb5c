package glassbox.database.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.ViewContext;
import glassbox.database.engine.IndexFrame;
import glassbox.player.view.CodePane;
import glassbox.testing.TestContexts;
import javafx.scene.chart.LineChart;
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
class DatabaseIndexViewTest {
    DatabaseView view;
    ViewContext context;
    final glassbox.store.Store store = glassbox.store.Store.inMemory();

    @Start
    void start(Stage stage) {
        context = TestContexts.withStore(java.util.Locale.ENGLISH, store);
        view = ShownView.show(stage, context, null);
    }

    void typeRows(FxRobot robot, String text) {
        javafx.scene.control.TextField rows = robot.lookup("#database-rows").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> rows.setText(text));
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void buildsMeasuresAndReplaysTheRun(FxRobot robot) throws Exception {
        typeRows(robot, "5,000");
        robot.clickOn("#database-run-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.indexModel().getResult()).isNotNull();
        assertThat(view.indexModel().getResult().rows()).isEqualTo(5_000);
        assertThat(text(robot, "#database-indexed-point")).endsWith("µs");
        assertThat(text(robot, "#database-speedup-point")).endsWith("×");
        assertThat(text(robot, "#database-build")).contains("5,000 rows");
        assertThat(robot.lookup("#database-plan-indexed").queryAs(TextArea.class).getText()).contains("IDX_ITEMS_K");
        assertThat(robot.lookup("#database-plan-scan").queryAs(TextArea.class).getText()).contains("tableScan");
        assertThat(text(robot, "#database-verdict")).contains("at N = 5,000");
        assertThat(view.player().getTrace().size()).isEqualTo(13);
        assertThat(text(robot, "#narration")).contains("5,000 rows");
        robot.clickOn("#player-forward");
        robot.clickOn("#player-forward");
        robot.clickOn("#player-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((IndexFrame) view.player().getStep().state()).indexedSide()).isTrue();
        assertThat(text(robot, "#narration")).contains("EXPLAIN names IDX_ITEMS_K");
        assertThat(robot.lookup(".code-pane").queryAs(CodePane.class).highlightedLine()).isEqualTo(5);
        assertThat(robot.lookup("#database-indexed-point").queryAs(Label.class).getStyleClass()).contains("current");
        assertThat(store.runs("database", 10)).hasSize(1);
        assertThat(store.runs("database", 10).get(0).paramsJson()).contains("5000");
    }

    @Test
    void badRowsShowAMessageAndChangeNothing(FxRobot robot) {
        typeRows(robot, "lots");
        robot.clickOn("#database-run-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#database-rows-problem")).isEqualTo("\"lots\" is not a whole number: kept 1,000,000 (1 to 10,000,000).");
        assertThat(robot.lookup("#database-rows").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("1,000,000");
        assertThat(view.indexModel().getResult()).isNull();
        typeRows(robot, "0");
        robot.clickOn("#database-run-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#database-rows-problem")).startsWith("0 is out of range: kept 1,000,000");
        typeRows(robot, "999,999,999");
        robot.clickOn("#database-run-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#database-rows-problem")).startsWith("999,999,999 is out of range: kept 1,000,000");
        assertThat(view.indexModel().getResult()).isNull();
        typeRows(robot, "1e3");
        robot.clickOn("#database-run-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#database-rows-problem")).isEmpty();
        assertThat(view.indexModel().getResult().rows()).isEqualTo(1_000);
    }

    @Test
    void sweepPlotsEverySizeOnTheLogLogChart(FxRobot robot) {
        typeRows(robot, "20000");
        robot.clickOn("#database-sweep");
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> chart = robot.lookup("#database-index-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).hasSize(3); // 1,000, 10,000, 20,000
        assertThat(chart.getData().get(0).getData().get(0).getXValue()).isEqualTo(3.0);
        assertThat(view.indexModel().history()).extracting(r -> r.rows()).containsExactly(1_000L, 10_000L, 20_000L);
    }

    @Test
    void opensTheBptreeTabWithASmallVersionOfTheIndex(FxRobot robot) {
        TestContexts.NAVIGATIONS.clear();
        robot.clickOn("#database-open-bptree");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TestContexts.NAVIGATIONS).hasSize(1);
        String nav = TestContexts.NAVIGATIONS.get(0);
        assertThat(nav).startsWith("bptree {keys=").endsWith(", order=5}");
        String keys = nav.substring(nav.indexOf("keys=") + 5, nav.indexOf(", order"));
        assertThat(keys.split(",")).hasSize(30);
    }

    @Test
    void switchesToTheLockingExperimentAndBack(FxRobot robot) {
        robot.clickOn("#database-mode-locks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().modeProperty().get()).isEqualTo(DatabaseViewModel.Mode.LOCKS);
        assertThat(robot.lookup("#database-run-locks").tryQuery()).isPresent();
        assertThat(text(robot, "#narration")).contains("FOR UPDATE");
        robot.clickOn("#database-mode-index");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().modeProperty().get()).isEqualTo(DatabaseViewModel.Mode.INDEX);
    }
}
