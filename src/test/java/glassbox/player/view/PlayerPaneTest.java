package glassbox.player.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shared player driven through its buttons: counter, narration, lit code line, play. */
@ExtendWith(ApplicationExtension.class)
class PlayerPaneTest {
    private PlayerViewModel player;
    private PlayerPane pane;
    private final List<Duration> durations = new ArrayList<>();

    @Start
    void start(Stage stage) {
        player = new PlayerViewModel();
        pane = new PlayerPane(player, TestTraces.messages());
        pane.setStage(new Pane(), null);
        player.addStepListener((s, prev, d) -> durations.add(d));
        player.load(TestTraces.five());
        stage.setScene(new Scene(pane, 1000, 600));
        stage.show();
    }

    @Test
    void buttonsStepForwardAndBackExactly(FxRobot robot) {
        assertShown(robot, "1 / 5", "Step number 1", 1);
        robot.clickOn("#player-forward");
        robot.clickOn("#player-forward");
        assertShown(robot, "3 / 5", "Step number 3", 2);
        robot.clickOn("#player-back");
        assertShown(robot, "2 / 5", "Step number 2", 2);
        robot.clickOn("#player-last");
        assertShown(robot, "5 / 5", "Step number 5", 4);
        robot.clickOn("#player-forward");
        assertShown(robot, "5 / 5", "Step number 5", 4);
        robot.clickOn("#player-first");
        assertShown(robot, "1 / 5", "Step number 1", 1);
        assertThat(pane.code().codeKey()).isEqualTo("playertest.code");
    }

    @Test
    void forwardAnimatesButBackAndJumpsAreInstant(FxRobot robot) {
        durations.clear();
        robot.clickOn("#player-forward");
        robot.clickOn("#player-back");
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(durations).hasSize(3);
        assertThat(durations.get(0).toMillis()).isGreaterThan(0);
        assertThat(durations.get(1)).isEqualTo(Duration.ZERO);
        assertThat(durations.get(2)).isEqualTo(Duration.ZERO);
    }

    @Test
    void playAdvancesByItselfAndStopsAtTheEnd(FxRobot robot) throws Exception {
        robot.interact(() -> player.speedProperty().set(4.0));
        robot.clickOn("#player-play");
        assertThat(player.isPlaying()).isTrue();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !player.isPlaying());
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, "5 / 5", "Step number 5", 4);
    }

    @Test
    void scrubberSeeksAndShowsEventMarkers(FxRobot robot) {
        robot.interact(() -> robot.lookup("#player-scrubber").queryAs(javafx.scene.control.Slider.class).setValue(3));
        assertShown(robot, "4 / 5", "Step number 4", 3);
        assertThat(robot.lookup(".marker-split").queryAll()).hasSize(1);
    }

    @Test
    void speedStaysBetweenAQuarterAndFour(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                player.faster();
            }
        });
        assertThat(player.speedProperty().get()).isEqualTo(4.0);
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                player.slower();
            }
        });
        assertThat(player.speedProperty().get()).isEqualTo(0.25);
    }

    private void assertShown(FxRobot robot, String counter, String narration, int line) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#player-counter").queryAs(Label.class).getText()).isEqualTo(counter);
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).isEqualTo(narration);
        assertThat(pane.code().highlightedLine()).isEqualTo(line);
    }
}
