package glassbox.python.view;

import glassbox.core.ViewContext;
import glassbox.core.Json;
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
 * The Copy tab's state and commands: the script, whether deepcopy is stepped into, whether the
 * side-by-side copy-vs-deepcopy view is on, the message for a script that cannot run, and
 * {@link #run()} which records the trace in the background and hands it to the player. A script
 * that cannot run leaves the current trace untouched.
 */
public final class CopyViewModel {
    private final ViewContext context;
    private final PlayerViewModel player = new PlayerViewModel();
    private final StringProperty script = new SimpleStringProperty(this, "script", "");
    private final BooleanProperty stepIntoDeepcopy = new SimpleBooleanProperty(this, "stepInto", true);
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private String lastRunScript;
    private int generation;

    public CopyViewModel(ViewContext context) {
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

    /** Puts a preset's script in the editor and runs it. */
    public void loadPreset(Preset preset) {
        script.set(preset.script(context.messages().locale()));
        run();
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
        int run = ++generation;
        task.setOnSucceeded(e -> {
            if (run == generation) {
                busy.set(false);
                accept(source, task.getValue());
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

    private void accept(String source, Trace<?> trace) {
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
        context.saveRun("copy", Json.write(params), Json.write(results));
    }

    private void reject(Throwable t) {
        if (t instanceof ScriptProblem p) {
            problem.set(context.messages().get(p.kind() == ScriptProblem.Kind.SYNTAX
                    ? "copy.problem.syntax" : "copy.problem.unsupported", String.valueOf(p.line()), p.getMessage()));
        } else {
            problem.set(context.messages().get("copy.problem.internal", String.valueOf(t)));
        }
    }
}
