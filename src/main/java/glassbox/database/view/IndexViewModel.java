package glassbox.database.view;

import glassbox.core.Json;
import glassbox.core.ViewContext;
import glassbox.database.engine.BTreeMath;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.IndexResult;
import glassbox.database.engine.IndexTrace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The index experiment's commands: runs builds and measurements (one size, or a sweep of sizes for
 * the log-log chart) in the background, keeps the results by size, saves every run to the history
 * and hands each finished run's replay to the player.
 */
final class IndexViewModel extends ExperimentViewModel<IndexResult> {
    /** Sizes a sweep runs, up to the chosen size. */
    static final long[] SWEEP = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};
    static final int SMALL_KEYS = 30;
    static final int MAX_REPEAT = 50;

    private final ObservableList<IndexResult> history = FXCollections.observableArrayList();
    private final ObservableList<IndexResult> historyView = FXCollections.unmodifiableObservableList(history);

    IndexViewModel(ViewContext context, Lab lab, BusyFlag busy) {
        super(context, lab, busy);
    }

    /** One result per table size, smallest first (the chart's points). */
    ObservableList<IndexResult> history() {
        return historyView;
    }

    /** Builds a table of {@code rows} rows and measures it; false when busy or out of range. */
    boolean run(long rows, int repeat) {
        if (busy() || !valid(rows, repeat)) {
            return false;
        }
        submit(List.of(rows), repeat);
        return true;
    }

    /** Builds and measures 1,000, 10,000, … up to {@code rows}: the points of the log-log chart. */
    boolean sweep(long rows, int repeat) {
        if (busy() || !valid(rows, repeat)) {
            return false;
        }
        List<Long> sizes = new ArrayList<>();
        for (long s : SWEEP) {
            if (s < rows) {
                sizes.add(s);
            }
        }
        sizes.add(rows);
        submit(sizes, repeat);
        return true;
    }

    private boolean valid(long rows, int repeat) {
        boolean ok = rows >= IndexExperiment.MIN_ROWS && rows <= IndexExperiment.MAX_ROWS && repeat >= 1 && repeat <= MAX_REPEAT;
        setError(ok ? "" : messages.get("database.error.rows", Units.count(rows)));
        return ok;
    }

    private void submit(List<Long> sizes, int repeat) {
        submit("database.task.index", "database.index.cancelled", control -> lab.exclusiveBig(db -> {
            IndexExperiment experiment = new IndexExperiment(db);
            List<IndexResult> out = new ArrayList<>();
            for (long n : sizes) {
                out.add(experiment.run(n, repeat, control));
            }
            return out;
        }), this::finished);
    }

    private void finished(List<IndexResult> results) {
        for (IndexResult r : results) {
            history.removeIf(h -> h.rows() == r.rows());
            history.add(r);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("experiment", "index");
            params.put("rows", r.rows());
            params.put("repeat", r.repeat());
            context.saveRun("database", Json.write(params), Json.write(r.toJson()));
        }
        history.sort(Comparator.comparingLong(IndexResult::rows));
        IndexResult last = results.get(results.size() - 1);
        setResult(last);
        setStatus(messages.get("database.index.done", Units.count(last.rows()), Units.millis(messages, last.buildMs())));
        publish(IndexTrace.of(last));
    }

    /** Temporary database folders still on disk (none once a run has ended, however it ended). */
    List<java.nio.file.Path> temporaryFolders() {
        return lab.openTemporaryFolders();
    }

    /** Opens the B+Tree tab on a small version of this index: the same key layout, 30 keys, the chosen order. */
    void openBptree(int order) {
        IndexResult r = getResult();
        int count = (int) Math.min(SMALL_KEYS, r == null ? SMALL_KEYS : Math.max(1, r.rows()));
        String keys = BTreeMath.smallIndexKeys(count).stream().map(String::valueOf).collect(Collectors.joining(","));
        context.open("bptree", Map.of("order", String.valueOf(order), "keys", keys));
    }
}
