package glassbox.threads.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Fxml;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.view.PlayerViewModel;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Threads tab as the shell sees it: loads {@code ThreadsView.fxml} with its controller and
 * hands the shell the player, the frame to export, scenes, undo and outcome hiding.
 */
public final class ThreadsView implements TopicView {
    private final ThreadsViewModel model;
    private final ThreadsController controller;
    private boolean customised;

    public ThreadsView(ViewContext context) {
        this.model = new ThreadsViewModel(context);
        this.controller = new ThreadsController(model, context.messages());
        Fxml.load("/glassbox/threads/ThreadsView.fxml", context.messages(), controller);
    }

    public ThreadsViewModel model() {
        return model;
    }

    public TimelineView timeline() {
        return controller.timeline();
    }

    public WallChart chart() {
        return controller.chart();
    }

    public WorkloadEditor editor() {
        return controller.editor();
    }

    public RaceView raceView() {
        return controller.raceView();
    }

    @Override
    public Node root() {
        return controller.root();
    }

    @Override
    public PlayerViewModel player() {
        return model.player();
    }

    @Override
    public Node frame() {
        return controller.frame();
    }

    @Override
    public Optional<ObjectNode> scene() {
        return Optional.of(model.scene());
    }

    @Override
    public void applyScene(ObjectNode input) throws SceneProblem {
        model.applyScene(input);
        customised = true;
    }

    @Override
    public Undoable undoable() {
        return model.undoable();
    }

    /** Hides the chart, the race's result card and unreached lanes while a lesson question is open. */
    public boolean setOutcomeHidden(boolean hidden) {
        model.outcomeHiddenProperty().set(hidden);
        return true;
    }

    /**
     * {@code preset} (e.g. convoy), {@code threads} ({@code NAME=BURSTS;NAME=BURSTS}),
     * {@code compare} (a policy id), {@code mode} (schedule or refcount), {@code step} (a step number).
     * Unknown or malformed parameters are ignored.
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
            customised = !rows.isEmpty() && model.apply(model.draft().withRows(rows));
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
        if ("refcount".equals(params.get("mode"))) {
            model.setMode(Draft.Mode.REFCOUNT);
        }
        String step = params.get("step");
        if (step != null && step.matches("\\d{1,7}")) {
            model.player().seek(Integer.parseInt(step));
        }
    }

    @Override
    public boolean handleShortcut(KeyEvent e) {
        TimelineView timeline = controller.timeline();
        if (timeline.isHover() && e.isShortcutDown()) {
            if (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD) {
                controller.window().zoomCentre(2);
                return true;
            }
            if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                controller.window().zoomCentre(0.5);
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
        model.player().play();
        TimeWindow window = controller.window();
        TimelineView timeline = controller.timeline();
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
