package glassbox.threads.view;

import glassbox.core.Messages;
import glassbox.player.view.PlayerPane;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.RefcountFrame;
import glassbox.threads.engine.RefcountRace;
import glassbox.threads.engine.TimelineFrame;
import glassbox.threads.engine.LiveRefcount;
import glassbox.threads.view.ThreadsViewModel.Field;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds the Threads layout ({@code ThreadsView.fxml}) to {@link ThreadsViewModel}: controls show the
 * draft and turn edits into model commands; the drawings follow the player. No logic of its own.
 */
public final class ThreadsController {
    /** Height the timeline keeps however many threads the editor lists (it scrolls inside). */
    private static final double TIMELINE_MIN = 64;

    private final ThreadsViewModel model;
    private final Messages messages;
    private final TimeWindow window = new TimeWindow();
    private final TimelineView timeline;
    private final Legend legend;
    private final WallChart chart;
    private final WorkloadEditor editor;
    private final RaceView raceView;
    private PlayerPane pane;
    private boolean syncing;

    @FXML private StackPane root;
    @FXML private FlowPane controls;
    @FXML private ComboBox<Draft.Mode> mode;
    @FXML private Node presetBox;
    @FXML private ComboBox<Preset> preset;
    @FXML private Node policyBox;
    @FXML private ComboBox<Policy> policy;
    @FXML private Node intervalBox;
    @FXML private TextField interval;
    @FXML private Label intervalProblem;
    @FXML private Node coresBox;
    @FXML private TextField cores;
    @FXML private Label coresProblem;
    @FXML private Node switchCostBox;
    @FXML private TextField switchCost;
    @FXML private Label switchCostProblem;
    @FXML private Node startBox;
    @FXML private TextField start;
    @FXML private Label startProblem;
    @FXML private Node compareBox;
    @FXML private CheckBox compare;
    @FXML private ComboBox<Policy> comparePolicy;
    @FXML private Button live;
    @FXML private Node raceStartBox;
    @FXML private TextField raceStart;
    @FXML private Label raceStartProblem;
    @FXML private Node raceOps1Box;
    @FXML private Label raceOps1Label;
    @FXML private TextField raceOps1;
    @FXML private Label raceOps1Problem;
    @FXML private Node raceOps2Box;
    @FXML private Label raceOps2Label;
    @FXML private TextField raceOps2;
    @FXML private Label raceOps2Problem;
    @FXML private CheckBox raceGil;
    @FXML private Button raceRandom;
    @FXML private Button raceLive;
    @FXML private StackPane stage;
    @FXML private ScrollPane scheduleScroll;
    @FXML private TitledPane editorBox;
    @FXML private StackPane editorHolder;
    @FXML private Button zoomIn;
    @FXML private Button zoomOut;
    @FXML private Button zoomFit;
    @FXML private ScrollPane timelineScroll;
    @FXML private VBox frame;
    @FXML private StackPane timelineHolder;
    @FXML private StackPane legendHolder;
    @FXML private VBox raceStage;
    @FXML private Slider racePoint;
    @FXML private TextField interleave;
    @FXML private Label interleaveProblem;
    @FXML private StackPane raceHolder;
    @FXML private VBox side;
    @FXML private VBox raceOutcome;
    @FXML private Label raceOutcomeText;
    @FXML private Label raceLiveText;
    @FXML private StackPane chartHolder;

    public ThreadsController(ThreadsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.timeline = new TimelineView(messages, window);
        this.legend = new Legend(messages);
        this.chart = new WallChart(messages);
        this.editor = new WorkloadEditor(model, messages);
        this.raceView = new RaceView(messages);
    }

    @FXML
    private void initialize() {
        pane = new PlayerPane(model.player(), messages);
        pane.getStyleClass().add("threads-pane");
        pane.setControls(controls);
        pane.setStage(stage, side);
        root.getChildren().setAll(pane);
        editorHolder.getChildren().setAll(editor);
        timelineHolder.getChildren().setAll(timeline);
        legendHolder.getChildren().setAll(legend);
        raceHolder.getChildren().setAll(raceView);
        chartHolder.getChildren().setAll(chart);
        timelineHolder.minHeightProperty().bind(Bindings.createDoubleBinding(() -> timeline.minHeight(-1),
                model.tracksProperty(), timeline.heightProperty()));
        // The timeline keeps room for a track or two (all it needs when less): the editor above gives way first.
        timelineScroll.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(timeline.minHeight(-1) + 4, TIMELINE_MIN),
                model.tracksProperty(), timeline.heightProperty()));

        choices(mode, List.of(Draft.Mode.values()), m -> messages.get(m.labelKey()));
        choices(preset, List.of(Preset.values()), p -> messages.get(p.labelKey()));
        choices(policy, List.of(Policy.values()), p -> messages.get(p.labelKey()));
        choices(comparePolicy, List.of(Policy.values()), p -> messages.get(p.labelKey()));
        mode.valueProperty().addListener((o, a, b) -> edit(() -> model.setMode(b)));
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null && !syncing) {
                model.applyPreset(b);
                Platform.runLater(() -> preset.getSelectionModel().clearSelection());
            }
        });
        policy.valueProperty().addListener((o, a, b) -> edit(() -> model.setPolicy(b)));
        compare.selectedProperty().addListener((o, a, b) -> edit(() -> model.setCompare(b)));
        comparePolicy.valueProperty().addListener((o, a, b) -> edit(() -> model.setComparePolicy(b)));
        comparePolicy.disableProperty().bind(compare.selectedProperty().not());
        field(interval, intervalProblem, Field.INTERVAL, d -> plain(d.intervalMs()), model::setIntervalText);
        field(cores, coresProblem, Field.CORES, d -> String.valueOf(d.cores()), model::setCoresText);
        field(switchCost, switchCostProblem, Field.SWITCH_COST, d -> plain(d.switchCostUs()), model::setSwitchCostText);
        field(start, startProblem, Field.START, d -> plain(d.startMs()), model::setStartText);
        field(raceStart, raceStartProblem, Field.RACE_START, d -> String.valueOf(d.race().start()), model::setRaceStartText);
        field(raceOps1, raceOps1Problem, Field.RACE_OPS_1, d -> d.race().ops().get(0), t -> model.setRaceOpsText(0, t));
        field(raceOps2, raceOps2Problem, Field.RACE_OPS_2, d -> d.race().ops().get(1), t -> model.setRaceOpsText(1, t));
        field(interleave, interleaveProblem, Field.INTERLEAVE, d -> String.join(",", d.race().order()),
                model::setInterleaveText);
        raceGil.selectedProperty().addListener((o, a, b) -> edit(() -> model.setRaceGil(b)));
        racePoint.valueProperty().addListener((o, a, b) -> {
            if (!syncing && !racePoint.isValueChanging()) {
                edit(() -> model.setInterleavePoint((int) Math.round(b.doubleValue())));
            }
        });
        racePoint.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                edit(() -> model.setInterleavePoint((int) Math.round(racePoint.getValue())));
            }
        });
        raceRandom.setOnAction(e -> model.randomInterleave());
        live.setOnAction(e -> model.liveRun());
        live.disableProperty().bind(model.liveRunningProperty());
        raceLive.setOnAction(e -> model.liveRefcount());
        raceLive.disableProperty().bind(model.liveRunningProperty());
        zoomIn.setOnAction(e -> window.zoomCentre(2));
        zoomOut.setOnAction(e -> window.zoomCentre(0.5));
        zoomFit.setOnAction(e -> window.fit(window.total()));
        timeline.setOnTimeClicked(this::seekTime);
        timeline.setOnMouseClicked(e -> timeline.requestFocus());
        raceView.setOnMouseClicked(e -> raceView.requestFocus());
        raceView.setFocusTraversable(true);

        raceOutcome.visibleProperty().bind(model.atEndProperty().and(model.outcomeHiddenProperty().not())
                .or(model.liveRaceProperty().isNotNull()));
        raceOutcomeText.visibleProperty().bind(model.atEndProperty().and(model.outcomeHiddenProperty().not()));
        raceOutcomeText.managedProperty().bind(raceOutcomeText.visibleProperty());
        raceOutcome.managedProperty().bind(raceOutcome.visibleProperty());
        raceLiveText.visibleProperty().bind(model.liveRaceProperty().isNotNull());
        raceLiveText.managedProperty().bind(raceLiveText.visibleProperty());
        model.liveRaceProperty().addListener((o, a, b) -> showLiveRace(b));
        model.raceProperty().addListener((o, a, b) -> showRaceOutcome(b));
        model.tracksProperty().addListener((o, a, b) -> showTracks(b, a));
        model.revealNanosProperty().addListener((o, a, b) -> reveal());
        model.outcomeHiddenProperty().addListener((o, a, b) -> reveal());
        model.draftProperty().addListener((o, a, b) -> sync());
        model.player().addStepListener((step, previous, d) -> showStep(step.state(), step.highlights()));
        showTracks(model.tracksProperty().get(), null);
        showRaceOutcome(model.raceProperty().get());
        sync();
    }

    /** The node the shell puts in the tab. */
    public StackPane root() {
        return root;
    }

    public PlayerPane pane() {
        return pane;
    }

    /** The drawing File ▸ Export snapshots: the timeline, or the race. */
    public Node frame() {
        return model.draft().mode() == Draft.Mode.REFCOUNT ? raceStage : frame;
    }

    TimelineView timeline() {
        return timeline;
    }

    WallChart chart() {
        return chart;
    }

    WorkloadEditor editor() {
        return editor;
    }

    RaceView raceView() {
        return raceView;
    }

    TimeWindow window() {
        return window;
    }

    /** Puts the draft's values into the controls without firing edits. */
    private void sync() {
        syncing = true;
        try {
            Draft d = model.draft();
            boolean race = d.mode() == Draft.Mode.REFCOUNT;
            mode.setValue(d.mode());
            policy.setValue(d.policy());
            compare.setSelected(d.compare());
            comparePolicy.setValue(d.comparePolicy());
            interval.setText(plain(d.intervalMs()));
            cores.setText(String.valueOf(d.cores()));
            switchCost.setText(plain(d.switchCostUs()));
            start.setText(plain(d.startMs()));
            interval.setDisable(!d.uses(Policy.GIL) && !d.uses(Policy.YIELD));
            cores.setDisable(!d.uses(Policy.NOGIL) && !d.uses(Policy.PROCESS));
            switchCost.setDisable(!d.uses(Policy.YIELD));
            start.setDisable(!d.uses(Policy.PROCESS));
            for (Node n : List.of(presetBox, policyBox, intervalBox, coresBox, switchCostBox, startBox, compareBox, live)) {
                show(n, !race);
            }
            for (Node n : List.of(raceStartBox, raceOps1Box, raceOps2Box, raceGil, raceRandom, raceLive)) {
                show(n, race);
            }
            scheduleScroll.setVisible(!race);
            raceStage.setVisible(race);
            Draft.Race r = d.race();
            raceStart.setText(String.valueOf(r.start()));
            raceOps1Label.setText(messages.get("threads.rc.ops", r.names().get(0)));
            raceOps2Label.setText(messages.get("threads.rc.ops", r.names().get(1)));
            raceOps1.setText(r.ops().get(0));
            raceOps2.setText(r.ops().get(1));
            raceGil.setSelected(r.gil());
            interleave.setText(String.join(",", r.order()));
            int microOps = 3 * r.ops().get(0).split(",").length;
            racePoint.setMin(0);
            racePoint.setMax(microOps);
            int p = model.interleavePoint();
            racePoint.setValue(p < 0 ? microOps : p);
            showChart();
        } finally {
            syncing = false;
        }
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private void edit(java.util.function.BooleanSupplier command) {
        if (!syncing && !command.getAsBoolean()) {
            sync();
        }
    }

    /**
     * A text field that commits with Enter or on leaving it, reverts with Esc, shows the model's
     * reason beside it when a value is refused and keeps showing the last good value.
     */
    private void field(TextField f, Label problem, Field which, Function<Draft, String> shown, Predicate<String> commit) {
        problem.textProperty().bind(model.problemProperty(which));
        problem.visibleProperty().bind(model.problemProperty(which).isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Runnable take = () -> {
            if (!f.getText().equals(shown.apply(model.draft()))) {
                commit.test(f.getText());
                f.setText(shown.apply(model.draft()));
            }
        };
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                take.run();
                root.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                f.setText(shown.apply(model.draft()));
                root.requestFocus();
                e.consume();
            }
        });
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now && f.getScene() != null) {
                take.run();
            }
        });
    }

    private void showTracks(List<Track> tracks, List<Track> before) {
        boolean sameRuns = before != null && !before.isEmpty() && !tracks.isEmpty()
                && before.get(0).schedule() == tracks.get(0).schedule();
        timeline.setTracks(tracks, !sameRuns);
        legend.showBlocked(tracks.stream().anyMatch(t -> t.schedule().lanes().lockBand().size() > 0));
        showChart();
    }

    private void showChart() {
        if (model.draft().mode() != Draft.Mode.SCHEDULE) {
            chart.setVisible(false);
            chart.setManaged(false);
            return;
        }
        chart.show(model.tracksProperty().get(), model.ruleOfThumb());
        reveal();
    }

    /** Outcome panels follow the replay: bars and lanes appear as the cursor reaches them. */
    private void reveal() {
        double until = model.revealNanosProperty().get();
        boolean hidden = model.outcomeHiddenProperty().get();
        timeline.setReveal(hidden && until == Double.POSITIVE_INFINITY ? Double.MAX_VALUE / 2 : until);
        boolean wanted = model.draft().mode() == Draft.Mode.SCHEDULE && chart.hasBars();
        chart.reveal(hidden ? -1 : until);
        chart.setVisible(wanted && !hidden && !chart.shownBars().isEmpty());
        chart.setManaged(chart.isVisible());
    }

    private void showStep(Object state, java.util.Set<?> highlights) {
        if (state instanceof RefcountFrame f) {
            raceView.show(f);
            return;
        }
        if (!(state instanceof TimelineFrame f)) {
            return;
        }
        List<glassbox.threads.engine.Schedule> runs = model.simulated();
        if (f.run() >= runs.size()) {
            return;
        }
        glassbox.threads.engine.Schedule s = runs.get(f.run());
        long t = f.event() < 0 ? 0 : f.event() >= s.log().size() ? s.wall() : s.log().time(f.event());
        java.util.Set<Integer> lit = new java.util.HashSet<>();
        for (Object h : highlights) {
            if (h instanceof glassbox.threads.engine.ThreadHighlight th && th.run() == f.run()) {
                lit.add(th.thread());
            }
        }
        timeline.setCursor(t, f.run(), lit);
    }

    private void showRaceOutcome(RefcountRace.Result r) {
        if (r == null) {
            return;
        }
        raceOutcomeText.setText(messages.get("threads.rc.outcome", r.finalCount(), r.expected(), r.lostUpdates(),
                messages.get(r.freedEarly() ? "threads.rc.outcome.freed" : "threads.rc.outcome.notFreed")));
        raceOutcomeText.getStyleClass().remove("bad");
        if (r.lostUpdates() > 0) {
            raceOutcomeText.getStyleClass().add("bad");
        }
    }

    private void showLiveRace(LiveRefcount.Result r) {
        if (r != null) {
            raceLiveText.setText(messages.get("threads.rc.live.result", r.threads(), r.increments(), r.plain().lost(),
                    r.atomic().lost(), r.locked().lost()));
        }
    }

    /** Moves the player to the last step at or before {@code nanos}. */
    private void seekTime(long nanos) {
        var trace = model.player().getTrace();
        if (trace == null || !(trace.step(0).state() instanceof TimelineFrame)) {
            return;
        }
        double ms = nanos / 1e6;
        int lo = 0;
        int hi = trace.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            TimelineFrame f = (TimelineFrame) trace.step(mid).state();
            if (f.timeMs() <= ms) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        model.player().seek(lo);
    }

    private static String plain(java.math.BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static <T> void choices(ComboBox<T> box, List<T> items, Function<T, String> label) {
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : label.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
    }
}
