package glassbox.database.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.ViewContext;
import glassbox.database.engine.LockFrame;
import glassbox.database.engine.LockStrategy;
import glassbox.testing.TestContexts;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DatabaseLocksViewTest {
    DatabaseView view;
    ViewContext context;
    final glassbox.store.Store store = glassbox.store.Store.inMemory();

    @Start
    void start(Stage stage) {
        context = TestContexts.withStore(java.util.Locale.ENGLISH, store);
        view = ShownView.show(stage, context, "locks");
    }

    @SuppressWarnings("unchecked")
    void setUp(FxRobot robot, LockStrategy s, int stock, int buyers, int threads, int think) {
        robot.interact(() -> {
            robot.lookup("#database-strategy").queryAs(ComboBox.class).setValue(s);
            robot.lookup("#database-stock").queryAs(javafx.scene.control.TextField.class).setText(String.valueOf(stock));
            robot.lookup("#database-buyers").queryAs(javafx.scene.control.TextField.class).setText(String.valueOf(buyers));
            robot.lookup("#database-threads").queryAs(javafx.scene.control.TextField.class).setText(String.valueOf(threads));
            robot.lookup("#database-think").queryAs(javafx.scene.control.TextField.class).setText(String.valueOf(think));
        });
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void runsAStrategyAndReplaysEveryTransaction(FxRobot robot) throws Exception {
        setUp(robot, LockStrategy.PESSIMISTIC, 6, 10, 3, 1);
        robot.clickOn("#database-run-locks");
        WaitForAsyncUtils.waitForFxEvents();
        var r = view.locksModel().getResult();
        assertThat(r).isNotNull();
        assertThat(r.invariantsHold()).isTrue();
        // predict, then reveal: the replay starts before any sale; totals appear as it reaches them
        assertThat(text(robot, "#database-tile-orders")).isEqualTo("0 of 6");
        assertThat(text(robot, "#database-tile-elapsed")).isEqualTo("…");
        robot.interact(() -> view.player().last());
        assertThat(text(robot, "#database-tile-orders")).isEqualTo("6 of 6");
        assertThat(text(robot, "#database-tile-oversold")).isEqualTo("0");
        assertThat(text(robot, "#database-tile-lost")).isEqualTo("0");
        assertThat(text(robot, "#database-tile-rejected")).isEqualTo("4");
        assertThat(view.player().getTrace().size()).isEqualTo(r.events().size() + 2);
        assertThat(view.player().getTrace().codeKey()).isEqualTo("database.code.pessimistic");
        assertThat(text(robot, "#narration")).startsWith("Done: 6 orders");
        robot.interact(() -> view.player().first());
        assertThat(text(robot, "#narration")).contains("pessimistic").contains("10 buyers");
        assertThat(view.timeline().drawnEvents()).isEqualTo(r.events().size());
        robot.interact(() -> view.player().first());
        robot.clickOn("#player-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#narration")).startsWith("Buyer");
        assertThat(((LockFrame) view.player().getStep().state()).index()).isZero();
        robot.interact(() -> view.timeline().pick(2));
        assertThat(((LockFrame) view.player().getStep().state()).index()).isEqualTo(2);
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#narration")).startsWith("Done: 6 orders for 6 units");
        assertThat(store.runs("database", 10)).hasSize(1);
    }

    @Test
    void comparesAllFourStrategies(FxRobot robot) throws Exception {
        setUp(robot, LockStrategy.NONE, 10, 30, 6, 2);
        robot.clickOn("#database-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.locksModel().byStrategy()).hasSize(4);
        assertThat(view.locksModel().getResult().params().strategy()).isEqualTo(LockStrategy.NONE);
        BarChart<?, ?> chart = robot.lookup("#database-locks-chart").queryAs(BarChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(4);
        for (LockStrategy s : LockStrategy.values()) {
            if (s.safe()) {
                assertThat(view.locksModel().byStrategy().get(s).invariantsHold()).as(s.id()).isTrue();
            }
        }
        assertThat(store.runs("database", 10)).hasSize(4);
        robot.interact(() -> robot.lookup("#database-strategy").queryAs(ComboBox.class).setValue(LockStrategy.ATOMIC));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.player().getTrace().codeKey()).isEqualTo("database.code.atomic");
    }

    @Test
    void aLostUpdateIsNarratedWhenItHappens(FxRobot robot) {
        setUp(robot, LockStrategy.NONE, 20, 40, 8, 3);
        robot.clickOn("#database-run-locks");
        WaitForAsyncUtils.waitForFxEvents();
        var r = view.locksModel().getResult();
        assertThat(r.lostUpdates()).isPositive();
        assertThat(text(robot, "#database-tile-lost")).isEqualTo("0");
        robot.interact(() -> view.player().last());
        assertThat(text(robot, "#database-tile-lost").equals("0")).isFalse();
        assertThat(robot.lookup("#database-tile-lost").queryAs(Label.class).getStyleClass()).contains("bad");
        int lostStep = -1;
        for (int i = 0; i < view.player().getTrace().size(); i++) {
            if (view.player().getTrace().step(i).hasEvent()
                    && "lost".equals(view.player().getTrace().step(i).event().id())) {
                lostStep = i;
                break;
            }
        }
        assertThat(lostStep).isPositive();
        int target = lostStep;
        robot.interact(() -> view.player().seek(target));
        assertThat(text(robot, "#database-tile-lost")).isEqualTo("1");
        assertThat(text(robot, "#narration")).startsWith("A lost update");
    }
}
