package glassbox.database.view;

import glassbox.core.ViewContext;
import glassbox.core.Json;
import glassbox.database.engine.LockExperiment;
import glassbox.database.engine.LockParams;
import glassbox.database.engine.LockResult;
import glassbox.database.engine.LockStrategy;
import glassbox.database.engine.LockTrace;
import glassbox.core.Messages;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The locking experiment's state and commands: runs one strategy, or all four with the same
 * numbers for the comparison chart, in the background; keeps the latest result per strategy;
 * saves every run to the history and hands the shown run's replay to the player.
 */
final class LocksViewModel {
    private final ViewContext context;
    private final Messages messages;
    private final Lab lab;
    private final BusyFlag busy;
    private final ReadOnlyObjectWrapper<LockResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableMap<LockStrategy, LockResult> byStrategy = FXCollections.observableHashMap();
    private final ObservableMap<LockStrategy, LockResult> byStrategyView = FXCollections.unmodifiableObservableMap(byStrategy);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Consumer<Trace<?>> traceSink = t -> { };

    LocksViewModel(ViewContext context, Lab lab, BusyFlag busy) {
        this.context = context;
        this.messages = context.messages();
        this.lab = lab;
        this.busy = busy;
    }

    void onTrace(Consumer<Trace<?>> sink) {
        traceSink = sink;
    }

    ReadOnlyObjectProperty<LockResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    LockResult getResult() {
        return result.get();
    }

    /** The latest run of each strategy (the comparison chart's bars). */
    ObservableMap<LockStrategy, LockResult> byStrategy() {
        return byStrategyView;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return busy.property();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Runs one strategy; false (with a message) when the numbers are out of range. */
    boolean run(LockStrategy strategy, int stock, int buyers, int threads, int thinkMs) {
        LockParams p = params(strategy, stock, buyers, threads, thinkMs);
        if (p == null || busy.get()) {
            return false;
        }
        submit(List.of(p), p.strategy());
        return true;
    }

    /** Runs all four strategies with the same numbers; then shows the one named {@code shown}. */
    boolean compareAll(LockStrategy shown, int stock, int buyers, int threads, int thinkMs) {
        LockParams p = params(shown, stock, buyers, threads, thinkMs);
        if (p == null || busy.get()) {
            return false;
        }
        List<LockParams> all = new ArrayList<>();
        for (LockStrategy s : LockStrategy.values()) {
            all.add(p.withStrategy(s));
        }
        submit(all, shown);
        return true;
    }

    private LockParams params(LockStrategy strategy, int stock, int buyers, int threads, int thinkMs) {
        try {
            LockParams p = new LockParams(strategy, stock, buyers, threads, thinkMs);
            error.set("");
            return p;
        } catch (IllegalArgumentException e) {
            error.set(messages.get("database.error.locks", stock, buyers, threads, thinkMs));
            return null;
        }
    }

    private void submit(List<LockParams> runs, LockStrategy shown) {
        status.set("");
        ExperimentTask<List<LockResult>> task = new ExperimentTask<>(messages, "database.task.locks",
                control -> lab.exclusive(db -> {
                    LockExperiment experiment = new LockExperiment(db);
                    List<LockResult> out = new ArrayList<>();
                    for (LockParams p : runs) {
                        out.add(experiment.run(p, control));
                    }
                    return out;
                }));
        task.setOnSucceeded(e -> finished(task.getValue(), shown));
        task.setOnCancelled(e -> {
            busy.set(false);
            status.set(messages.get("database.locks.cancelled"));
        });
        task.setOnFailed(e -> {
            busy.set(false);
            error.set(messages.get("database.error.failed", String.valueOf(task.getException().getMessage())));
        });
        busy.set(true);
        context.work().submit(task);
    }

    private void finished(List<LockResult> results, LockStrategy shown) {
        busy.set(false);
        LockResult show = results.get(0);
        for (LockResult r : results) {
            byStrategy.put(r.params().strategy(), r);
            if (r.params().strategy() == shown) {
                show = r;
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("experiment", "locks");
            params.put("strategy", r.params().strategy().id());
            params.put("stock", r.params().stock());
            params.put("buyers", r.params().buyers());
            params.put("threads", r.params().threads());
            params.put("think_ms", r.params().thinkMs());
            context.saveRun("database", Json.write(params), Json.write(r.toJson()));
        }
        result.set(show);
        status.set(messages.get("database.locks.done", messages.get(show.params().strategy().labelKey())));
        traceSink.accept(LockTrace.of(show));
    }

    /** Shows (and replays) the latest run of another strategy, if there is one. */
    void showStrategy(LockStrategy s) {
        LockResult r = byStrategy.get(s);
        if (r != null && r != result.get()) {
            result.set(r);
            traceSink.accept(LockTrace.of(r));
        }
    }
}
