package glassbox.database.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import glassbox.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Scenes: describe → rebuild → describe is the same; bad scenes change nothing; outcomes can be hidden. */
@ExtendWith(ApplicationExtension.class)
class DatabaseSceneTest {
    @TempDir
    static Path data;
    DatabaseView view;

    @Start
    void start(Stage stage) {
        view = new DatabaseView(TestContexts.english(), data);
        view.player().animationsProperty().set(false);
        stage.setScene(new Scene((Parent) view.root(), 1280, 720));
        stage.show();
    }

    static ObjectNode json(String text) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(text);
    }

    @Test
    void scenesRoundTripForEveryExperiment(FxRobot robot) throws Exception {
        for (String s : new String[] {
            "{\"experiment\":\"index\",\"rows\":2000,\"repeat\":2,\"connection\":{\"kind\":\"h2\"}}",
            "{\"experiment\":\"composite\",\"rows\":3000,\"repeat\":2,\"connection\":{\"kind\":\"h2\"}}",
            "{\"experiment\":\"locks\",\"strategy\":\"optimistic\",\"stock\":5,\"buyers\":9,\"threads\":3,\"think_ms\":0,"
                    + "\"connection\":{\"kind\":\"h2\"}}"}) {
            ObjectNode in = json(s);
            robot.interact(() -> {
                try {
                    view.applyScene(in);
                } catch (SceneProblem e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(view.scene()).contains(in);
            assertThat(view.player().getIndex()).isZero();
            ObjectNode again = view.scene().orElseThrow();
            robot.interact(() -> {
                try {
                    view.applyScene(again);
                } catch (SceneProblem e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(view.scene()).contains(again);
        }
        assertThat(view.locksModel().getResult().params().buyers()).isEqualTo(9);
        assertThat(view.undoable().undo()).isTrue();
        assertThat(view.scene().orElseThrow().get("buyers").asInt()).isEqualTo(9);
    }

    @Test
    void badScenesNameTheFieldAndChangeNothing(FxRobot robot) throws Exception {
        ObjectNode before = view.scene().orElseThrow();
        String[][] bad = {
            {"{\"experiment\":\"index\",\"rows\":\"abc\",\"repeat\":2}", "rows"},
            {"{\"experiment\":\"index\",\"rows\":999999999,\"repeat\":2}", "rows"},
            {"{\"experiment\":\"index\",\"rows\":10,\"repeat\":2,\"strategy\":\"none\"}", "strategy"},
            {"{\"experiment\":\"locks\",\"strategy\":\"greedy\",\"stock\":1,\"buyers\":1,\"threads\":1,\"think_ms\":0}", "strategy"},
            {"{\"experiment\":\"locks\",\"strategy\":\"none\",\"stock\":1,\"buyers\":100000,\"threads\":1,\"think_ms\":0}", "buyers"},
            {"{\"experiment\":\"locks\",\"strategy\":\"none\",\"stock\":1,\"buyers\":1,\"threads\":1}", "think_ms"},
            {"{\"experiment\":\"sort\"}", "experiment"},
            {"{\"experiment\":\"composite\",\"rows\":999,\"repeat\":2}", "rows"},
            {"{\"experiment\":\"composite\",\"rows\":5000,\"repeat\":2,\"stock\":3}", "stock"},
            {"{\"experiment\":\"index\",\"rows\":10,\"repeat\":1,\"connection\":{\"kind\":\"server\",\"host\":\"127.0.0.1\","
                    + "\"port\":\"3306\",\"user\":\"u\",\"password\":\"x\"}}", "connection.password"},
            {"{\"experiment\":\"index\",\"rows\":10,\"repeat\":1,\"connection\":{\"kind\":\"server\",\"host\":\"db.example.com\","
                    + "\"port\":\"3306\",\"user\":\"u\"}}", "connection.host"}};
        for (String[] b : bad) {
            ObjectNode in = json(b[0]);
            assertThatThrownBy(() -> view.applyScene(in)).as(b[0]).isInstanceOf(SceneProblem.class)
                    .extracting(e -> ((SceneProblem) e).field()).isEqualTo(b[1]);
            assertThat(view.scene()).contains(before);
        }
        assertThat(view.indexModel().getResult()).isNull();
    }

    @Test
    void outcomesAppearAtTheEndAndCanBeHidden(FxRobot robot) throws Exception {
        ObjectNode in = json("{\"experiment\":\"locks\",\"strategy\":\"atomic\",\"stock\":3,\"buyers\":5,\"threads\":2,\"think_ms\":0}");
        robot.interact(() -> {
            try {
                view.applyScene(in);
            } catch (SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        var box = robot.lookup("#database-compare-box").query();
        var tiles = robot.lookup("#database-tiles").query();
        assertThat(box.isVisible()).as("comparison before the end").isFalse();
        robot.interact(() -> view.player().last());
        assertThat(box.isVisible()).as("comparison at the end").isTrue();
        robot.interact(() -> view.setOutcomeHidden(true));
        assertThat(box.isVisible()).isFalse();
        assertThat(tiles.isVisible()).isFalse();
        robot.interact(() -> view.setOutcomeHidden(false));
        assertThat(tiles.isVisible()).isTrue();
    }

    @Test
    void theSavedConnectionGoesToTheContextsDataFolder(FxRobot robot, @TempDir Path other) throws Exception {
        glassbox.core.ViewContext base = TestContexts.english();
        glassbox.core.ViewContext withFolder = new glassbox.core.ViewContext(base.messages(), base.work(), base.runs(),
                base.navigator(), other);
        robot.interact(() -> {
            DatabaseView v = new DatabaseView(withFolder);
            ConnectionViewModel c = v.model().connection();
            c.kindProperty().set(ConnectionViewModel.Kind.SERVER);
            c.userProperty().set("lecturer");
            c.save();
        });
        assertThat(Files.readString(other.resolve(ConnectionViewModel.FILE))).contains("lecturer");
        // and a new view on the same folder reads it back
        robot.interact(() -> assertThat(new DatabaseView(withFolder).model().connection().userProperty().get())
                .isEqualTo("lecturer"));
    }

    @Test
    void theScenesAndTheSavedConnectionNeverHoldThePassword(FxRobot robot) throws Exception {
        ConnectionViewModel c = view.model().connection();
        robot.interact(() -> {
            c.kindProperty().set(ConnectionViewModel.Kind.SERVER);
            c.userProperty().set("teacher");
            c.passwordProperty().set("s3cret-pw");
            c.save();
        });
        assertThat(view.scene().orElseThrow().toString()).contains("teacher").doesNotContain("s3cret-pw");
        assertThat(Files.readString(data.resolve(ConnectionViewModel.FILE))).contains("teacher").doesNotContain("s3cret-pw");
        robot.interact(() -> {
            c.savePasswordProperty().set(true);
            c.save();
        });
        Path file = data.resolve(ConnectionViewModel.FILE);
        assertThat(Files.readString(file)).contains("s3cret-pw");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        robot.interact(() -> c.kindProperty().set(ConnectionViewModel.Kind.H2));
    }
}
