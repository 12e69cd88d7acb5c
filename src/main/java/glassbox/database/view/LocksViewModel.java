package glassbox.database.view;

import glassbox.core.Json;
import glassbox.core.ViewContext;
import glassbox.database.engine.LockExperiment;
import glassbox.database.engine.LockParams;
import glassbox.database.engine.LockResult;
import glassbox.database.engine.LockStrategy;
import glassbox.database.engine.LockTrace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The locking experiment's commands: runs one strategy, or all four with the same numbers for the
 * comparison chart, in the background; keeps the latest result per strategy; saves every run to the
 * history and hands the shown run's replay to the player.
 */
final class LocksViewModel extends ExperimentViewModel<LockResult> {
    private final ObservableMap<LockStrategy, LockResult> byStrategy = FXCollections.observableHashMap();
    private final ObservableMap<LockStrategy, LockResult> byStrategyView = FXCollections.unmodifiableObservableMap(byStrategy);

    LocksViewModel(ViewContext context, Lab lab, BusyFlag busy) {
        super(context, lab, busy);
    }

    /** The latest run of each strategy (the comparison chart's bars). */
    ObservableMap<LockStrategy, LockResult> byStrategy() {
        return byStrategyView;
    }

    /** Runs one strategy; false (with a message) when the numbers are out of range. */
    boolean run(LockStrategy strategy, int stock, int buyers, int threads, int thinkMs) {
        LockParams p = params(strategy, stock, buyers, threads, thinkMs);
        if (p == null || busy()) {
            return false;
        }
        submit(List.of(p), p.strategy());
        return true;
    }

    /** Runs all four strategies with the same numbers; then shows the one named {@code shown}. */
    boolean compareAll(LockStrategy shown, int stock, int buyers, int threads, int thinkMs) {
        LockParams p = params(shown, stock, buyers, threads, thinkMs);
        if (p == null || busy()) {
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
            setError("");
            return p;
        } catch (IllegalArgumentException e) {
            setError(messages.get("database.error.locks", stock, buyers, threads, thinkMs));
            return null;
        }
    }

    private void submit(List<LockParams> runs, LockStrategy shown) {
        submit("database.task.locks", "database.locks.cancelled", control -> lab.exclusive(db -> {
            LockExperiment experiment = new LockExperiment(db);
            List<LockResult> out = new ArrayList<>();
            for (LockParams p : runs) {
                out.add(experiment.run(p, control));
            }
            return out;
        }), results -> finished(results, shown));
    }

    private void finished(List<LockResult> results, LockStrategy shown) {
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
        setResult(show);
        setStatus(messages.get("database.locks.done", messages.get(show.params().strategy().labelKey())));
        publish(LockTrace.of(show));
    }

    /** Shows (and replays) the latest run of another strategy, if there is one. */
    void showStrategy(LockStrategy s) {
        LockResult r = byStrategy.get(s);
        if (r != null && r != getResult()) {
            setResult(r);
            publish(LockTrace.of(r));
        }
    }
}
