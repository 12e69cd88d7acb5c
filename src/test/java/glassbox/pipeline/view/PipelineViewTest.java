package glassbox.pipeline.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.pipeline.engine.Builtin;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.JourneyHighlight.HookCall;
import glassbox.pipeline.engine.PipelineState;
import glassbox.pipeline.engine.StackEntry;
import glassbox.player.Trace;
import glassbox.testing.TestContexts;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tab driven like a user: the builder, presets, the stack editor (drag, toggle, custom, undo) and the player. */
@ExtendWith(ApplicationExtension.class)
class PipelineViewTest {
    PipelineView view;
    PipelineViewModel vm;

    @Start
    void start(Stage stage) {
        // the app's own theme: controls are the size they are in the window
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        view = new PipelineView(TestContexts.english(), Runnable::run);
        vm = view.viewModel();
        view.player().animationsProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        scene.getStylesheets().add(getClass().getResource("/glassbox/app/glassbox.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/glassbox/app/theme-light.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/glassbox/pipeline/pipeline.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        // give the editors under the drawing room for every row (a user drags the divider the same way)
        view.controller().stage().setDividerPositions(0.2);
    }

    PipelineState lastState() {
        Trace<?> t = view.player().getTrace();
        return (PipelineState) t.last().state();
    }

    void toEnd(FxRobot robot) {
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
    }

    ListCell<?> cell(FxRobot robot, String name) {
        // the list scrolls in the short pane under the drawing: bring the row into view first
        int index = stackNames().indexOf(name);
        robot.interact(() -> view.controller().stackList().scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#pipeline-stack .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof StackEntry e && e.name().equals(name)).findFirst().orElseThrow();
    }

    List<String> stackNames() {
        return vm.stack().stream().map(StackEntry::name).toList();
    }

    @Test
    void opensWithTheDefaultStackAndAJourney() {
        assertThat(stackNames()).containsExactly("GZipMiddleware", "SecurityMiddleware", "SessionMiddleware",
                "CommonMiddleware", "CsrfViewMiddleware", "AuthenticationMiddleware", "MessageMiddleware",
                "XFrameOptionsMiddleware");
        assertThat(view.player().getTrace().size()).isGreaterThan(10);
        assertThat(lastState().response().status()).isEqualTo(200);
    }

    @Test
    void buildsAndSendsARequestFromTheToolbar(FxRobot robot) {
        robot.clickOn("#pipeline-method").clickOn("DELETE");
        robot.doubleClickOn("#pipeline-path").eraseText(20).write("/api/users/999");
        robot.clickOn("#pipeline-send");
        WaitForAsyncUtils.waitForFxEvents();
        toEnd(robot);
        // no CSRF cookie: CsrfViewMiddleware.process_view answers 403 and the view never runs
        assertThat(view.controller().details().statusText()).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(lastState().calls()).doesNotContain("view");
        robot.clickOn("#pipeline-request-tab");
        robot.clickOn("#pipeline-cookie").write("csrftoken=abc");
        robot.clickOn("#pipeline-csrf").write("abc");
        robot.clickOn("#pipeline-send");
        WaitForAsyncUtils.waitForFxEvents();
        toEnd(robot);
        assertThat(view.controller().details().statusText()).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(lastState().envelope()).containsEntry("status", "fail");
    }

    @Test
    void presetPostWithoutCsrfTokenGives403WithNarration(FxRobot robot) {
        robot.clickOn("#pipeline-preset").clickOn("POST without a CSRF token (403)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.methodProperty().get()).isEqualTo("POST");
        toEnd(robot);
        assertThat(lastState().response().status()).isEqualTo(403);
        assertThat(view.player().getTrace().steps()).anyMatch(s -> s.narration().args().stream()
                .anyMatch(a -> a.toString().contains("pipeline.csrf.rejected")));
        robot.clickOn("#player-first");
        for (int i = 0; i < 8; i++) {
            robot.clickOn("#player-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).contains("process_");
        assertThat(robot.lookup(".hook.current").tryQuery()).isPresent();
    }

    @Test
    void badPathShowsAnErrorAndKeepsTheTrace(FxRobot robot) {
        Trace<?> before = view.player().getTrace();
        robot.doubleClickOn("#pipeline-path").eraseText(20).write("api users");
        robot.clickOn("#pipeline-send");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#pipeline-path-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("must start with /");
        assertThat(problem.getStyleClass()).contains("field-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(vm.pathProperty().get()).as("the bad value stays visible").isEqualTo("api users");
        assertThat(view.player().getTrace()).isSameAs(before);
    }

    @Test
    void dragReordersTheStackAndUndoRedoRestoreIt(FxRobot robot) {
        robot.drag(cell(robot, "AuthenticationMiddleware"), MouseButton.PRIMARY).dropTo(cell(robot, "SessionMiddleware"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stackNames().indexOf("AuthenticationMiddleware")).isLessThan(stackNames().indexOf("SessionMiddleware"));
        Label warnings = robot.lookup("#pipeline-warnings").queryAs(Label.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getText()).contains("SessionMiddleware");
        robot.clickOn("#pipeline-send");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastState().response().status()).isEqualTo(500);
        robot.clickOn("#pipeline-undo");
        assertThat(stackNames().indexOf("AuthenticationMiddleware")).isEqualTo(5);
        assertThat(warnings.isVisible()).isFalse();
        robot.clickOn("#pipeline-redo");
        assertThat(stackNames().indexOf("AuthenticationMiddleware")).isEqualTo(2);
        robot.clickOn("#pipeline-reset");
        assertThat(stackNames().indexOf("AuthenticationMiddleware")).isEqualTo(5);
    }

    @Test
    void arrowButtonsMoveTheSelectedMiddleware(FxRobot robot) {
        robot.clickOn(cell(robot, "XFrameOptionsMiddleware"));
        robot.clickOn("#pipeline-up");
        assertThat(stackNames().get(6)).isEqualTo("XFrameOptionsMiddleware");
        robot.clickOn("#pipeline-down");
        assertThat(stackNames().get(7)).isEqualTo("XFrameOptionsMiddleware");
    }

    @Test
    void togglingSwitchesAMiddlewareOff(FxRobot robot) {
        CheckBox box = robot.from(cell(robot, "GZipMiddleware")).lookup(".check-box").queryAs(CheckBox.class);
        robot.clickOn(box);
        assertThat(vm.stack().get(0).enabled()).isFalse();
        robot.clickOn("#pipeline-send");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastState().calls()).noneMatch(c -> c.startsWith("GZipMiddleware"));
        assertThat(lastState().layers()).extracting(PipelineState.LayerState::name).doesNotContain("GZipMiddleware");
    }

    @Test
    void customMiddlewareShortCircuits(FxRobot robot) {
        robot.clickOn("#pipeline-add-custom");
        robot.clickOn("#pipeline-custom-name").write("Gate");
        robot.clickOn("#pipeline-custom-process_request").clickOn("respond with");
        robot.clickOn("#pipeline-custom-process_request-status").write("401");
        robot.clickOn("#pipeline-custom-apply");
        assertThat(stackNames().get(0)).isEqualTo("Gate");
        robot.clickOn("#pipeline-send");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastState().calls()).containsExactly("Gate.process_request", "Gate.process_response");
        assertThat(lastState().response().status()).isEqualTo(401);
        assertThat(view.player().getTrace().steps()).anyMatch(s -> s.event() == glassbox.pipeline.engine.JourneyEvent.SHORT_CIRCUIT);
    }

    @Test
    void shortCircuitPresetFadesTheLayersInsideAndDrawsTheTurn(FxRobot robot) {
        robot.clickOn("#pipeline-preset").clickOn("Custom middleware short-circuits (503)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stackNames().get(1)).isEqualTo("Maintenance");
        toEnd(robot);
        assertThat(lastState().calls()).containsExactly("Maintenance.process_request", "Maintenance.process_response",
                "GZipMiddleware.process_response");
        javafx.scene.Node turned = view.controller().drawing().target(new HookCall(1, Hook.PROCESS_REQUEST));
        assertThat(turned.getStyleClass()).contains("hook-respond");
        assertThat(view.controller().drawing().target(new HookCall(0, Hook.PROCESS_RESPONSE)).getOpacity()).isEqualTo(1.0);
        assertThat(view.controller().drawing().target(new HookCall(2, Hook.PROCESS_REQUEST)).getOpacity()).isLessThan(1.0);
        robot.clickOn("#pipeline-undo"); // the preset's stack change is undoable
        assertThat(stackNames()).doesNotContain("Maintenance");
    }

    @Test
    void customMiddlewareWithBadInputIsRefused(FxRobot robot) {
        robot.clickOn("#pipeline-add-custom");
        robot.clickOn("#pipeline-custom-name").write("9lives");
        robot.clickOn("#pipeline-custom-apply");
        assertThat(robot.lookup("#pipeline-error").queryAs(Label.class).getText()).contains("9lives");
        robot.doubleClickOn("#pipeline-custom-name").eraseText(10).write("Gate");
        robot.clickOn("#pipeline-custom-process_view").clickOn("respond with");
        robot.clickOn("#pipeline-custom-process_view-status").write("abc");
        robot.clickOn("#pipeline-custom-apply");
        assertThat(robot.lookup("#pipeline-error").queryAs(Label.class).getText()).contains("100 to 599");
        assertThat(stackNames()).hasSize(8);
        robot.doubleClickOn("#pipeline-custom-name").eraseText(10).write("SessionMiddleware");
        robot.doubleClickOn("#pipeline-custom-process_view-status").eraseText(5).write("302");
        robot.clickOn("#pipeline-custom-apply");
        assertThat(robot.lookup("#pipeline-error").queryAs(Label.class).getText()).contains("already");
        assertThat(stackNames()).hasSize(8);
    }

    @Test
    void loginThenGetPresetRunsTwoRequests(FxRobot robot) {
        robot.clickOn("#pipeline-preset").clickOn("Log in, then GET /api/users (gzip)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pipeline-prelude").queryAs(Label.class).getText()).contains("POST /login");
        PipelineState last = lastState();
        assertThat(last.journeys()).isEqualTo(2);
        assertThat(last.request().attributes()).containsEntry("request.user", "ada");
        assertThat(last.response().headers()).containsEntry("Content-Encoding", "gzip");
    }

    @Test
    void tryButtonOnTheRestNoteSendsTheRestRequest(FxRobot robot) {
        robot.clickOn("#pipeline-tab-notes");
        // The note scrolls inside a short pane under the app's theme: press the row's button directly.
        robot.interact(() -> robot.lookup("#pipeline-try-5").queryButton().fire()); // DELETE /api/users/3
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastState().response().status()).isEqualTo(204);
        assertThat(vm.rows()).extracting(glassbox.pipeline.engine.UserRow::id).doesNotContain(3L);
        robot.clickOn("#pipeline-tab-sql");
        assertThat(lastState().sql()).extracting(glassbox.pipeline.engine.SqlCall::sql)
                .containsExactly("DELETE FROM users WHERE id = ?");
    }

    @Test
    void theShellsUndoAndRedoReachStackEdits(FxRobot robot) {
        glassbox.core.Undoable undoable = view.undoable();
        assertThat(undoable).isNotNull();
        robot.interact(() -> assertThat(undoable.undo()).as("nothing to undo yet").isFalse());
        robot.interact(() -> vm.toggle(1));
        assertThat(vm.stack().get(1).enabled()).isFalse();
        robot.interact(() -> assertThat(undoable.undo()).isTrue());
        assertThat(vm.stack().get(1).enabled()).isTrue();
        robot.interact(() -> assertThat(undoable.redo()).isTrue());
        assertThat(vm.stack().get(1).enabled()).isFalse();
        // the tab no longer handles Ctrl+Z itself: the shell does, once, for every tab
        javafx.scene.input.KeyEvent ctrlZ = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                KeyCode.Z, false, true, false, false);
        robot.interact(() -> assertThat(view.handleShortcut(ctrlZ)).isFalse());
        assertThat(Builtin.defaults()).hasSize(8);
    }
}
