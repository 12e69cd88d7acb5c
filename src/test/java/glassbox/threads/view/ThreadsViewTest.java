package glassbox.threads.view;

import glassbox.threads.ThreadsTopic;
import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.ViewContext;
import glassbox.testing.TestContexts;
import glassbox.threads.engine.EventType;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.Schedule;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor, the player's cursor, compare mode and the live run, driven like a user would. */
@ExtendWith(ApplicationExtension.class)
class ThreadsViewTest {
    ThreadsView view;
    ViewContext context;
    final glassbox.store.Store store = glassbox.store.Store.inMemory();

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        context = TestContexts.withStore(java.util.Locale.ENGLISH, store);
        view = (ThreadsView) new ThreadsTopic().create(context);
        view.player().animationsProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        scene.getRoot().getStyleClass().add("theme-light");
        scene.getStylesheets().addAll(
                ThreadsViewTest.class.getResource("/glassbox/app/glassbox.css").toExternalForm(),
                ThreadsViewTest.class.getResource("/glassbox/app/theme-light.css").toExternalForm(),
                ThreadsViewTest.class.getResource("/glassbox/threads/threads.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void editBursts(FxRobot robot, int row, String text) {
        TextField f = robot.lookup("#threads-bursts-" + row).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
        robot.clickOn(f).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTwoCpuBoundThreadsWithStyledLanes(FxRobot robot) {
        assertThat(view.timeline().layer().getChildren().stream()
                .filter(n -> n.getStyleClass().contains("state-running"))
                .allMatch(n -> ((Path) n).getElements().isEmpty())).as("nothing drawn before the replay reaches it").isTrue();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().simulated().get(0).wallMs()).isEqualTo(200.0);
        assertThat(view.timeline().tracks()).hasSize(1);
        Path running = (Path) view.timeline().layer().getChildren().stream()
                .filter(n -> n.getStyleClass().contains("state-running")).findFirst().orElseThrow();
        assertThat(running.getFill()).as("CSS styles the lanes").isNotNull();
    }

    @Test
    void editingBurstsResimulatesAndBadInputKeepsTheState(FxRobot robot) {
        editBursts(robot, 1, "cpu:50");
        assertThat(view.model().draft().rows().get(1).bursts()).isEqualTo("cpu:50");
        assertThat(view.model().simulated().get(0).wallMs()).isEqualTo(150.0);

        editBursts(robot, 1, "cpu:0");
        Label error = robot.lookup("#threads-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("T2").contains("more than 0 ms");
        assertThat(view.model().draft().rows().get(1).bursts()).isEqualTo("cpu:50");
        assertThat(view.model().simulated().get(0).wallMs()).isEqualTo(150.0);
        assertThat(robot.lookup("#threads-bursts-1").queryAs(TextField.class).getStyleClass()).contains("invalid");

        editBursts(robot, 1, "2*(cpu:10");
        assertThat(error.getText()).contains("column");
    }

    @Test
    void addRemoveUndoRedo(FxRobot robot) {
        robot.clickOn("#threads-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().rows()).hasSize(3);
        assertThat(view.model().draft().rows().get(2).name()).isEqualTo("T3");
        assertThat(view.timeline().tracks().get(0).schedule().workload().size()).isEqualTo(3);
        robot.clickOn("#threads-remove-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().rows()).extracting(Draft.Row::name).containsExactly("T2", "T3");
        robot.clickOn("#threads-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().rows()).extracting(Draft.Row::name).containsExactly("T1", "T2", "T3");
        robot.clickOn("#threads-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().rows()).extracting(Draft.Row::name).containsExactly("T2", "T3");
    }

    @Test
    void knobsThatDoNotApplyAreDisabled(FxRobot robot) {
        assertThat(robot.lookup("#threads-interval").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#threads-cores").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#threads-switch-cost").query().isDisabled()).isTrue();
        robot.clickOn("#threads-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#threads-cores").query().isDisabled()).as("nogil is compared").isFalse();
    }

    @Test
    void lettersInANumberFieldAreRejectedBesideTheFieldAndTheLastGoodValueStays(FxRobot robot) {
        TextField interval = robot.lookup("#threads-interval").queryAs(TextField.class);
        robot.interact(() -> interval.setText("fast"));
        robot.clickOn(interval).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#threads-interval-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("\"fast\" is not a number");
        assertThat(problem.getStyleClass()).contains("field-problem");
        assertThat(interval.getText()).as("the last good value shows").isEqualTo("5");
        assertThat(view.model().draft().intervalMs()).isEqualByComparingTo("5");
        assertThat(interval.isFocused()).as("Enter hands focus back").isFalse();

        robot.interact(() -> interval.setText("99"));
        robot.clickOn(interval).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).contains("99 is outside 0.1 to 50");
        assertThat(interval.getText()).isEqualTo("5");

        robot.interact(() -> interval.setText("0.3"));
        robot.clickOn(interval).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        assertThat(view.model().draft().intervalMs()).isEqualByComparingTo("0.3");
        assertThat(view.model().simulated().get(0).settings().intervalNanos()).isEqualTo(300_000L);
    }

    @Test
    void hoveringALaneSaysWhatTheThreadIsDoing(FxRobot robot) {
        TimelineView tl = view.timeline();
        javafx.geometry.Bounds b = tl.localToScreen(tl.getBoundsInLocal());
        // T2's lane near 2.5 ms (of 200 ms) is waiting; find its row by scanning down the left of the plot
        // (the plot's width depends on the window, so scan right along T2's row until it waits)
        String seen = "";
        double rowY = Double.NaN;
        for (double y = b.getMinY() + 5; y < b.getMaxY() && !seen.contains("T2"); y += 4) {
            robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 80, y));
            WaitForAsyncUtils.waitForFxEvents();
            seen = ((javafx.scene.control.Tooltip) tl.getProperties().get("javafx.scene.control.Tooltip")).getText();
            rowY = y;
        }
        assertThat(seen).contains("T2 is");
        for (double x = b.getMinX() + 40; x < b.getMaxX() && !seen.contains("T2 is waiting"); x += 3) {
            robot.moveTo(new javafx.geometry.Point2D(x, rowY));
            WaitForAsyncUtils.waitForFxEvents();
            seen = ((javafx.scene.control.Tooltip) tl.getProperties().get("javafx.scene.control.Tooltip")).getText();
        }
        assertThat(seen).contains("T2 is waiting");
    }

    @Test
    void presetFromTheToolbar(FxRobot robot) {
        robot.clickOn("#threads-preset");
        robot.clickOn("Convoy effect");
        WaitForAsyncUtils.waitForFxEvents();
        Schedule s = view.model().simulated().get(0);
        assertThat(s.stats("T2").endMs()).isEqualTo(610.0);
        assertThat(view.model().draft().rows()).hasSize(2);
    }

    @Test
    void playerStepsMoveTheCursorOneEventPerStep(FxRobot robot) {
        Schedule s = view.model().simulated().get(0);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#player-forward");
        }
        WaitForAsyncUtils.waitForFxEvents();
        // step 0 is the intro; step 3 shows event 2: T2's drop request at 5 ms
        assertThat(s.log().type(2)).isEqualTo(EventType.DROP_REQUEST);
        assertThat(view.timeline().cursorNanos()).isEqualTo(5_000_000.0);
        String narration = robot.lookup("#narration").queryAs(Label.class).getText();
        assertThat(narration).contains("T2 waited 5 ms").contains("gil_drop_request").contains("T1 releases");
        assertThat(view.player().getIndex()).isEqualTo(3);
    }

    @Test
    void introTeachesSwitchIntervalVersusCheckInterval(FxRobot robot) {
        String narration = robot.lookup("#narration").queryAs(Label.class).getText();
        assertThat(narration).contains("sys.setswitchinterval").contains("100 ticks").contains("wrong");
    }

    @Test
    void compareModeShowsTwoSyncedTimelinesAndAWallChart(FxRobot robot) {
        robot.clickOn("#threads-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().compare()).isTrue();
        List<Track> tracks = view.timeline().tracks();
        assertThat(tracks).hasSize(2);
        assertThat(tracks.get(1).schedule().policy()).isEqualTo(Policy.NOGIL);
        assertThat(view.chart().isVisible()).as("no bar before the replay reaches one").isFalse();
        // gil, nogil, and (threads vs processes vs free threading) process with its 30 ms start
        assertThat(view.chart().bars()).extracting(b -> b.getXValue().doubleValue()).containsExactly(200.0, 100.0, 130.0);
        assertThat(view.chart().shownBars()).as("outcome hidden at step 1").isEmpty();
        // stepping walks both runs' events merged in time order; one cursor spans both timelines
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.timeline().cursorNanos()).isEqualTo(100_000_000.0);
        assertThat(view.chart().shownBars()).hasSize(3);
        robot.clickOn("#player-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.timeline().cursorNanos()).isEqualTo(200_000_000.0);
    }

    @Test
    void liveRunAddsRealTimelinesAndIsSaved(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().apply(view.model().draft().withRows(List.of(
                new Draft.Row("A", "cpu:12"), new Draft.Row("B", "cpu:12")))));
        robot.clickOn("#threads-live");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().live()).isNotNull();
        List<Track> tracks = view.timeline().tracks();
        assertThat(tracks).hasSize(3);
        assertThat(tracks.get(1).schedule().source()).isEqualTo(Schedule.Source.LIVE);
        assertThat(tracks.get(2).schedule().policy()).isEqualTo(Policy.NOGIL);
        Schedule gil = tracks.get(1).schedule();
        int holders = 0;
        for (int i = 0; i < gil.log().size(); i++) {
            holders += gil.log().type(i) == EventType.ACQUIRE ? 1 : gil.log().type(i) == EventType.RELEASE ? -1 : 0;
            assertThat(holders).as("never two holders of the live GIL").isLessThanOrEqualTo(1);
        }
        assertThat(view.chart().bars()).hasSize(3);
        assertThat(overlappingLabels(view.timeline())).as("lane labels after a live run").isEmpty();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.chart().shownBars()).hasSize(3);
        assertThat(store.runs("threads", 5)).hasSize(1)
                .first().satisfies(r -> assertThat(r.resultsJson()).contains("live_gil"));
    }

    @Test
    void millionEventScaleStaysBoundedOnScreen(FxRobot robot) {
        robot.interact(() -> {
            view.model().apply(view.model().draft().withInterval(new java.math.BigDecimal("0.1")));
            view.model().apply(view.model().draft().withRows(List.of(
                    new Draft.Row("T1", "cpu:5000"), new Draft.Row("T2", "cpu:5000"))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Schedule s = view.model().simulated().get(0);
        assertThat(s.log().size()).isGreaterThan(190_000);
        assertThat(view.player().getTrace().size()).isLessThanOrEqualTo(20_002);
        assertThat(view.timeline().shapeCount()).as("level of detail").isLessThan(120);
    }

    @Test
    void presetsAllSimulate(FxRobot robot) {
        for (Preset p : Preset.values()) {
            robot.interact(() -> assertThat(view.model().applyPreset(p)).as(p.name()).isTrue());
        }
    }

    /** Pairs of timeline texts (lane names, band labels, titles) whose boxes overlap. */
    static List<String> overlappingLabels(TimelineView tl) {
        List<javafx.scene.text.Text> texts = tl.layer().getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && t.isVisible() && !t.getText().isBlank()
                        && (n.getStyleClass().contains("timeline-label") || n.getStyleClass().contains("timeline-band-label")
                        || n.getStyleClass().contains("timeline-title")))
                .map(n -> (javafx.scene.text.Text) n).toList();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                javafx.geometry.Bounds a = texts.get(i).getBoundsInParent();
                javafx.geometry.Bounds b = texts.get(j).getBoundsInParent();
                if (a.getWidth() > 0 && b.getWidth() > 0 && a.getMinY() < b.getMaxY() - 1 && b.getMinY() < a.getMaxY() - 1
                        && a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX()) {
                    out.add(texts.get(i).getText() + " / " + texts.get(j).getText());
                }
            }
        }
        return out;
    }

    @Test
    void fourLiveAndSimulatedTracksNeverOverlapTheirLabels(FxRobot robot) {
        robot.interact(() -> {
            view.model().apply(view.model().draft().withCompare(true, Policy.NOGIL));
            view.model().apply(view.model().draft().withRows(List.of(new Draft.Row("A", "cpu:5"), new Draft.Row("B", "cpu:5"),
                    new Draft.Row("C", "cpu:5"), new Draft.Row("D", "cpu:5"))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlappingLabels(view.timeline())).isEmpty();
    }

    @Test
    void theEditorShowsEveryRowUpToFour(FxRobot robot) {
        robot.clickOn("#threads-add");
        robot.clickOn("#threads-add");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane rows = robot.lookup(".threads-editor-rows").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds viewport = rows.localToScreen(rows.getBoundsInLocal());
        for (int i = 0; i < 4; i++) {
            TextField f = robot.lookup("#threads-bursts-" + i).queryAs(TextField.class);
            javafx.geometry.Bounds b = f.localToScreen(f.getBoundsInLocal());
            assertThat(b.getMaxY()).as("row %d inside the editor", i).isLessThanOrEqualTo(viewport.getMaxY() + 1);
        }
    }

    @Test
    void undoIsTheSharedHistoryTheShellDrives(FxRobot robot) {
        robot.clickOn("#threads-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().rows()).hasSize(3);
        robot.interact(() -> assertThat(view.undoable().undo()).isTrue());
        assertThat(view.model().draft().rows()).hasSize(2);
        robot.interact(() -> assertThat(view.undoable().redo()).isTrue());
        assertThat(view.model().draft().rows()).hasSize(3);
    }

    @Test
    void sceneRoundTripAndStrictRefusals(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().applyPreset(Preset.CONVOY));
        var scene = view.scene().orElseThrow();
        robot.interact(() -> {
            try {
                view.applyScene(scene.deepCopy());
            } catch (glassbox.core.SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        assertThat(view.scene().orElseThrow()).isEqualTo(scene);
        assertThat(view.player().getIndex()).isZero();
        for (String bad : List.of("{\"abc\": 1}", "{\"mode\": \"schedule\", \"policy\": \"fast\", \"threads\": [{\"name\": \"T1\", \"bursts\": \"cpu:1\"}]}",
                "{\"mode\": \"schedule\", \"policy\": \"gil\"}",
                "{\"mode\": \"schedule\", \"policy\": \"gil\", \"interval_ms\": 99, \"threads\": [{\"name\": \"T1\", \"bursts\": \"cpu:1\"}]}",
                "{\"mode\": \"schedule\", \"policy\": \"gil\", \"threads\": [{\"name\": \"T1\", \"bursts\": \"cpu:0\"}]}")) {
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(bad);
            robot.interact(() -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.applyScene(node))
                    .as(bad).isInstanceOf(glassbox.core.SceneProblem.class));
            assertThat(view.scene().orElseThrow()).as("unchanged after %s", bad).isEqualTo(scene);
        }
    }

    @Test
    void theRefcountRaceRevealsItsOutcomeOnlyAtTheEndAndTheSliderChangesIt(FxRobot robot) throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"mode\": \"refcount\", \"policy\": \"gil\", \"threads\": [{\"name\": \"T1\", \"bursts\": \"cpu:1\"}],"
                        + " \"refcount\": {\"start\": 1, \"threads\": [{\"name\": \"T1\", \"ops\": \"incref\"},"
                        + " {\"name\": \"T2\", \"ops\": \"incref,decref\"}], \"gil\": false,"
                        + " \"interleave\": [\"T1\", \"T2\", \"T1\", \"T1\", \"T2\", \"T2\", \"T2\", \"T2\", \"T2\"]}}");
        robot.interact(() -> {
            try {
                view.applyScene(node);
            } catch (glassbox.core.SceneProblem e) {
                throw new AssertionError(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label outcome = robot.lookup("#threads-race-outcome-text").queryAs(Label.class);
        assertThat(outcome.isVisible()).as("hidden at step 1").isFalse();
        robot.interact(() -> assertThat(view.model().player().nextMarked()).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.player().getIndex()).as("the first lost update").isEqualTo(6);
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).contains("lost update");
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome.isVisible()).isTrue();
        assertThat(outcome.getText()).contains("Final ob_refcnt 1, expected 2: 1 lost update");
        robot.interact(() -> view.setOutcomeHidden(true));
        assertThat(outcome.isVisible()).as("hidden while a question is open").isFalse();
        robot.interact(() -> view.setOutcomeHidden(false));

        javafx.scene.control.Slider point = robot.lookup("#threads-race-point").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> point.setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().draft().race().order()).startsWith("T2", "T2", "T2");
        assertThat(view.model().raceProperty().get().lostUpdates()).as("T2 first, then T1: nothing lost").isZero();
        assertThat(outcome.isVisible()).as("dragging shows the outcome at once").isTrue();
        TextField order = robot.lookup("#threads-race-interleave").queryAs(TextField.class);
        robot.interact(() -> order.setText("T1,T2,T1,T1,T2,T2,T2,T2,T2"));
        robot.clickOn(order).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().raceProperty().get().lostUpdates()).isEqualTo(1);
        robot.clickOn("#threads-race-gil");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().raceProperty().get().lostUpdates()).as("with the GIL").isZero();
    }

    @Test
    void theLiveRefcountRaceIsCountedAndSaved(FxRobot robot) throws Exception {
        robot.interact(() -> view.model().setMode(Draft.Mode.REFCOUNT));
        robot.clickOn("#threads-race-live");
        WaitForAsyncUtils.waitForFxEvents();
        var r = view.model().liveRaceProperty().get();
        assertThat(r).isNotNull();
        assertThat(r.plain().lost()).isGreaterThanOrEqualTo(0);
        assertThat(r.atomic().lost()).isZero();
        assertThat(r.locked().lost()).isZero();
        assertThat(robot.lookup("#threads-race-live-text").queryAs(Label.class).getText()).contains("AtomicInteger lost 0");
        assertThat(store.runs("threads", 5)).first().satisfies(x -> assertThat(x.paramsJson()).contains("refcount_live"));
    }

    @Test
    void theSampleLessonsScenesAreAccepted(FxRobot robot) throws Exception {
        var lesson = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of("assets/lessons/threads.json").toFile());
        for (var scene : lesson.get("scenes")) {
            assertThat(scene.get("tab").asText()).isEqualTo("threads");
            var input = (com.fasterxml.jackson.databind.node.ObjectNode) scene.get("input");
            robot.interact(() -> {
                try {
                    view.applyScene(input);
                } catch (glassbox.core.SceneProblem e) {
                    throw new AssertionError(e);
                }
            });
            for (var q : scene.path("questions")) {
                String event = q.get("event").asText();
                boolean found = false;
                var trace = view.player().getTrace();
                for (int i = 0; i < trace.size(); i++) {
                    found |= trace.step(i).hasEvent() && trace.step(i).event().id().equals(event);
                }
                assertThat(found).as("the trace marks %s", event).isTrue();
            }
        }
    }
}
