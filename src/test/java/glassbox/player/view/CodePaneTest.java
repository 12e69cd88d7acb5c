package glassbox.player.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

    /** Shows {@code key} in a pane {@code width} wide and lays it out. */
    private void show(FxRobot robot, String key, double width) {
        robot.interact(() -> {
            code.showCode(new Messages(Locale.ENGLISH), key);
            code.setMinSize(width, 90);
            code.setPrefSize(width, 90);
            code.setMaxSize(width, 90);
            code.applyCss();
            code.layout();
            code.layout(); // a comment that lost its aligning blanks is laid out again
        });
    }

    private Label line(int n) {
        return (Label) code.lookupAll(".code-line").toArray(new Node[0])[n - 1];
    }

    @Test
    void aLongLineWrapsUnderItsOwnCodeNotUnderTheLineNumber(FxRobot robot) {
        show(robot, "threads.code.gil", 180);
        Label first = line(1);
        Node gutter = first.getGraphic();
        assertThat(((Label) gutter).getText()).isEqualTo(" 1  ");
        Node text = first.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .findFirst().orElseThrow(); // the line's own text, not the gutter's
        assertThat(first.getHeight()).as("the line wraps at 180 px").isGreaterThan(2 * first.getFont().getSize());
        // every wrapped row of the code starts right of the number
        assertThat(text.getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(gutter.getBoundsInParent().getMaxX() - 0.5);
        // an indented line has its indent in the gutter, so its wrapped rows hang under the code;
        // too long for the pane, the indent is halved
        Label third = line(3);
        assertThat(((Label) third.getGraphic()).getText()).isEqualTo(" 3      ");
        assertThat(third.getText()).startsWith("saved = ");
        // the number sits beside the first row, not half-way down a wrapped line
        assertThat(gutter.getBoundsInParent().getMinY()).isLessThan(text.getBoundsInParent().getMinY() + 2);
    }

    @Test
    void aLineIsShownAsWrittenWhereItFitsAndCompactedWhereItDoesNot(FxRobot robot) {
        String[] src = new Messages(Locale.ENGLISH).get("threads.code.gil").split("\n");
        String compact = "def take_gil(t):  #\u00a0Python/ceval_gil.c"; // "#" cannot wrap away from its words
        show(robot, "threads.code.gil", 180);
        assertThat(line(1).getText()).isEqualTo(compact);
        show(robot, "threads.code.gil", 1400);
        assertThat(line(1).getText()).as("the comment in its column").isEqualTo(src[0]);
        assertThat(((Label) line(3).getGraphic()).getText() + line(3).getText()).as("the indent as written")
                .isEqualTo(" 3  " + src[2]);
        show(robot, "threads.code.gil", 180);
        assertThat(line(1).getText()).as("narrow again").isEqualTo(compact);
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
