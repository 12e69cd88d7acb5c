package glassbox.pipeline.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.SceneProblem;
import glassbox.pipeline.engine.PipelineState;
import glassbox.player.Trace;
import glassbox.testing.TestContexts;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scenes (describe, rebuild, refuse), and keys that hand the focus back to the clicker. */
@ExtendWith(ApplicationExtension.class)
class PipelineSceneTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    PipelineView view;
    PipelineViewModel vm;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        view = new PipelineView(TestContexts.of(Locale.ENGLISH), Runnable::run);
        vm = view.viewModel();
        view.player().animationsProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        scene.getStylesheets().add(getClass().getResource("/glassbox/app/glassbox.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/glassbox/app/theme-light.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/glassbox/pipeline/pipeline.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    ObjectNode json(String text) throws Exception {
        return (ObjectNode) MAPPER.readTree(text);
    }

    PipelineState lastState() {
        return (PipelineState) view.player().getTrace().last().state();
    }

    @Test
    void describingThenRebuildingGivesTheSameScene(FxRobot robot) throws Exception {
        ObjectNode first = view.scene().orElseThrow();
        assertThat(first.get("middleware")).hasSize(8);
        assertThat(first.at("/request/method").asText()).isEqualTo("GET");
        robot.interact(() -> {
            vm.applyPreset(Preset.SHORT_CIRCUIT);
            vm.toggle(3);
            vm.viewRaisesProperty().set(true);
        });
        ObjectNode edited = view.scene().orElseThrow();
        robot.interact(() -> {
            try {
                view.applyScene(first);
                assertThat(view.scene().orElseThrow()).isEqualTo(first);
                view.applyScene(edited.deepCopy());
            } catch (SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        assertThat(view.scene().orElseThrow()).isEqualTo(edited);
        assertThat(edited.at("/middleware/1/name").asText()).isEqualTo("Maintenance");
        assertThat(edited.at("/middleware/1/respond/process_request").asInt()).isEqualTo(503);
        assertThat(edited.at("/middleware/3/enabled").asBoolean(true)).isFalse();
        assertThat(view.player().getIndex()).as("a rebuilt scene starts at step 0").isZero();
    }

    @Test
    void aSceneRunsItsRequestThroughItsStack(FxRobot robot) throws Exception {
        ObjectNode scene = json("""
                {"middleware": [{"name": "Gate", "hooks": ["process_request", "process_response"],
                                 "respond": {"process_request": 401}},
                                {"name": "CsrfViewMiddleware"}],
                 "request": {"method": "POST", "path": "/api/users", "headers": {"Cookie": "csrftoken=abc"},
                             "body": "{}"}}""");
        robot.interact(() -> {
            try {
                view.applyScene(scene);
            } catch (SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        assertThat(lastState().calls()).containsExactly("Gate.process_request", "Gate.process_response");
        assertThat(lastState().response().status()).isEqualTo(401);
        assertThat(vm.cookieProperty().get()).isEqualTo("csrftoken=abc");
        robot.interact(() -> assertThat(view.undoable().undo()).as("the scene's stack can be undone").isTrue());
        assertThat(vm.stack()).hasSize(8);
    }

    @Test
    void badScenesAreRefusedNamingTheFieldAndLeaveTheTabAsItWas(FxRobot robot) throws Exception {
        String[][] cases = {
            {"{\"middleware\": [], \"request\": {\"method\": \"GET\", \"path\": \"/\"}, \"abc\": 1}", "abc"},
            {"{\"request\": {\"method\": \"GET\", \"path\": \"/\"}}", "middleware"},
            {"{\"middleware\": []}", "request"},
            {"{\"middleware\": [{\"name\": \"NoSuchMiddleware\"}], \"request\": {\"method\": \"GET\", \"path\": \"/\"}}",
                "middleware[0].name"},
            {"{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"respond\": {\"process_view\": 200}}],"
                + " \"request\": {\"method\": \"GET\", \"path\": \"/\"}}", "middleware[0].respond.process_view"},
            {"{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_reqest\"]}], \"request\": {\"method\": \"GET\", \"path\": \"/\"}}",
                "middleware[0].hooks"},
            {"{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"respond\": {\"process_request\": 9223372036854775808}}],"
                + " \"request\": {\"method\": \"GET\", \"path\": \"/\"}}", "middleware[0].respond.process_request"},
            {"{\"middleware\": [], \"request\": {\"method\": \"FETCH\", \"path\": \"/\"}}", "request.method"},
            {"{\"middleware\": [], \"request\": {\"method\": \"GET\", \"path\": \"api\"}}", "request.path"},
            {"{\"middleware\": [], \"request\": {\"method\": \"GET\", \"path\": \"/\", \"headers\": {\"Host\": \"x\"}}}",
                "request.headers.Host"},
            {"{\"middleware\": [], \"request\": {\"method\": \"GET\", \"path\": \"/\"}, \"view_raises\": \"yes\"}", "view_raises"},
            {"{\"middleware\": [{\"name\": \"GZipMiddleware\"}, {\"name\": \"GZipMiddleware\"}], \"request\": {\"method\": \"GET\", \"path\": \"/\"}}",
                "middleware[1].name"},
        };
        ObjectNode before = view.scene().orElseThrow();
        Trace<?> trace = view.player().getTrace();
        for (String[] c : cases) {
            ObjectNode bad = json(c[0]);
            robot.interact(() -> assertThatThrownBy(() -> view.applyScene(bad)).as(c[0])
                    .isInstanceOfSatisfying(SceneProblem.class, p -> assertThat(p.field()).isEqualTo(c[1])));
        }
        assertThat(view.scene().orElseThrow()).isEqualTo(before);
        assertThat(view.player().getTrace()).isSameAs(trace);
    }

    @Test
    void tooManyMiddlewareInASceneAreRefused(FxRobot robot) throws Exception {
        StringBuilder sb = new StringBuilder("{\"middleware\": [");
        for (int i = 0; i < 101; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\": \"M").append(i).append("\", \"hooks\": []}");
        }
        ObjectNode big = json(sb.append("], \"request\": {\"method\": \"GET\", \"path\": \"/\"}}").toString());
        robot.interact(() -> assertThatThrownBy(() -> view.applyScene(big)).hasMessageContaining("limit of 100"));
    }

    @Test
    void enterSendsAndHandsTheFocusBack(FxRobot robot) {
        robot.doubleClickOn("#pipeline-path").eraseText(20).write("/api/users/999");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pipeline-path").queryAs(TextField.class).isFocused()).isFalse();
        assertThat(view.root().getScene().getFocusOwner()).isNotInstanceOf(javafx.scene.control.TextInputControl.class);
        assertThat(lastState().request().path()).isEqualTo("/api/users/999");
        // the player keys now reach the shell, not the field
        assertThat(view.root().getScene().getFocusOwner()).isSameAs(view.controller().root());
    }

    @Test
    void escapePutsTheTextBackAndHandsTheFocusBack(FxRobot robot) {
        robot.clickOn("#pipeline-path").write("/oops");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.pathProperty().get()).isEqualTo("/api/users");
        assertThat(robot.lookup("#pipeline-path").queryAs(TextField.class).isFocused()).isFalse();
        robot.clickOn("#pipeline-request-tab");
        robot.clickOn("#pipeline-cookie").write("x=1");
        robot.type(KeyCode.ESCAPE);
        assertThat(vm.cookieProperty().get()).isEmpty();
        assertThat(view.root().getScene().getFocusOwner()).isSameAs(view.controller().root());
    }

    @Test
    void clickingTheDrawingTakesTheFocus(FxRobot robot) {
        robot.clickOn("#pipeline-path");
        robot.clickOn("#pipeline-drawing-host");
        assertThat(view.root().getScene().getFocusOwner()).isSameAs(view.controller().root());
    }

    /** The sample lesson: every scene is accepted, runs, and reaches each question's marked event. */
    @Test
    void theSampleLessonsScenesRunAndReachTheirQuestions(FxRobot robot) throws Exception {
        com.fasterxml.jackson.databind.JsonNode lesson = MAPPER.readTree(java.nio.file.Path.of("assets/lessons/pipeline.json").toFile());
        int[] expectedStatus = {404, 403, 503};
        assertThat(lesson.get("scenes")).hasSize(expectedStatus.length);
        for (int i = 0; i < expectedStatus.length; i++) {
            com.fasterxml.jackson.databind.JsonNode scene = lesson.get("scenes").get(i);
            assertThat(scene.get("tab").asText()).isEqualTo("pipeline");
            ObjectNode input = (ObjectNode) scene.get("input");
            robot.interact(() -> {
                try {
                    view.applyScene(input);
                } catch (SceneProblem e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(lastState().response().status()).as(scene.get("title").asText()).isEqualTo(expectedStatus[i]);
            assertThat(view.scene().orElseThrow()).as("the scene is in canonical form").isEqualTo(input);
            for (com.fasterxml.jackson.databind.JsonNode q : scene.get("questions")) {
                String event = q.get("event").asText();
                long seen = view.player().getTrace().steps().stream()
                        .filter(s -> s.event() != null && s.event().id().equals(event)).count();
                assertThat(seen).as("event %s in scene %d", event, i).isGreaterThanOrEqualTo(q.get("occurrence").asInt());
            }
        }
        assertThat(lastState().calls()).contains("ErrorPage.process_exception");
    }

    @Test
    void outcomePanelsHideWhileTheClassPredicts(FxRobot robot) {
        robot.clickOn("#pipeline-tab-response");
        javafx.scene.Node status = robot.lookup("#pipeline-status-line").query();
        assertThat(status.getParent().isVisible()).isTrue();
        robot.interact(() -> assertThat(view.setOutcomeHidden(true)).isTrue());
        assertThat(status.getParent().getParent().isVisible()).as("the response pane").isFalse();
        robot.interact(() -> view.setOutcomeHidden(false));
        assertThat(status.getParent().getParent().isVisible()).isTrue();
    }
}
