package glassbox.threads.view;

import glassbox.core.ViewContext;
import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.player.Trace;
import glassbox.threads.engine.LiveRunner;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.ScheduleJson;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.TimelineFrame;
import glassbox.threads.engine.TraceBuilder;
import glassbox.threads.engine.Workload;
import glassbox.threads.engine.WorkloadException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The Threads tab's state and commands: the draft being edited (with undo/redo), the simulated
 * schedules and their trace, live runs, and the message for bad input. Every edit is checked
 * before it is taken: a bad one leaves the state as it was and says why.
 */
public final class ThreadsViewModel {
    private final ViewContext context;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Track>> tracks = new ReadOnlyObjectWrapper<>(this, "tracks", List.of());
    private final ReadOnlyObjectWrapper<Trace<TimelineFrame>> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyBooleanWrapper liveRunning = new ReadOnlyBooleanWrapper(this, "liveRunning");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Deque<Draft> undo = new ArrayDeque<>();
    private final Deque<Draft> redo = new ArrayDeque<>();
    private List<Schedule> simulated = List.of();
    private LiveResult live;

    public ThreadsViewModel(ViewContext context) {
        this.context = context;
        this.messages = context.messages();
        Draft first = Draft.of(Preset.TWO_CPU);
        draft.set(first);
        simulate(first);
    }

    // ---- properties

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public Draft draft() {
        return draft.get();
    }

    /** The message for the last rejected edit; empty when the last edit was fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Track>> tracksProperty() {
        return tracks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Trace<TimelineFrame>> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty liveRunningProperty() {
        return liveRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The simulated schedules on show (one, or two in compare mode). */
    public List<Schedule> simulated() {
        return simulated;
    }

    public LiveResult live() {
        return live;
    }

    // ---- edits

    /** Takes {@code next} if its workload parses; otherwise keeps the state and sets the error. */
    public boolean apply(Draft next) {
        if (next.equals(draft.get())) {
            error.set("");
            return true;
        }
        if (!simulate(next)) {
            return false;
        }
        undo.push(draft.get());
        redo.clear();
        draft.set(next);
        syncUndo();
        return true;
    }

    /** Shows {@code message} for input that never reached the draft (e.g. letters in a number field). */
    public void reject(String message) {
        error.set(message);
    }

    public boolean setRow(int index, String name, String bursts) {
        return apply(draft().withRow(index, new Draft.Row(name, bursts)));
    }

    public boolean addThread() {
        List<Draft.Row> rows = new ArrayList<>(draft().rows());
        int n = rows.size() + 1;
        String name = "T" + n;
        while (nameTaken(rows, name)) {
            name = "T" + ++n;
        }
        rows.add(new Draft.Row(name, "cpu:50"));
        return apply(draft().withRows(rows));
    }

    public boolean removeThread(int index) {
        if (draft().rows().size() <= 1) {
            error.set(messages.get("threads.error.lastThread"));
            return false;
        }
        List<Draft.Row> rows = new ArrayList<>(draft().rows());
        rows.remove(index);
        return apply(draft().withRows(rows));
    }

    public boolean applyPreset(Preset p) {
        return apply(draft().withPreset(p));
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Draft back = undo.pop();
            redo.push(draft.get());
            simulate(back);
            draft.set(back);
            syncUndo();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Draft again = redo.pop();
            undo.push(draft.get());
            simulate(again);
            draft.set(again);
            syncUndo();
        }
    }

    private void syncUndo() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private static boolean nameTaken(List<Draft.Row> rows, String name) {
        return rows.stream().anyMatch(r -> r.name().trim().equals(name));
    }

    // ---- runs

    private boolean simulate(Draft d) {
        Workload w;
        try {
            w = d.workload();
        } catch (WorkloadException e) {
            error.set(messages.get(e.problem().key(), e.args()));
            return false;
        }
        List<Schedule> runs = new ArrayList<>();
        runs.add(Simulator.run(w, d.settings()));
        if (d.compare()) {
            runs.add(Simulator.run(w, d.settings(d.comparePolicy())));
        }
        error.set("");
        simulated = List.copyOf(runs);
        live = null;
        trace.set(TraceBuilder.build(simulated));
        publishTracks();
        return true;
    }

    private void publishTracks() {
        List<Track> out = new ArrayList<>();
        for (int i = 0; i < simulated.size(); i++) {
            Schedule s = simulated.get(i);
            String policy = messages.get(s.policy().labelKey());
            out.add(new Track(s, messages.get("threads.track.sim", policy), messages.get("threads.chart.sim", s.policy().id()), i));
        }
        if (live != null) {
            String scale = TimelineView.ms(Math.round(live.scale() * 1e6));
            out.add(new Track(live.gil(), messages.get("threads.track.liveGil", scale),
                    messages.get("threads.chart.live", Policy.GIL.id()), -1));
            out.add(new Track(live.nogil(), messages.get("threads.track.liveNogil", live.nogil().settings().cores(), scale),
                    messages.get("threads.chart.live", Policy.NOGIL.id()), -1));
        }
        tracks.set(List.copyOf(out));
    }

    /**
     * Runs the workload live on real threads (new-GIL lock, then free on the machine's cores) in
     * the background with progress and Cancel; the result joins the timeline and the run history.
     */
    public Task<LiveResult> liveRun() {
        Draft d = draft();
        Workload w = d.workload();
        int cores = Runtime.getRuntime().availableProcessors();
        Task<LiveResult> task = new LiveTask(w, d, cores, messages.get("threads.live.progressGil"),
                messages.get("threads.live.progressNogil"));
        task.setOnSucceeded(e -> liveDone(d, task.getValue()));
        task.setOnFailed(e -> {
            liveRunning.set(false);
            error.set(messages.get("threads.live.failed", String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> {
            liveRunning.set(false);
            error.set(messages.get("threads.live.cancelled"));
        });
        liveRunning.set(true);
        error.set("");
        context.work().submit(task);
        return task;
    }

    private void liveDone(Draft d, LiveResult result) {
        liveRunning.set(false);
        if (!d.equals(draft())) {
            return;
        }
        live = result;
        publishTracks();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("scale", result.scale());
        results.put("simulated", ScheduleJson.of(simulated.get(0), false));
        results.put("live_gil", ScheduleJson.of(result.gil(), false));
        results.put("live_nogil", ScheduleJson.of(result.nogil(), false));
        context.saveRun("threads", Json.write(ScheduleJson.params(d.workload(), d.settings())), Json.write(results));
    }

    /** The live run itself: only engine calls, progress and cancel through the Task. */
    private static final class LiveTask extends Task<LiveResult> {
        private final Workload workload;
        private final Draft draft;
        private final int cores;
        private final String gilMessage;
        private final String nogilMessage;

        LiveTask(Workload workload, Draft draft, int cores, String gilMessage, String nogilMessage) {
            this.workload = workload;
            this.draft = draft;
            this.cores = cores;
            this.gilMessage = gilMessage;
            this.nogilMessage = nogilMessage;
        }

        @Override
        protected LiveResult call() {
            double scale = LiveRunner.defaultScale(workload, draft.settings());
            updateMessage(gilMessage);
            Schedule gil = LiveRunner.run(workload, draft.settings(Policy.GIL), scale, monitor(0));
            updateMessage(nogilMessage);
            Schedule nogil = LiveRunner.run(workload, draft.settings(Policy.NOGIL).withCores(cores), scale, monitor(1));
            return new LiveResult(scale, gil, nogil);
        }

        private LiveRunner.Monitor monitor(int half) {
            return new LiveRunner.Monitor() {
                @Override
                public boolean isCancelled() {
                    return LiveTask.this.isCancelled();
                }

                @Override
                public void progress(long done, long total) {
                    updateProgress(half * total + done, 2 * total);
                }
            };
        }
    }
}
