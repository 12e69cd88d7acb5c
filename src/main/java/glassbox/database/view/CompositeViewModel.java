package glassbox.database.view;

import glassbox.core.Json;
import glassbox.core.ViewContext;
import glassbox.database.engine.CompositeExperiment;
import glassbox.database.engine.CompositeResult;
import glassbox.database.engine.CompositeTrace;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The composite-index experiment's command: builds pairs(id, a, b, pad) with an index on (a, b)
 * in the background, times and explains its four queries, saves the run to the history and hands
 * the replay to the player.
 */
final class CompositeViewModel extends ExperimentViewModel<CompositeResult> {
    CompositeViewModel(ViewContext context, Lab lab, BusyFlag busy) {
        super(context, lab, busy);
    }

    /** Builds a table of {@code rows} rows and measures it; false when busy or out of range. */
    boolean run(long rows, int repeat) {
        if (busy()) {
            return false;
        }
        boolean ok = rows >= CompositeExperiment.A_VALUES && rows <= CompositeExperiment.MAX_ROWS
                && repeat >= 1 && repeat <= IndexViewModel.MAX_REPEAT;
        setError(ok ? "" : messages.get("database.error.compositeRows", Units.count(rows)));
        if (!ok) {
            return false;
        }
        submit("database.task.composite", "database.composite.cancelled",
                control -> lab.exclusiveBig(db -> new CompositeExperiment(db).run(rows, repeat, control)), this::finished);
        return true;
    }

    private void finished(CompositeResult r) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("experiment", "composite");
        params.put("rows", r.rows());
        params.put("repeat", r.repeat());
        context.saveRun("database", Json.write(params), Json.write(r.toJson()));
        setResult(r);
        setStatus(messages.get("database.composite.done", Units.count(r.rows()),
                Units.millis(messages, r.insertMs() + r.indexMs())));
        publish(CompositeTrace.of(r));
    }
}
