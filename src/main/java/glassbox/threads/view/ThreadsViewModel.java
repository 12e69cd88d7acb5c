package glassbox.threads.view;

import glassbox.core.History;
import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.core.Progress;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.Step;
import glassbox.player.Trace;
import glassbox.player.view.PlayerViewModel;
import glassbox.threads.engine.LiveRefcount;
import glassbox.threads.engine.LiveRunner;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.RefThread;
import glassbox.threads.engine.RefcountFrame;
import glassbox.threads.engine.RefcountJson;
import glassbox.threads.engine.RefcountRace;
import glassbox.threads.engine.RefcountTrace;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.ScheduleJson;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.TimelineFrame;
import glassbox.threads.engine.TraceBuilder;
import glassbox.threads.engine.Workload;
import glassbox.threads.engine.WorkloadException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;

/**
 * The Threads tab's state and commands: the draft being edited (undo through {@link History}),
 * the simulated schedules or the refcount race and their trace on the player it owns, live runs,
 * the problem beside each field, and how far the outcome is revealed. Every edit is checked before
 * it is taken: a bad one leaves the state as it was and says why beside the field.
 */
public final class ThreadsViewModel {
    /** The fields that can show a problem beside them. */
    public enum Field { ROWS, INTERVAL, CORES, SWITCH_COST, START, RACE_START, RACE_OPS_1, RACE_OPS_2, INTERLEAVE }

    /** Increments per thread of the live refcount race. */
    public static final int LIVE_INCREMENTS = 2_000_000;

    private final ViewContext context;
    private final Messages messages;
    private final PlayerViewModel player = new PlayerViewModel();
    private final History<Draft> history = new History<>();
    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final ReadOnlyObjectWrapper<List<Track>> tracks = new ReadOnlyObjectWrapper<>(this, "tracks", List.of());
    private final ReadOnlyObjectWrapper<RefcountRace.Result> race = new ReadOnlyObjectWrapper<>(this, "race");
    private final ReadOnlyObjectWrapper<LiveRefcount.Result> liveRace = new ReadOnlyObjectWrapper<>(this, "liveRace");
    private final ReadOnlyBooleanWrapper liveRunning = new ReadOnlyBooleanWrapper(this, "liveRunning");
    private final ReadOnlyDoubleWrapper revealNanos = new ReadOnlyDoubleWrapper(this, "revealNanos", 0);
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd");
    private final BooleanProperty outcomeHidden = new SimpleBooleanProperty(this, "outcomeHidden");
    private List<Schedule> simulated = List.of();
    private LiveResult live;
    private long seed = 1;

    public ThreadsViewModel(ViewContext context) {
        this.context = context;
        this.messages = context.messages();
        for (Field f : Field.values()) {
            problems.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
        player.addStepListener((step, previous, d) -> reveal(step));
        Draft first = Draft.of(Preset.TWO_CPU);
        draft.set(first);
        run(first, false);
    }

    // ---- properties

    public PlayerViewModel player() {
        return player;
    }

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public Draft draft() {
        return draft.get();
    }

    /** The message for the last rejected edit of the rows or a run; empty when fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the last value typed into {@code f} was refused (empty when it was taken). */
    public ReadOnlyStringProperty problemProperty(Field f) {
        return problems.get(f).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Track>> tracksProperty() {
        return tracks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RefcountRace.Result> raceProperty() {
        return race.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiveRefcount.Result> liveRaceProperty() {
        return liveRace.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty liveRunningProperty() {
        return liveRunning.getReadOnlyProperty();
    }

    /** Virtual time the replay has reached (ns); infinite on the last step: draw no further. */
    public ReadOnlyDoubleProperty revealNanosProperty() {
        return revealNanos.getReadOnlyProperty();
    }

    /** True on the trace's last step, where outcome panels (chart, result card) appear. */
    public ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    /** Set while a lesson question is open: outcome panels stay hidden whatever the step. */
    public BooleanProperty outcomeHiddenProperty() {
        return outcomeHidden;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** The simulated schedules on show (one, or two in compare mode). */
    public List<Schedule> simulated() {
        return simulated;
    }

    public LiveResult live() {
        return live;
    }

    /** Undo and redo of the draft, for the shell's Ctrl+Z / Ctrl+Y. */
    public Undoable undoable() {
        return new Undoable() {
            @Override
            public boolean undo() {
                return ThreadsViewModel.this.undo();
            }

            @Override
            public boolean redo() {
                return ThreadsViewModel.this.redo();
            }
        };
    }

    // ---- edits

    /** Takes {@code next} if it runs; otherwise keeps the state and sets the error. */
    public boolean apply(Draft next) {
        return apply(next, Field.ROWS, false);
    }

    private boolean apply(Draft next, Field field, boolean atEndOfTrace) {
        if (next.equals(draft.get())) {
            problems.get(field).set("");
            error.set("");
            return true;
        }
        String problem = run(next, atEndOfTrace);
        if (problem != null) {
            problems.get(field).set(problem);
            if (field == Field.ROWS) {
                error.set(problem);
            }
            return false;
        }
        problems.get(field).set("");
        error.set("");
        history.record(draft.get());
        draft.set(next);
        return true;
    }

    public boolean undo() {
        return history.undo(draft.get()).map(this::restore).orElse(false);
    }

    public boolean redo() {
        return history.redo(draft.get()).map(this::restore).orElse(false);
    }

    private boolean restore(Draft d) {
        run(d, false);
        draft.set(d);
        problems.values().forEach(p -> p.set(""));
        error.set("");
        return true;
    }

    /** Shows {@code message} for input that never reached the draft. */
    public void reject(String message) {
        error.set(message);
    }

    public boolean setMode(Draft.Mode m) {
        return m != null && apply(draft().withMode(m));
    }

    public boolean setPolicy(Policy p) {
        return p != null && apply(draft().withPolicy(p));
    }

    public boolean setCompare(boolean on) {
        return apply(draft().withCompare(on, draft().comparePolicy()));
    }

    public boolean setComparePolicy(Policy p) {
        return p != null && apply(draft().withCompare(draft().compare(), p));
    }

    public boolean setIntervalText(String text) {
        BigDecimal v = decimal(Field.INTERVAL, text, Draft.MIN_INTERVAL, Draft.MAX_INTERVAL, "0.1", "50");
        return v != null && apply(draft().withInterval(v), Field.INTERVAL, false);
    }

    public boolean setSwitchCostText(String text) {
        BigDecimal v = decimal(Field.SWITCH_COST, text, BigDecimal.ZERO, Draft.MAX_SWITCH_COST, "0", "1000");
        return v != null && apply(draft().withSwitchCost(v), Field.SWITCH_COST, false);
    }

    public boolean setStartText(String text) {
        BigDecimal v = decimal(Field.START, text, BigDecimal.ZERO, Draft.MAX_START, "0", "10000");
        return v != null && apply(draft().withStart(v), Field.START, false);
    }

    public boolean setCoresText(String text) {
        Integer v = whole(Field.CORES, text, 1, Draft.MAX_CORES);
        return v != null && apply(draft().withCores(v), Field.CORES, false);
    }

    public boolean setRow(int index, String name, String bursts) {
        return apply(draft().withRow(index, new Draft.Row(name, bursts)));
    }

    public boolean addThread() {
        List<Draft.Row> rows = new ArrayList<>(draft().rows());
        if (rows.size() >= Draft.MAX_ROWS) {
            error.set(messages.get("threads.error.maxRows", Draft.MAX_ROWS));
            return false;
        }
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

    // ---- refcount race edits

    public boolean setRaceStartText(String text) {
        Integer v = whole(Field.RACE_START, text, 1, 1000);
        return v != null && apply(draft().withRace(draft().race().withStart(v)), Field.RACE_START, false);
    }

    public boolean setRaceOpsText(int thread, String text) {
        Field f = thread == 0 ? Field.RACE_OPS_1 : Field.RACE_OPS_2;
        Draft.Race r;
        try {
            r = draft().race().withOps(thread, text);
            if (r.threads().get(thread).ops().size() > 8) {
                problems.get(f).set(messages.get("threads.rc.error.ops", 8));
                return false;
            }
        } catch (WorkloadException e) {
            problems.get(f).set(messages.get(e.problem().key(), e.args()));
            return false;
        }
        return apply(draft().withRace(r), f, false);
    }

    public boolean setRaceGil(boolean on) {
        return apply(draft().withRace(draft().race().withGil(on)), Field.INTERLEAVE, false);
    }

    /** The interleaving as typed: thread names separated by commas. */
    public boolean setInterleaveText(String text) {
        List<String> order = Arrays.stream(text.split(",", -1)).map(String::trim).toList();
        return apply(draft().withRace(draft().race().withOrder(order)), Field.INTERLEAVE, false);
    }

    /** The point after which T2's micro-ops cut into T1's (0 = T2 first); shows the outcome at once. */
    public boolean setInterleavePoint(int point) {
        List<RefThread> ts = draft().race().threads();
        return apply(draft().withRace(draft().race().withOrder(RefcountRace.atPoint(ts, point))), Field.INTERLEAVE, true);
    }

    /** Where T2 cuts into T1 in the current order, when it has that shape; -1 otherwise. */
    public int interleavePoint() {
        List<RefThread> ts = draft().race().threads();
        for (int p = 0; p <= ts.get(0).microOps(); p++) {
            if (RefcountRace.atPoint(ts, p).equals(draft().race().order())) {
                return p;
            }
        }
        return -1;
    }

    /** A seeded random interleaving (the next seed each time); shows the outcome at once. */
    public boolean randomInterleave() {
        List<RefThread> ts = draft().race().threads();
        return apply(draft().withRace(draft().race().withOrder(RefcountRace.random(ts, seed++))), Field.INTERLEAVE, true);
    }

    private static boolean nameTaken(List<Draft.Row> rows, String name) {
        return rows.stream().anyMatch(r -> r.name().trim().equals(name));
    }

    private BigDecimal decimal(Field f, String text, BigDecimal lo, BigDecimal hi, String loText, String hiText) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            problems.get(f).set(messages.get("threads.error.number", shorten(text)));
            return null;
        }
        if (v.compareTo(lo) < 0 || v.compareTo(hi) > 0) {
            problems.get(f).set(messages.get("threads.error.range", shorten(text), loText, hiText));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 3) {
            problems.get(f).set(messages.get("threads.error.decimals", shorten(text)));
            return null;
        }
        return v;
    }

    private Integer whole(Field f, String text, int lo, int hi) {
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.get(f).set(messages.get("threads.error.whole", shorten(text)));
            return null;
        }
        if (v < lo || v > hi) {
            problems.get(f).set(messages.get("threads.error.range", shorten(text), lo, hi));
            return null;
        }
        return v;
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 24 ? t.substring(0, 24) + "…" : t;
    }

    // ---- runs

    /** Runs {@code d} and shows its trace; returns the problem, or null when it ran. */
    private String run(Draft d, boolean atEndOfTrace) {
        if (d.mode() == Draft.Mode.REFCOUNT) {
            RefcountRace.Result r;
            try {
                r = d.race().run();
            } catch (WorkloadException e) {
                return messages.get(e.problem().key(), e.args());
            }
            race.set(r);
            player.load(RefcountTrace.build(r), atEndOfTrace);
            return null;
        }
        Workload w;
        List<Schedule> runs = new ArrayList<>();
        try {
            w = d.workload();
            runs.add(Simulator.run(w, d.settings()));
            if (d.compare()) {
                runs.add(Simulator.run(w, d.settings(d.comparePolicy())));
            }
        } catch (WorkloadException e) {
            return messages.get(e.problem().key(), e.args());
        }
        simulated = List.copyOf(runs);
        live = null;
        publishTracks();
        player.load(TraceBuilder.build(simulated), atEndOfTrace);
        return null;
    }

    private void reveal(Step<?> step) {
        Trace<?> t = player.getTrace();
        boolean end = t != null && player.getIndex() == t.size() - 1;
        atEnd.set(end);
        if (end) {
            revealNanos.set(Double.POSITIVE_INFINITY);
        } else if (step.state() instanceof TimelineFrame f) {
            revealNanos.set(f.event() < 0 ? 0 : f.timeMs() * 1e6);
        } else if (step.state() instanceof RefcountFrame) {
            revealNanos.set(0);
        }
    }

    /** Extra simulated runs for the chart in compare mode: threads vs processes vs free threading. */
    public List<Schedule> ruleOfThumb() {
        Draft d = draft();
        if (!d.compare() || d.mode() != Draft.Mode.SCHEDULE) {
            return List.of();
        }
        List<Schedule> out = new ArrayList<>();
        Workload w = simulated.get(0).workload();
        for (Policy p : List.of(Policy.GIL, Policy.PROCESS, Policy.NOGIL)) {
            if (!d.uses(p)) {
                out.add(Simulator.run(w, d.settings(p)));
            }
        }
        return out;
    }

    private void publishTracks() {
        List<Track> out = new ArrayList<>();
        for (int i = 0; i < simulated.size(); i++) {
            Schedule s = simulated.get(i);
            String policy = messages.get(s.policy().labelKey());
            out.add(new Track(s, messages.get("threads.track.sim", policy), messages.get("threads.chart.sim", s.policy().id()), i));
        }
        if (live != null) {
            String scale = scale(live.scale());
            out.add(new Track(live.gil(), messages.get("threads.track.liveGil", scale),
                    messages.get("threads.chart.live", Policy.GIL.id()), -1));
            out.add(new Track(live.nogil(), messages.get("threads.track.liveNogil", live.nogil().settings().cores(), scale),
                    messages.get("threads.chart.live", Policy.NOGIL.id()), -1));
        }
        tracks.set(List.copyOf(out));
    }

    /** A time scale with two significant digits, never rounded to 0 (e.g. 0.0000075). */
    static String scale(double s) {
        return new BigDecimal(s).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /**
     * Runs the workload live on real threads (new-GIL lock, then free on the machine's cores) in
     * the background with progress and Cancel; the result joins the timeline and the run history.
     */
    public Task<LiveResult> liveRun() {
        player.pause();
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

    /**
     * The refcount race on real Java threads (this machine's cores, at least 2): a plain counter,
     * an AtomicInteger and a locked counter, {@link #LIVE_INCREMENTS} increments per thread; saved
     * to the run history.
     */
    public Task<LiveRefcount.Result> liveRefcount() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        String label = messages.get("threads.rc.live.progress");
        Task<LiveRefcount.Result> task = new Task<>() {
            @Override
            protected LiveRefcount.Result call() {
                updateMessage(label);
                return LiveRefcount.run(threads, LIVE_INCREMENTS, progress(this::isCancelled, this::updateProgress));
            }
        };
        task.setOnSucceeded(e -> {
            liveRunning.set(false);
            LiveRefcount.Result r = task.getValue();
            liveRace.set(r);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("mode", "refcount_live");
            params.put("threads", r.threads());
            params.put("increments", r.increments());
            Map<String, Object> results = new LinkedHashMap<>();
            for (LiveRefcount.Count c : List.of(r.plain(), r.atomic(), r.locked())) {
                results.put(c.kind(), Map.of("expected", c.expected(), "final", c.actual(), "lost_updates", c.lost()));
            }
            context.saveRun("threads", Json.write(params), Json.write(results));
        });
        task.setOnFailed(e -> {
            liveRunning.set(false);
            error.set(messages.get("threads.live.failed", String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> liveRunning.set(false));
        liveRunning.set(true);
        context.work().submit(task);
        return task;
    }

    /** The current input as a scene. */
    public com.fasterxml.jackson.databind.node.ObjectNode scene() {
        return ThreadsScene.describe(draft());
    }

    /** Rebuilds from a scene and runs it from step 0; a refused scene leaves everything as it was. */
    public void applyScene(com.fasterxml.jackson.databind.node.ObjectNode input) throws glassbox.core.SceneProblem {
        Draft next = ThreadsScene.parse(input, draft());
        String problem = run(next, false);
        if (problem != null) {
            throw new glassbox.core.SceneProblem("threads", problem);
        }
        if (!next.equals(draft())) {
            history.record(draft());
        }
        draft.set(next);
        problems.values().forEach(p -> p.set(""));
        error.set("");
    }

    /** The race shown now as the run history stores it (for tests and the CLI shape). */
    public String raceJson() {
        return Json.write(RefcountJson.of(race.get()));
    }

    private interface ProgressSink {
        void update(long done, long total);
    }

    private static Progress progress(java.util.function.BooleanSupplier cancelled, ProgressSink sink) {
        return new Progress() {
            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }

            @Override
            public void report(String phase, long done, long total) {
                sink.update(done, total);
            }
        };
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
            Schedule gil = LiveRunner.run(workload, draft.settings(Policy.GIL), scale, half(0));
            updateMessage(nogilMessage);
            Schedule nogil = LiveRunner.run(workload, draft.settings(Policy.NOGIL).withCores(cores), scale, half(1));
            return new LiveResult(scale, gil, nogil);
        }

        private Progress half(int half) {
            return progress(this::isCancelled, (done, total) -> updateProgress(half * total + done, 2 * total));
        }
    }
}
