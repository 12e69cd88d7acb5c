package glassbox.python.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.History;
import glassbox.core.Json;
import glassbox.core.SceneProblem;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.CopyMode;
import glassbox.python.engine.CopyState;
import glassbox.python.engine.Limits;
import glassbox.python.engine.Preset;
import glassbox.python.engine.ScriptProblem;
import glassbox.player.Trace;
import glassbox.player.view.PlayerViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The Python tab's state and commands: the script, whether deepcopy is stepped into, whether the
 * side-by-side copy-vs-deepcopy view is on, the message for a script that cannot run, and
 * {@link #run()} which records the trace in the background and hands it to the player. A script
 * that cannot run keeps the last trace but marks it outdated ({@link #outdatedProperty()}). Runs of
 * a changed script are undoable ({@link #undoable()}); step over / step out move by frame depth.
 */
public final class PythonViewModel {
    /** The scene keys {@link #applyScene} accepts. */
    private static final java.util.Set<String> SCENE_KEYS = java.util.Set.of("script", "preset");
    /** A scene script is capped like a CLI script. */
    private static final int MAX_SCENE_SCRIPT = glassbox.core.BoundedInput.MAX_BYTES;

    private final ViewContext context;
    private final History<String> history = new History<>();
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated", false);
    private Preset scenePreset;
    private final PlayerViewModel player = new PlayerViewModel();
    private final StringProperty script = new SimpleStringProperty(this, "script", "");
    private final BooleanProperty stepIntoDeepcopy = new SimpleBooleanProperty(this, "stepInto", true);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private String lastRunScript;
    private int generation;

    public PythonViewModel(ViewContext context) {
        this.context = context;
        script.addListener((o, a, b) -> stale.set(!b.equals(lastRunScript)));
        stepIntoDeepcopy.addListener((o, a, b) -> rerun());
        sideBySide.addListener((o, a, b) -> rerun());
    }

    public PlayerViewModel player() {
        return player;
    }

    public StringProperty scriptProperty() {
        return script;
    }

    public BooleanProperty stepIntoDeepcopyProperty() {
        return stepIntoDeepcopy;
    }

    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    /** The localized reason the last Run could not start (empty when it did). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the script was edited after the trace on screen was recorded. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the graph on screen is from an earlier script because the last Run was refused. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    /** Undo / redo of runs of a changed script (coarse: one entry per run). */
    public Undoable undoable() {
        return new Undoable() {
            @Override
            public boolean undo() {
                return restore(history.undo(currentRunScript()));
            }

            @Override
            public boolean redo() {
                return restore(history.redo(currentRunScript()));
            }
        };
    }

    private String currentRunScript() {
        return lastRunScript == null ? script.get() : lastRunScript;
    }

    private boolean restore(java.util.Optional<String> s) {
        if (s.isEmpty()) {
            return false;
        }
        restoring = true;
        script.set(s.get());
        run();
        restoring = false;
        return true;
    }

    private boolean restoring;

    // ---- stepping by frames

    private int depthAt(int index) {
        Object state = player.getTrace().step(index).state();
        return state instanceof CopyState s ? s.depth() : 0;
    }

    /** Step into: the very next step (into a call when the statement makes one). */
    public void stepInto() {
        player.forward();
    }

    /** Step over: the next step in this frame or an outer one (calls made here run without stopping). */
    public void stepOver() {
        moveWhile(d -> d > depthAt(player.getIndex()));
    }

    /** Step out: the next step in an outer frame (the rest of this call runs without stopping). */
    public void stepOut() {
        int here = depthAt(player.getIndex());
        moveWhile(d -> d >= here && here > 0);
    }

    private void moveWhile(java.util.function.IntPredicate skip) {
        if (!player.hasTrace()) {
            return;
        }
        int n = player.getTrace().size();
        int i = player.getIndex() + 1;
        while (i < n - 1 && skip.test(depthAt(i))) {
            i++;
        }
        player.seek(Math.min(i, n - 1));
    }

    // ---- scenes

    /** The scene of the script on screen: {"script": …} plus "preset" when it is an unedited preset. */
    public ObjectNode scene() {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("script", script.get());
        if (scenePreset != null && scenePreset.script(context.messages().locale()).equals(script.get())) {
            n.put("preset", scenePreset.file());
        }
        return n;
    }

    /** The preset last loaded or named by a scene (its script may since have been edited), or null. */
    Preset scenePreset() {
        return scenePreset;
    }

    /** Rebuilds from a scene and runs it; refuses (tab unchanged) unknown keys, bad types, scripts that cannot run. */
    public void applyScene(ObjectNode input) throws SceneProblem {
        for (java.util.Iterator<String> it = input.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!SCENE_KEYS.contains(k)) {
                throw new SceneProblem(k, "unknown key (expected script, preset)");
            }
        }
        JsonNode s = input.get("script");
        JsonNode p = input.get("preset");
        Preset preset = null;
        if (p != null) {
            if (!p.isTextual()) {
                throw new SceneProblem("preset", "must be a preset name");
            }
            for (Preset candidate : Preset.values()) {
                if (candidate.file().equals(p.asText())) {
                    preset = candidate;
                }
            }
            if (preset == null) {
                throw new SceneProblem("preset", "unknown preset " + p.asText());
            }
        }
        if (s == null && preset == null) {
            throw new SceneProblem("script", "missing (a scene needs a script or a preset)");
        }
        if (s != null && !s.isTextual()) {
            throw new SceneProblem("script", "must be a string");
        }
        String source = s != null ? s.asText() : preset.script(context.messages().locale());
        if (source.length() > MAX_SCENE_SCRIPT) {
            throw new SceneProblem("script", "longer than 1 MiB");
        }
        try {
            glassbox.python.engine.Parser.parse(source);
        } catch (ScriptProblem problem) {
            throw new SceneProblem("script", problem.describe());
        }
        scenePreset = preset;
        script.set(source);
        run();
    }

    /** Puts a preset's script in the editor and runs it. */
    public void loadPreset(Preset preset) {
        scenePreset = preset;
        script.set(preset.script(context.messages().locale()));
        run();
    }

    /** Loads a preset and plays its trace once it is recorded (the tab's demo). */
    public void playPreset(Preset preset) {
        javafx.beans.value.ChangeListener<Trace<?>> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Trace<?>> o, Trace<?> a, Trace<?> b) {
                player.traceProperty().removeListener(this);
                player.play();
            }
        };
        player.traceProperty().addListener(once);
        loadPreset(preset);
    }

    private void rerun() {
        if (generation > 0) {
            run();
        }
    }

    /** Records the script's trace off the FX thread, then shows it from the first step. */
    public void run() {
        String source = script.get();
        boolean compare = sideBySide.get();
        boolean stepInto = stepIntoDeepcopy.get();
        Task<Trace<?>> task = new Task<>() {
            @Override
            protected Trace<?> call() {
                updateMessage(context.messages().get("copy.task.run"));
                return compare ? CopyEngine.sideBySide(source, Limits.gui())
                        : CopyEngine.trace(source, CopyMode.AS_WRITTEN, stepInto, Limits.gui());
            }
        };
        busy.set(true);
        boolean record = !restoring;
        int run = ++generation;
        task.setOnSucceeded(e -> {
            if (run == generation) {
                busy.set(false);
                accept(source, task.getValue(), record);
            }
        });
        task.setOnFailed(e -> {
            if (run == generation) {
                busy.set(false);
                reject(task.getException());
            }
        });
        task.setOnCancelled(e -> busy.set(false));
        context.work().submit(task);
    }

    private void accept(String source, Trace<?> trace, boolean record) {
        if (record && lastRunScript != null && !lastRunScript.equals(source)) {
            history.record(lastRunScript);
        }
        outdated.set(false);
        lastRunScript = source;
        stale.set(!source.equals(script.get()));
        problem.set("");
        player.load(trace);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("script", source);
        params.put("sideBySide", sideBySide.get());
        params.put("stepIntoDeepcopy", stepIntoDeepcopy.get());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("steps", trace.size());
        if (trace.last().state() instanceof CopyState s && s.error() != null) {
            results.put("error", s.error().type() + ": " + s.error().message());
        }
        context.saveRun("python", Json.write(params), Json.write(results));
    }

    private void reject(Throwable t) {
        outdated.set(player.hasTrace());
        if (t instanceof ScriptProblem p) {
            problem.set(context.messages().get(p.kind() == ScriptProblem.Kind.SYNTAX
                    ? "copy.problem.syntax" : "copy.problem.unsupported", String.valueOf(p.line()), p.getMessage()));
        } else if (t instanceof glassbox.python.engine.LimitExceeded limit) {
            problem.set(context.messages().get("python.problem.limit", limit.getMessage()));
        } else {
            problem.set(context.messages().get("copy.problem.internal", String.valueOf(t)));
        }
    }
}
