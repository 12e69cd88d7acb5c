package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The layout probe finds cut text, overlapping text and controls off the window, and nothing else. */
@ExtendWith(ApplicationExtension.class)
class LayoutProbeTest {
    private Pane root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = new Pane();
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private LayoutProbe.Report probe(FxRobot robot, javafx.scene.Node... nodes) {
        robot.interact(() -> root.getChildren().setAll(nodes));
        WaitForAsyncUtils.waitForFxEvents();
        LayoutProbe.Report[] r = new LayoutProbe.Report[1];
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            r[0] = LayoutProbe.probe(stage.getScene().getRoot(), 400, 300);
        });
        return r[0];
    }

    private static Label label(String text, double x, double y, double w) {
        Label l = new Label(text);
        l.relocate(x, y);
        if (w > 0) {
            l.setMinWidth(w);
            l.setPrefWidth(w);
            l.setMaxWidth(w);
        }
        return l;
    }

    @Test
    void aCleanLayoutReportsNothing(FxRobot robot) {
        VBox box = new VBox(new Button("ok"));
        box.relocate(200, 10);
        assertThat(probe(robot, label("one", 10, 10, 0), label("two", 10, 60, 0), box).clean()).isTrue();
    }

    @Test
    void cutTextIsReported(FxRobot robot) {
        LayoutProbe.Report r = probe(robot, label("a rather long caption that cannot fit", 10, 10, 60));
        assertThat(r.truncated()).singleElement().asString().startsWith("Label \"a rather long");
        assertThat(r.overlaps()).isEmpty();
    }

    @Test
    void overlappingTextIsReported(FxRobot robot) {
        LayoutProbe.Report r = probe(robot, label("first", 10, 10, 0), label("second", 14, 12, 0));
        assertThat(r.overlaps()).singleElement().asString().contains("first").contains("second");
    }

    @Test
    void controlsOutsideTheWindowAreReportedButScrolledAwayOnesAreNot(FxRobot robot) {
        Button off = new Button("far");
        off.relocate(380, 10);
        VBox tall = new VBox();
        for (int i = 0; i < 40; i++) {
            tall.getChildren().add(new Label("row " + i));
        }
        ScrollPane scroll = new ScrollPane(tall);
        scroll.setPrefSize(200, 150);
        scroll.relocate(10, 100);
        LayoutProbe.Report r = probe(robot, off, scroll);
        assertThat(r.offscreen()).singleElement().asString().startsWith("Button \"far\"");
        assertThat(r.overlaps()).isEmpty();
    }
}
