package glassbox.threads.view;

import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.Trace;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.TimelineFrame;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Threads tab: toolbar, thread editor, the timeline of simulated (and live) runs with its
 * legend, the wall-time chart, and the shared player stepping a cursor through the events.
 */
public final class ThreadsView implements TopicView {
    private final ViewContext context;
    private final Messages messages;
    private final ThreadsViewModel model;
    private final PlayerViewModel player = new PlayerViewModel();
    private final PlayerPane pane;
    private final TimeWindow window = new TimeWindow();
    private final TimelineView timeline;
    private final WorkloadEditor editor;
    private final WallChart chart;
    private final VBox frame;
    private boolean customised;

    public ThreadsView(ViewContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ThreadsViewModel(context);
        this.pane = new PlayerPane(player, messages);
        pane.getStyleClass().add("threads-pane");
        this.timeline = new TimelineView(messages, window);
        this.editor = new WorkloadEditor(model, messages);
        this.chart = new WallChart(messages);
        SettingsBar settings = new SettingsBar(model, messages, this::startLive);
        pane.setControls(settings);

        TitledPane editorBox = new TitledPane(messages.get("threads.editor.title"), editor);
        editorBox.setId("threads-editor");
        editorBox.getStyleClass().add("threads-editor-box");
        editorBox.setCollapsible(true);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(messages.get("threads.timeline.hint"));
        hint.getStyleClass().add("threads-hint");
        HBox header = new HBox(6, hint, spacer,
                zoomButton("mdi2m-magnify-plus-outline", "threads.zoom.in.tip", "threads-zoom-in", () -> window.zoomCentre(2)),
                zoomButton("mdi2m-magnify-minus-outline", "threads.zoom.out.tip", "threads-zoom-out", () -> window.zoomCentre(0.5)),
                zoomButton("mdi2a-arrow-expand-horizontal", "threads.zoom.fit.tip", "threads-zoom-fit", () -> window.fit(window.total())));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("threads-timeline-header");

        frame = new VBox(4, timeline, new Legend(messages));
        frame.getStyleClass().add("threads-frame");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox stage = new VBox(4, editorBox, header, frame);
        stage.getStyleClass().add("threads-stage");
        VBox.setVgrow(frame, Priority.ALWAYS);
        chart.visibleProperty().set(false);
        chart.managedProperty().bind(chart.visibleProperty());
        pane.setStage(stage, chart);

        timeline.setOnTimeClicked(this::seekTime);
        model.tracksProperty().addListener((o, a, b) -> showTracks(b, a));
        model.traceProperty().addListener((o, a, b) -> player.load(b));
        player.addStepListener((step, previous, duration) -> showStep(step));
        showTracks(model.tracksProperty().get(), null);
        player.load(model.traceProperty().get());
    }

    private Button zoomButton(String icon, String tipKey, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showTracks(List<Track> tracks, List<Track> before) {
        boolean sameRuns = before != null && !before.isEmpty() && !tracks.isEmpty()
                && before.get(0).schedule() == tracks.get(0).schedule();
        timeline.setTracks(tracks, !sameRuns);
        chart.show(tracks);
        chart.setVisible(tracks.size() > 1);
    }

    private void showStep(Step<?> step) {
        if (!(step.state() instanceof TimelineFrame f)) {
            return;
        }
        List<Schedule> runs = model.simulated();
        if (f.run() >= runs.size()) {
            return;
        }
        Schedule s = runs.get(f.run());
        long t;
        if (f.event() < 0) {
            t = 0;
        } else if (f.event() >= s.log().size()) {
            t = s.wall();
        } else {
            t = s.log().time(f.event());
        }
        timeline.setCursor(t, f.run(), glassbox.player.Step.strings(step.highlights()));
    }

    /** Moves the player to the last step at or before {@code nanos}. */
    private void seekTime(long nanos) {
        Trace<?> trace = player.getTrace();
        if (trace == null) {
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
        player.seek(lo);
    }

    private void startLive() {
        player.pause();
        model.liveRun();
    }

    public ThreadsViewModel model() {
        return model;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public WallChart chart() {
        return chart;
    }

    public WorkloadEditor editor() {
        return editor;
    }

    @Override
    public Node root() {
        return pane;
    }

    @Override
    public PlayerViewModel player() {
        return player;
    }

    @Override
    public Node frame() {
        return frame;
    }

    /**
     * {@code preset} (e.g. convoy), {@code threads} ({@code NAME=BURSTS;NAME=BURSTS}),
     * {@code interval} (ms), {@code compare} (a policy id), {@code live=true} (start a live run),
     * {@code zoom} (show the first that many ms),
     * {@code step} (a step number).
     */
    @Override
    public void open(Map<String, String> params) {
        String threads = params.get("threads");
        if (threads != null) {
            List<Draft.Row> rows = new java.util.ArrayList<>();
            for (String t : threads.split(";")) {
                int eq = t.indexOf('=');
                if (eq > 0) {
                    rows.add(new Draft.Row(t.substring(0, eq), t.substring(eq + 1)));
                }
            }
            customised = model.apply(model.draft().withRows(rows));
        }
        String interval = params.get("interval");
        if (interval != null && interval.matches("\\d+(\\.\\d+)?")) {
            model.apply(model.draft().withInterval(new java.math.BigDecimal(interval)));
        }
        String p = params.get("preset");
        if (p != null) {
            for (Preset preset : Preset.values()) {
                if (preset.name().replace("_", "").equalsIgnoreCase(p.replace("_", "").replace("-", ""))) {
                    model.applyPreset(preset);
                }
            }
        }
        String c = params.get("compare");
        if (c != null) {
            try {
                model.apply(model.draft().withCompare(true, Policy.parse(c)));
            } catch (IllegalArgumentException ignored) {
                // unknown policy: leave compare mode as it is
            }
        }
        if ("true".equals(params.get("live"))) {
            startLive();
        }
        String zoom = params.get("zoom");
        if (zoom != null && zoom.matches("\\d{1,6}")) {
            window.zoom(window.span() / (Long.parseLong(zoom) * 1e6), 0);
        }
        String step = params.get("step");
        if (step != null && step.matches("\\d{1,7}")) {
            player.seek(Integer.parseInt(step));
        }
    }

    @Override
    public boolean handleShortcut(KeyEvent e) {
        boolean typing = pane.getScene() != null && pane.getScene().getFocusOwner() instanceof TextInputControl;
        if (e.isShortcutDown() && !typing && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                model.redo();
            } else {
                model.undo();
            }
            return true;
        }
        if (e.isShortcutDown() && !typing && e.getCode() == KeyCode.Y) {
            model.redo();
            return true;
        }
        if (timeline.isHover() && e.isShortcutDown()) {
            if (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD) {
                window.zoomCentre(2);
                return true;
            }
            if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                window.zoomCentre(0.5);
                return true;
            }
        }
        return false;
    }

    /** Plays the convoy (or the workload opened with {@code threads=}) while the timeline zooms in and out. */
    @Override
    public boolean startDemo() {
        if (!customised) {
            model.applyPreset(Preset.CONVOY);
        }
        player.play();
        new javafx.animation.AnimationTimer() {
            private long start;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                double phase = ((now - start) / 1e9) % 8 < 4 ? 1.02 : 1 / 1.02;
                window.zoom(phase, timeline.cursorNanos() >= 0 ? timeline.cursorNanos() : window.start());
            }
        }.start();
        return true;
    }
}
