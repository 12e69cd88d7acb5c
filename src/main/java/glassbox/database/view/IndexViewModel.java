package glassbox.database.view;

import glassbox.core.ViewContext;
import glassbox.core.Json;
import glassbox.database.engine.BTreeMath;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.IndexResult;
import glassbox.database.engine.IndexTrace;
import glassbox.core.Messages;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The index experiment's state and commands: validates the inputs, runs builds and measurements
 * (one size, or a sweep of sizes for the log-log chart) in the background, keeps the results by
 * size, saves every run to the history and hands each finished run's replay to the player.
 */
final class IndexViewModel {
    /** Sizes a sweep runs, up to the chosen size. */
    static final long[] SWEEP = {1_000, 10_000, 100_000, 1_000_000, 10_000_000};
    static final int SMALL_KEYS = 30;

    private final ViewContext context;
    private final Messages messages;
    private final Lab lab;
    private final ReadOnlyObjectWrapper<IndexResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<IndexResult> history = FXCollections.observableArrayList();
    private final ObservableList<IndexResult> historyView = FXCollections.unmodifiableObservableList(history);
    private final BusyFlag busy;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Consumer<Trace<?>> traceSink = t -> { };

    IndexViewModel(ViewContext context, Lab lab, BusyFlag busy) {
        this.context = context;
        this.messages = context.messages();
        this.lab = lab;
        this.busy = busy;
    }

    void onTrace(Consumer<Trace<?>> sink) {
        traceSink = sink;
    }

    ReadOnlyObjectProperty<IndexResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    IndexResult getResult() {
        return result.get();
    }

    /** One result per table size, smallest first (the chart's points). */
    ObservableList<IndexResult> history() {
        return historyView;
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

    /** Builds a table of the typed size and measures it; false (with a message) for bad input. */
    boolean run(String rowsText, int repeat) {
        OptionalLong rows = parseRows(rowsText);
        if (rows.isEmpty() || busy.get()) {
            return false;
        }
        long n = rows.getAsLong();
        submit(List.of(n), repeat);
        return true;
    }

    /** Builds and measures 1,000, 10,000, … up to the typed size: the points of the log-log chart. */
    boolean sweep(String rowsText, int repeat) {
        OptionalLong rows = parseRows(rowsText);
        if (rows.isEmpty() || busy.get()) {
            return false;
        }
        List<Long> sizes = new ArrayList<>();
        for (long s : SWEEP) {
            if (s < rows.getAsLong()) {
                sizes.add(s);
            }
        }
        sizes.add(rows.getAsLong());
        submit(sizes, repeat);
        return true;
    }

    private OptionalLong parseRows(String text) {
        OptionalLong rows = Inputs.parseCount(text);
        if (rows.isEmpty() || rows.getAsLong() < IndexExperiment.MIN_ROWS || rows.getAsLong() > IndexExperiment.MAX_ROWS) {
            error.set(messages.get("database.error.rows", text == null ? "" : text.trim()));
            return OptionalLong.empty();
        }
        error.set("");
        return rows;
    }

    private void submit(List<Long> sizes, int repeat) {
        status.set("");
        ExperimentTask<List<IndexResult>> task = new ExperimentTask<>(messages, "database.task.index", control -> lab.exclusive(db -> {
            IndexExperiment experiment = new IndexExperiment(db);
            List<IndexResult> out = new ArrayList<>();
            for (long n : sizes) {
                out.add(experiment.run(n, repeat, control));
            }
            return out;
        }));
        task.setOnSucceeded(e -> finished(task.getValue()));
        task.setOnCancelled(e -> {
            busy.set(false);
            status.set(messages.get("database.index.cancelled"));
        });
        task.setOnFailed(e -> {
            busy.set(false);
            error.set(messages.get("database.error.failed", String.valueOf(task.getException().getMessage())));
        });
        busy.set(true);
        context.work().submit(task);
    }

    private void finished(List<IndexResult> results) {
        busy.set(false);
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
        result.set(last);
        status.set(messages.get("database.index.done", Units.count(last.rows()), Units.millis(messages, last.buildMs())));
        traceSink.accept(IndexTrace.of(last));
    }

    /** Rows of the current table, or -1 when none has been built (waits for a running build). */
    long tableRows() {
        return lab.exclusive(db -> new IndexExperiment(db).tableRows());
    }

    /** True when a staging table is left over (never, once a build has stopped). */
    boolean stagingLeft() {
        return lab.exclusive(db -> db.hasTable(IndexExperiment.STAGING));
    }

    /** Opens the B+Tree tab on a small version of this index: the same key layout, 30 keys, the chosen order. */
    void openBptree(int order) {
        IndexResult r = result.get();
        int count = (int) Math.min(SMALL_KEYS, r == null ? SMALL_KEYS : Math.max(1, r.rows()));
        String keys = BTreeMath.smallIndexKeys(count).stream().map(String::valueOf).collect(Collectors.joining(","));
        context.open("bptree", Map.of("order", String.valueOf(order), "keys", keys));
    }
}
