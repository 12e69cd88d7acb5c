package glassbox.player.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A code longer than its pane scrolls so the lit line is always in sight, down and back up. */
@ExtendWith(ApplicationExtension.class)
class CodePaneTest {
    private CodePane code;

    @Start
    void start(Stage stage) {
        code = new CodePane();
        code.showCode(new Messages(Locale.ENGLISH), "btree.code.insert"); // 14 lines
        // a fixed small pane, whatever size an earlier test left the shared stage at
        code.setMinSize(320, 90);
        code.setPrefSize(320, 90);
        code.setMaxSize(320, 90);
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(code);
        root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        stage.setScene(new Scene(root, 320, 90));
        stage.show();
    }

    private boolean inSight(int line) {
        Node lit = code.lookupAll(".code-line").stream().filter(n -> n.getStyleClass().contains("current")).findFirst()
                .orElseThrow();
        Bounds b = lit.localToScene(lit.getLayoutBounds());
        Bounds view = code.localToScene(code.getLayoutBounds());
        return code.highlightedLine() == line && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    /** Lights a line and lets the pane lay itself out, as the next pulse would. */
    private void light(FxRobot robot, int line) {
        robot.interact(() -> {
            code.highlight(line);
            code.applyCss();
            code.layout();
        });
    }

    @Test
    void theLitLineIsScrolledIntoSight(FxRobot robot) {
        light(robot, 14);
        assertThat(inSight(14)).as("last line").isTrue();
        assertThat(code.getVvalue()).isPositive();
        light(robot, 1);
        assertThat(inSight(1)).as("back to the first").isTrue();
        assertThat(code.getVvalue()).isZero();
        light(robot, 8);
        assertThat(inSight(8)).as("a middle line").isTrue();
    }
}
