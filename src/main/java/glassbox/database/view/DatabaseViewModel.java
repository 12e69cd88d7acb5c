package glassbox.database.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.History;
import glassbox.core.Json;
import glassbox.core.Narration;
import glassbox.core.SceneProblem;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.LockParams;
import glassbox.database.engine.LockStrategy;
import glassbox.player.Trace;
import glassbox.player.view.PlayerViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Database tab's state: which experiment is shown, the inputs of both (kept valid: fields
 * commit only good values), the connection chooser, the player and its replay, whether the replay
 * has reached the end (outcome panels appear then) and whether the shell hides outcomes while a
 * question is open. Scenes and undo are snapshots of {@link DatabaseInput}.
 */
final class DatabaseViewModel implements Undoable {
    /** Which experiment is on screen. */
    enum Mode {
        INDEX("index", "database.code.index", "database.narr.introIndex"),
        LOCKS("locks", "database.code.none", "database.narr.introLocks"),
        COMPOSITE("composite", glassbox.database.engine.CompositeTrace.CODE, "database.narr.introComposite");

        private final String id;
        private final String introCode;
        private final String introKey;

        Mode(String id, String introCode, String introKey) {
            this.id = id;
            this.introCode = introCode;
            this.introKey = introKey;
        }

        /** The name scenes and the {@code mode} parameter use. */
        String id() {
            return id;
        }

        static java.util.Optional<Mode> parse(String text) {
            return java.util.Arrays.stream(values()).filter(m -> m.id.equalsIgnoreCase(text)).findFirst();
        }
    }

    /** Scene keys of the index and the composite experiment (a table size and repeats). */
    static final Set<String> INDEX_KEYS = Set.of("experiment", "rows", "repeat", "connection");
    static final Set<String> LOCK_KEYS = Set.of("experiment", "strategy", "stock", "buyers", "threads", "think_ms", "connection");

    private final PlayerViewModel player = new PlayerViewModel();
    private final IndexViewModel index;
    private final LocksViewModel locks;
    private final CompositeViewModel composite;
    private final ConnectionViewModel connection;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.INDEX);
    private final LongProperty rows = new SimpleLongProperty(this, "rows", 1_000_000);
    private final LongProperty compositeRows = new SimpleLongProperty(this, "compositeRows", 200_000);
    private final IntegerProperty repeat = new SimpleIntegerProperty(this, "repeat", 5);
    private final ObjectProperty<LockStrategy> strategy = new SimpleObjectProperty<>(this, "strategy", LockStrategy.NONE);
    private final IntegerProperty stock = new SimpleIntegerProperty(this, "stock", 10);
    private final IntegerProperty buyers = new SimpleIntegerProperty(this, "buyers", 20);
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", 4);
    private final IntegerProperty think = new SimpleIntegerProperty(this, "think", 2);
    private final BooleanProperty outcomeHidden = new SimpleBooleanProperty(this, "outcomeHidden", false);
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd", false);
    private final History<DatabaseInput> history = new History<>();
    /** The input as of the last edit, undo or scene: what an edit replaces. */
    private DatabaseInput committed;
    private boolean restoring;
    private final java.util.Map<Mode, Trace<?>> traces = new java.util.EnumMap<>(Mode.class);

    DatabaseViewModel(ViewContext context, Path dataFolder) {
        Lab lab = Lab.shared();
        BusyFlag busy = new BusyFlag();
        index = new IndexViewModel(context, lab, busy);
        locks = new LocksViewModel(context, lab, busy);
        composite = new CompositeViewModel(context, lab, busy);
        connection = new ConnectionViewModel(context, lab, dataFolder);
        keepTrace(Mode.INDEX, index);
        keepTrace(Mode.LOCKS, locks);
        keepTrace(Mode.COMPOSITE, composite);
        player.addStepListener((step, prev, d) -> atEnd.set(player.getIndex() >= player.getTrace().size() - 1));
        showIntro();
        committed = snapshot();
        for (javafx.beans.value.ObservableValue<?> input : List.of(rows, repeat, strategy, stock, buyers, threads, think,
                compositeRows, connection.kindProperty())) {
            input.addListener((o, a, b) -> edited());
        }
        mode.addListener((o, a, b) -> {
            if (!restoring) {
                committed = snapshot(); // switching experiments is not an edit; undo brings back the one an edit was made in
            }
        });
    }

    /** Each committed change of an input is one undo step (fields commit only good values, on Enter or leaving them). */
    private void edited() {
        if (restoring) {
            return;
        }
        DatabaseInput now = snapshot();
        if (!now.equals(committed)) {
            history.record(committed);
            committed = now;
        }
    }

    /** Each experiment's latest replay is kept, and played at once when its experiment is on screen. */
    private void keepTrace(Mode m, ExperimentViewModel<?> experiment) {
        experiment.onTrace(t -> {
            traces.put(m, t);
            if (mode.get() == m) {
                player.load(t);
            }
        });
    }

    PlayerViewModel player() {
        return player;
    }

    IndexViewModel index() {
        return index;
    }

    LocksViewModel locks() {
        return locks;
    }

    CompositeViewModel composite() {
        return composite;
    }

    ConnectionViewModel connection() {
        return connection;
    }

    ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    LongProperty rowsProperty() {
        return rows;
    }

    LongProperty compositeRowsProperty() {
        return compositeRows;
    }

    IntegerProperty repeatProperty() {
        return repeat;
    }

    ObjectProperty<LockStrategy> strategyProperty() {
        return strategy;
    }

    IntegerProperty stockProperty() {
        return stock;
    }

    IntegerProperty buyersProperty() {
        return buyers;
    }

    IntegerProperty threadsProperty() {
        return threads;
    }

    IntegerProperty thinkProperty() {
        return think;
    }

    /** Set by the shell (or a test) while a question is open: outcome panels are hidden. */
    BooleanProperty outcomeHiddenProperty() {
        return outcomeHidden;
    }

    /** True when the replay shows its last step: the comparison and totals are revealed. */
    ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    void show(Mode m) {
        if (m == mode.get() && player.hasTrace()) {
            return;
        }
        mode.set(m);
        Trace<?> t = traces.get(m);
        if (t != null) {
            player.load(t);
        } else {
            showIntro();
        }
    }

    private void showIntro() {
        Mode m = mode.get();
        player.load(Trace.still(m.introCode, "", Narration.of(m.introKey)));
    }

    /** Runs the index experiment on the current inputs (their edits are the undo steps, not the runs). */
    boolean runIndex() {
        return index.run(rows.get(), repeat.get());
    }

    boolean sweep() {
        return index.sweep(rows.get(), repeat.get());
    }

    boolean runComposite() {
        return composite.run(compositeRows.get(), repeat.get());
    }

    boolean runLocks() {
        return locks.run(strategy.get(), stock.get(), buyers.get(), threads.get(), think.get());
    }

    boolean compareAll() {
        return locks.compareAll(strategy.get(), stock.get(), buyers.get(), threads.get(), think.get());
    }

    DatabaseInput snapshot() {
        return new DatabaseInput(mode.get(), rows.get(), repeat.get(), strategy.get(), stock.get(), buyers.get(),
                threads.get(), think.get(), compositeRows.get(), connection.kindProperty().get(),
                connection.hostProperty().get(), connection.portProperty().get(), connection.userProperty().get());
    }

    private void restore(DatabaseInput in) {
        restoring = true;
        try {
            set(in);
        } finally {
            restoring = false;
            committed = snapshot();
        }
    }

    private void set(DatabaseInput in) {
        show(in.mode());
        rows.set(in.rows());
        repeat.set(in.repeat());
        strategy.set(in.strategy());
        stock.set(in.stock());
        buyers.set(in.buyers());
        threads.set(in.threads());
        think.set(in.thinkMs());
        compositeRows.set(in.compositeRows());
        connection.kindProperty().set(in.connection());
        connection.hostProperty().set(in.host());
        connection.portProperty().set(in.port());
        connection.userProperty().set(in.user());
    }

    @Override
    public boolean undo() {
        return history.undo(snapshot(), this::restore);
    }

    @Override
    public boolean redo() {
        return history.redo(snapshot(), this::restore);
    }

    /** The current input as a scene (see docs/readme/database.md); never the password. */
    ObjectNode scene() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("experiment", mode.get().id());
        if (mode.get() == Mode.INDEX) {
            o.put("rows", (int) rows.get()); // at most 10⁷: an int, as a scene file reads it
            o.put("repeat", repeat.get());
        } else if (mode.get() == Mode.COMPOSITE) {
            o.put("rows", (int) compositeRows.get());
            o.put("repeat", repeat.get());
        } else {
            o.put("strategy", strategy.get().id());
            o.put("stock", stock.get());
            o.put("buyers", buyers.get());
            o.put("threads", threads.get());
            o.put("think_ms", think.get());
        }
        ObjectNode c = o.putObject("connection");
        if (connection.kindProperty().get() == ConnectionViewModel.Kind.H2) {
            c.put("kind", "h2");
        } else {
            c.put("kind", "server");
            c.put("host", connection.hostProperty().get());
            c.put("port", connection.portProperty().get());
            c.put("user", connection.userProperty().get());
        }
        return o;
    }

    /** Rebuilds the inputs from a scene and runs it; a refused scene changes nothing. */
    void applyScene(ObjectNode in) throws SceneProblem {
        DatabaseInput parsed = parse(in);
        history.record(snapshot());
        restore(parsed);
        switch (parsed.mode()) {
            case INDEX -> index.run(parsed.rows(), parsed.repeat());
            case COMPOSITE -> composite.run(parsed.compositeRows(), parsed.repeat());
            case LOCKS -> locks.run(parsed.strategy(), parsed.stock(), parsed.buyers(), parsed.threads(), parsed.thinkMs());
        }
    }

    private DatabaseInput parse(ObjectNode in) throws SceneProblem {
        JsonNode e = in.get("experiment");
        if (e == null || !e.isTextual()) {
            throw new SceneProblem("experiment", "missing (index, locks or composite)");
        }
        Mode m = Mode.parse(e.asText()).orElseThrow(() -> new SceneProblem("experiment",
                "\"" + e.asText() + "\" is not index, locks or composite"));
        Set<String> allowed = switch (m) {
            case INDEX, COMPOSITE -> INDEX_KEYS;
            case LOCKS -> LOCK_KEYS;
        };
        for (var it = in.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new SceneProblem(k, "unknown key for experiment " + e.asText() + " (use " + String.join(", ", List.copyOf(
                        new java.util.TreeSet<>(allowed))) + ")");
            }
        }
        DatabaseInput now = snapshot();
        ConnectionViewModel.Kind kind = ConnectionViewModel.Kind.H2;
        String host = now.host();
        String port = now.port();
        String user = now.user();
        JsonNode c = in.get("connection");
        if (c != null) {
            if (!c.isObject()) {
                throw new SceneProblem("connection", "must be an object");
            }
            for (var it = c.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!Set.of("kind", "host", "port", "user").contains(k)) {
                    throw new SceneProblem("connection." + k, "unknown key (kind, host, port, user; a password is never part of a scene)");
                }
            }
            String k = c.path("kind").asText("");
            if (k.equals("server")) {
                kind = ConnectionViewModel.Kind.SERVER;
                host = text(c, "host", "connection.host");
                port = text(c, "port", "connection.port");
                user = text(c, "user", "connection.user");
                if (!host.equals("127.0.0.1") && !host.equalsIgnoreCase("localhost")) {
                    throw new SceneProblem("connection.host", "only 127.0.0.1 or localhost");
                }
                if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                    throw new SceneProblem("connection.port", "\"" + port + "\" is not a port (1 to 65535)");
                }
            } else if (!k.equals("h2")) {
                throw new SceneProblem("connection.kind", "\"" + k + "\" is not h2 or server");
            }
        }
        if (m != Mode.LOCKS) { // index and composite: a table size and repeats
            boolean idx = m == Mode.INDEX;
            long r = idx ? number(in, "rows", IndexExperiment.MIN_ROWS, IndexExperiment.MAX_ROWS)
                    : number(in, "rows", glassbox.database.engine.CompositeExperiment.A_VALUES,
                            glassbox.database.engine.CompositeExperiment.MAX_ROWS);
            int rep = (int) number(in, "repeat", 1, IndexViewModel.MAX_REPEAT);
            return new DatabaseInput(m, idx ? r : now.rows(), rep, now.strategy(), now.stock(), now.buyers(), now.threads(),
                    now.thinkMs(), idx ? now.compositeRows() : r, kind, host, port, user);
        }
        JsonNode s = in.get("strategy");
        LockStrategy strat = LockStrategy.parse(s == null || !s.isTextual() ? null : s.asText())
                .orElseThrow(() -> new SceneProblem("strategy", (s == null ? "missing" : s + " is unknown")
                        + " (none, pessimistic, optimistic or atomic)"));
        return new DatabaseInput(m, now.rows(), now.repeat(), strat,
                (int) number(in, "stock", 0, LockParams.MAX_STOCK), (int) number(in, "buyers", 1, LockParams.MAX_BUYERS),
                (int) number(in, "threads", 1, LockParams.MAX_THREADS), (int) number(in, "think_ms", 0, LockParams.MAX_THINK_MS),
                now.compositeRows(), kind, host, port, user);
    }

    private static String text(JsonNode o, String key, String field) throws SceneProblem {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw new SceneProblem(field, "missing or not a string");
        }
        return v.asText();
    }

    private static long number(JsonNode o, String key, long min, long max) throws SceneProblem {
        JsonNode v = o.get(key);
        if (v == null) {
            throw new SceneProblem(key, "missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new SceneProblem(key, v + " is not a whole number");
        }
        long n = v.asLong();
        if (n < min || n > max) {
            throw new SceneProblem(key, n + " is outside " + min + " to " + max);
        }
        return n;
    }
}
