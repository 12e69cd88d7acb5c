package glassbox.bptree.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.BPlusTree;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.NodeSnap;
import glassbox.bptree.engine.Operation;
import glassbox.bptree.engine.Traced;
import glassbox.bptree.engine.TreeOp;
import glassbox.bptree.engine.TreeStats;
import glassbox.core.History;
import glassbox.core.Narration;
import glassbox.core.SceneProblem;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.Trace;
import glassbox.player.view.PlayerViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;

/**
 * The B+Tree mode's state and commands: runs each operation on the engine with tracing on, hands
 * the steps to its player, keeps undo/redo as a {@link History} of input snapshots, describes and
 * rebuilds the input as a scene, and moves big jobs (10⁵ random keys, rebuilding at another
 * order) to the background without tracing. Never touches a control.
 */
public final class BptreeViewModel {
    public static final int MIN_ORDER = 3;
    public static final int MAX_ORDER = 16;
    public static final int DEFAULT_ORDER = 4;
    /** Operations with more keys than this (or on big trees) run untraced in the background. */
    static final int TRACE_KEYS = 300;
    /** Bulk loads up to this many keys are animated. */
    static final int TRACE_BULK = 400;
    private static final long TRACE_WORK = 600_000;
    private static final int SYNC_KEYS = 5_000;

    private final ViewContext context;
    private final PlayerViewModel player = new PlayerViewModel();
    private final Random random;
    private final History<Snapshot> history = new History<>(100);
    private BPlusTree tree = new BPlusTree(DEFAULT_ORDER);
    private BptreeInput input = BptreeInput.empty(DEFAULT_ORDER);
    private EditCommand lastEdit = new EditCommand.Clear();
    private final ReadOnlyIntegerWrapper order = new ReadOnlyIntegerWrapper(this, "order", DEFAULT_ORDER);
    private final ReadOnlyStringWrapper orderProblem = new ReadOnlyStringWrapper(this, "orderProblem", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty autoPlay = new SimpleBooleanProperty(this, "autoPlay", true);
    /** First step index and pseudo-code key of each part of the trace shown (ops may mix). */
    private List<int[]> partStarts = List.of();
    private List<String> partCodes = List.of();

    /** What undo goes back to: the input, the exact tree it made, and the edit that made it. */
    record Snapshot(BptreeInput input, NodeSnap tree, EditCommand edit) {
    }

    /** What a background job hands back: the new tree and what to say about it. */
    private record Built(BPlusTree tree, Narration narration) {
    }

    public BptreeViewModel(ViewContext context, Random random) {
        this.context = context;
        this.random = random;
        showStill(Narration.of("bptree.n.welcome"));
    }

    // ---------------------------------------------------------------- properties

    public PlayerViewModel player() {
        return player;
    }

    public ReadOnlyIntegerProperty orderProperty() {
        return order.getReadOnlyProperty();
    }

    public int getOrder() {
        return order.get();
    }

    /** Why the order last typed was refused ("" when it was not), shown beside the field. */
    public ReadOnlyStringProperty orderProblemProperty() {
        return orderProblem.getReadOnlyProperty();
    }

    /** The last problem with the user's input, in the chosen language ("" when none). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** True while a background job builds a big tree. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Start playing each new operation's steps at once (off: step by hand). */
    public BooleanProperty autoPlayProperty() {
        return autoPlay;
    }

    public TreeStats stats() {
        return tree.stats();
    }

    /** The keys now in the tree, in order. */
    public int[] keys() {
        return tree.keys();
    }

    public NodeSnap snapshot() {
        return tree.snapshot();
    }

    /** The pseudo-code of the trace part that step {@code index} belongs to. */
    public String codeKeyAt(int index) {
        for (int i = partStarts.size() - 1; i >= 0; i--) {
            if (index >= partStarts.get(i)[0]) {
                return partCodes.get(i);
            }
        }
        return player.getTrace() == null ? null : player.getTrace().codeKey();
    }

    /** Ctrl+Z / Ctrl+Y for the shell. */
    public Undoable undoable() {
        return new Undoable() {
            @Override
            public boolean undo() {
                return BptreeViewModel.this.undo();
            }

            @Override
            public boolean redo() {
                return BptreeViewModel.this.redo();
            }
        };
    }

    // ---------------------------------------------------------------- commands

    public void insert(String text) {
        KeyInput in = parse(text);
        if (in != null) {
            insertKeys(in.keys(), new EditCommand.Insert(in.keys()));
        }
    }

    public void delete(String text) {
        KeyInput in = parse(text);
        if (in == null || busy.get()) {
            return;
        }
        List<Integer> keys = in.keys();
        List<TreeOp> ops = new ArrayList<>();
        keys.forEach(k -> ops.add(new TreeOp.Delete(k)));
        if (traceable(keys.size())) {
            Snapshot before = current();
            List<Trace<BptreeFrame>> parts = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int k : keys) {
                Traced<Boolean> r = tree.traceDelete(k);
                parts.add(r.trace());
                if (!r.result()) {
                    missing.add(k);
                }
            }
            report(missing, "bptree.error.absent");
            changed(before, input.then(ops), new EditCommand.Delete(keys));
            play(parts);
            return;
        }
        List<Integer> left = new ArrayList<>(input.keysAfter());
        left.removeAll(new java.util.HashSet<>(keys));
        untraced(new EditCommand.Delete(keys), new BptreeInput(order.get(), left, false, List.of()), t -> {
            int gone = 0;
            for (int k : keys) {
                gone += t.delete(k) ? 1 : 0;
            }
            return Narration.of("bptree.n.bulkDeleted", gone, keys.size() - gone);
        });
    }

    public void search(String text) {
        KeyInput in = parse(text);
        if (in == null || busy.get()) {
            return;
        }
        if (in.keys().size() > TRACE_KEYS) {
            error.set(context.messages().get("bptree.error.tooManySearch", String.valueOf(TRACE_KEYS)));
            return;
        }
        List<Trace<BptreeFrame>> parts = new ArrayList<>();
        List<TreeOp> ops = new ArrayList<>();
        for (int k : in.keys()) {
            parts.add(tree.traceSearch(k).trace());
            ops.add(new TreeOp.Search(k));
        }
        input = input.then(ops);
        play(parts);
    }

    public void range(String fromText, String toText) {
        if (busy.get()) {
            return;
        }
        KeyInput a = KeyInput.parse(fromText);
        KeyInput b = KeyInput.parse(toText);
        if (!a.ok() || !b.ok() || a.keys().size() != 1 || b.keys().size() != 1) {
            error.set(context.messages().get("bptree.error.range"));
            return;
        }
        int lo = a.keys().get(0);
        int hi = b.keys().get(0);
        if (lo > hi) {
            error.set(context.messages().get("bptree.error.rangeOrder", String.valueOf(lo), String.valueOf(hi)));
            return;
        }
        if (tree.range(lo, hi).keys().size() > 2_000) {
            error.set(context.messages().get("bptree.error.rangeTooWide"));
            return;
        }
        error.set("");
        input = input.then(List.of(new TreeOp.Range(lo, hi)));
        play(List.of(tree.traceRange(lo, hi).trace()));
    }

    /** Inserts {@code countText} random keys that are not in the tree yet. */
    public void random(String countText) {
        KeyInput in = KeyInput.parse(countText);
        if (!in.ok() || in.keys().size() != 1 || in.keys().get(0) < 1 || in.keys().get(0) > 1_000_000) {
            error.set(context.messages().get("bptree.error.randomCount"));
            return;
        }
        int n = in.keys().get(0);
        long bound = Math.min(9_999_999L, Math.max(100L, 10L * (n + tree.size())));
        bound = Math.min(Integer.MAX_VALUE - 1L, Math.max(bound, 2L * (n + tree.size())));
        TreeSet<Integer> fresh = new TreeSet<>();
        List<Integer> keys = new ArrayList<>(n);
        while (keys.size() < n) {
            int k = 1 + random.nextInt((int) bound);
            if (!tree.contains(k) && fresh.add(k)) {
                keys.add(k);
            }
        }
        insertKeys(keys, new EditCommand.RandomInsert(n));
    }

    /** Rebuilds the tree bottom-up from its keys plus those typed (the field may be empty). */
    public void bulkLoad(String text) {
        if (busy.get()) {
            return;
        }
        TreeSet<Integer> all = new TreeSet<>();
        for (int k : tree.keys()) {
            all.add(k);
        }
        if (text != null && !text.isBlank()) {
            KeyInput in = parse(text);
            if (in == null) {
                return;
            }
            all.addAll(in.keys());
        }
        if (all.isEmpty()) {
            error.set(context.messages().get("bptree.error.nothingToLoad"));
            return;
        }
        error.set("");
        BptreeInput next = new BptreeInput(order.get(), List.copyOf(all), true, List.of());
        rebuild(next, new EditCommand.BulkLoad(all.size()), true);
    }

    public void clear() {
        if (tree.isEmpty() || busy.get()) {
            return;
        }
        error.set("");
        Snapshot before = current();
        tree = freshTree(order.get());
        changed(before, BptreeInput.empty(order.get()), new EditCommand.Clear());
        showStill(Narration.of("bptree.n.cleared"));
    }

    /**
     * The order as typed in the field: a whole number {@value #MIN_ORDER}..{@value #MAX_ORDER}
     * rebuilds the tree; anything else is refused with the reason in {@link #orderProblemProperty}
     * and the order stays as it was. False when refused.
     */
    public boolean requestOrder(String text) {
        String t = text == null ? "" : text.strip();
        Integer d = null;
        try {
            d = Integer.valueOf(t);
        } catch (NumberFormatException e) {
            // refused below
        }
        if (d == null || d < MIN_ORDER || d > MAX_ORDER) {
            orderProblem.set(context.messages().get("bptree.order.problem",
                    abbreviate(t), String.valueOf(order.get())));
            return false;
        }
        orderProblem.set("");
        setOrder(d);
        return true;
    }

    /** Forgets a refused order (Esc in the field). */
    public void clearOrderProblem() {
        orderProblem.set("");
    }

    /** Changes the order and rebuilds the same keys by inserting them in ascending order. */
    public void setOrder(int d) {
        if (d == order.get() || d < MIN_ORDER || d > MAX_ORDER || busy.get()) {
            return;
        }
        error.set("");
        orderProblem.set("");
        int from = order.get();
        List<Integer> sorted = new ArrayList<>();
        for (int k : tree.keys()) {
            sorted.add(k);
        }
        rebuild(new BptreeInput(d, sorted, false, List.of()), new EditCommand.ChangeOrder(from, d), false);
    }

    public boolean undo() {
        if (busy.get()) {
            return false;
        }
        Snapshot now = current();
        return history.undo(now).map(s -> {
            restore(s);
            showStill(Narration.of("bptree.n.undone", now.edit().describe()));
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        if (busy.get()) {
            return false;
        }
        return history.redo(current()).map(s -> {
            restore(s);
            showStill(Narration.of("bptree.n.redone", s.edit().describe()));
            return true;
        }).orElse(false);
    }

    /**
     * Opened from another tab: {@code order} (3..16) and {@code keys} ("1,2,3"); the keys are
     * inserted in the given order ({@code mode=bulk} bulk-loads them instead). Bad values are
     * ignored.
     */
    public void open(Map<String, String> params) {
        player.pause();
        int d = order.get();
        try {
            d = Integer.parseInt(params.getOrDefault("order", String.valueOf(d)).strip());
        } catch (NumberFormatException ignored) {
            // keep the current order
        }
        d = Math.max(MIN_ORDER, Math.min(MAX_ORDER, d));
        KeyInput in = KeyInput.parse(params.getOrDefault("keys", ""));
        List<Integer> keys = in.ok() ? List.copyOf(new java.util.LinkedHashSet<>(in.keys())) : List.of();
        boolean bulk = "bulk".equalsIgnoreCase(params.getOrDefault("mode", ""));
        if (bulk) {
            keys = List.copyOf(new TreeSet<>(keys));
        }
        error.set("");
        rebuild(new BptreeInput(d, keys, bulk, List.of()), new EditCommand.Open(keys.size()), false);
    }

    /** The demo: {@code count} random inserts into an empty tree of order {@code d}, played at 4×. */
    public void demo(int d, int count) {
        TreeSet<Integer> used = new TreeSet<>();
        List<TreeOp> ops = new ArrayList<>();
        while (used.size() < count) {
            int k = 1 + random.nextInt(9_999);
            if (used.add(k)) {
                ops.add(new TreeOp.Insert(k));
            }
        }
        history.clear();
        tree = freshTree(d);
        order.set(d);
        input = new BptreeInput(d, List.of(), false, ops);
        lastEdit = new EditCommand.Open(0);
        List<Trace<BptreeFrame>> parts = new ArrayList<>();
        for (TreeOp op : ops) {
            parts.add(tree.traceInsert(((TreeOp.Insert) op).key()).trace());
        }
        player.speedProperty().set(4.0);
        load(parts);
        player.play();
    }

    /** The input as a scene ({@code {"mode": "bptree", "order": 4, "keys": "...", "ops": "..."}}). */
    public ObjectNode scene() {
        return input.toJson();
    }

    /**
     * Rebuilds from a scene's input and shows its trace at step 0 (not playing). Throws, naming the
     * field, and changes nothing when the input is refused.
     */
    public void applyScene(ObjectNode json) throws SceneProblem {
        BptreeInput next = BptreeInput.fromJson(json);
        if (busy.get()) {
            throw new SceneProblem("tab", "the tab is busy building a tree; try again when it is done");
        }
        player.pause();
        error.set("");
        orderProblem.set("");
        boolean was = autoPlay.get();
        autoPlay.set(false);
        try {
            rebuild(next, new EditCommand.Open(next.keysAfter().size()), true);
        } finally {
            autoPlay.set(was);
        }
    }

    // ---------------------------------------------------------------- internals

    private KeyInput parse(String text) {
        KeyInput in = KeyInput.parse(text);
        if (!in.ok()) {
            error.set(context.messages().get(in.errorKey(), abbreviate(in.errorArg())));
            return null;
        }
        error.set("");
        return in;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    private boolean traceable(int count) {
        return count <= TRACE_KEYS && (long) count * (tree.stats().nodes() + 16) <= TRACE_WORK;
    }

    private void insertKeys(List<Integer> keys, EditCommand command) {
        if (busy.get()) {
            return;
        }
        if (traceable(keys.size())) {
            Snapshot before = current();
            List<Trace<BptreeFrame>> parts = new ArrayList<>();
            List<Integer> dup = new ArrayList<>();
            List<TreeOp> ops = new ArrayList<>();
            for (int k : keys) {
                Traced<Boolean> r = tree.traceInsert(k);
                parts.add(r.trace());
                ops.add(new TreeOp.Insert(k));
                if (!r.result()) {
                    dup.add(k);
                }
            }
            report(dup, "bptree.error.duplicate");
            changed(before, input.then(ops), command);
            play(parts);
            return;
        }
        java.util.LinkedHashSet<Integer> all = new java.util.LinkedHashSet<>(input.keysAfter());
        all.addAll(keys);
        untraced(command, new BptreeInput(order.get(), List.copyOf(all), false, List.of()), t -> {
            int added = 0;
            for (int k : keys) {
                added += t.insert(k) ? 1 : 0;
            }
            return Narration.of("bptree.n.bulkInserted", added, keys.size() - added);
        });
    }

    /** A big edit: untraced, on a copy, in the background; {@code next} is the input it leaves. */
    private void untraced(EditCommand command, BptreeInput next, java.util.function.Function<BPlusTree, Narration> job) {
        Snapshot before = current();
        BPlusTree copy = BPlusTree.fromSnapshot(order.get(), before.tree());
        copy.reserveIdsAfter(tree.lastId());
        background(() -> new Built(copy, job.apply(copy)), built -> {
            tree = built.tree();
            changed(before, next, command);
        });
    }

    /**
     * Replaces the tree by one built from {@code next}: its keys loaded (inserted in order, or
     * bottom-up), then its ops run. Small inputs are traced here (a bulk load of few keys with no
     * ops shows the bulk load); big ones are built untraced in the background.
     */
    private void rebuild(BptreeInput next, EditCommand command, boolean traceBulk) {
        if (busy.get()) {
            return;
        }
        Snapshot before = current();
        BPlusTree fresh = freshTree(next.order());
        int[] sorted = next.keys().stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean showBulk = traceBulk && next.bulk() && next.ops().isEmpty() && sorted.length <= TRACE_BULK;
        long work = (long) next.ops().size() * (next.keys().size() / Math.max(1, next.order() - 1) + 16);
        boolean small = next.keys().size() <= SYNC_KEYS && next.ops().size() <= TRACE_KEYS && work <= TRACE_WORK;
        if (!small) {
            background(() -> {
                load(fresh, next, sorted);
                for (TreeOp op : next.ops()) {
                    apply(fresh, op);
                }
                return new Built(fresh, narrationFor(command, fresh));
            }, built -> {
                tree = built.tree();
                order.set(next.order());
                changed(before, next, command);
            });
            return;
        }
        List<Trace<BptreeFrame>> parts = new ArrayList<>();
        if (showBulk) {
            parts.add(fresh.traceBulkLoad(sorted).trace());
        } else {
            load(fresh, next, sorted);
        }
        for (TreeOp op : next.ops()) {
            parts.add(traceOp(fresh, op));
        }
        tree = fresh;
        order.set(next.order());
        changed(before, next, command);
        if (parts.isEmpty()) {
            showStill(narrationFor(command, fresh));
        } else {
            play(parts);
        }
    }

    private static void load(BPlusTree t, BptreeInput in, int[] sorted) {
        if (in.bulk()) {
            t.bulkLoad(sorted);
        } else {
            in.keys().forEach(t::insert);
        }
    }

    private static Narration narrationFor(EditCommand command, BPlusTree t) {
        if (command instanceof EditCommand.ChangeOrder c) {
            return Narration.of("bptree.n.reordered", t.size(), c.to());
        }
        if (command instanceof EditCommand.BulkLoad) {
            return Narration.of("bptree.n.bulkLoaded", t.size(), t.height());
        }
        return Narration.of("bptree.n.opened", t.size(), t.order());
    }

    private static Trace<BptreeFrame> traceOp(BPlusTree t, TreeOp op) {
        if (op instanceof TreeOp.Insert i) {
            return t.traceInsert(i.key()).trace();
        }
        if (op instanceof TreeOp.Delete d) {
            return t.traceDelete(d.key()).trace();
        }
        if (op instanceof TreeOp.Search s) {
            return t.traceSearch(s.key()).trace();
        }
        TreeOp.Range r = (TreeOp.Range) op;
        return t.traceRange(r.from(), r.to()).trace();
    }

    private static void apply(BPlusTree t, TreeOp op) {
        if (op instanceof TreeOp.Insert i) {
            t.insert(i.key());
        } else if (op instanceof TreeOp.Delete d) {
            t.delete(d.key());
        }
    }

    private void report(List<Integer> keys, String key) {
        if (!keys.isEmpty()) {
            error.set(context.messages().get(key, EditCommand.KeysText.of(keys)));
        }
    }

    /** Runs {@code job} through the shared background work; {@code done} runs on the FX thread. */
    private void background(Supplier<Built> job, Consumer<Built> done) {
        busy.set(true);
        player.pause();
        Task<Built> task = new Task<>() {
            @Override
            protected Built call() {
                updateMessage(context.messages().get("bptree.task.building"));
                updateProgress(-1, 1);
                return job.get();
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            Built b = task.getValue();
            done.accept(b);
            showStill(b.narration());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            error.set(context.messages().get("bptree.error.failed", String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> {
            busy.set(false);
            error.set(context.messages().get("bptree.error.cancelled"));
        });
        context.work().submit(task);
    }

    private Snapshot current() {
        return new Snapshot(input, tree.snapshot(), lastEdit);
    }

    /** The tree is now the result of {@code command}: remembers {@code before} for undo. */
    private void changed(Snapshot before, BptreeInput next, EditCommand command) {
        boolean treeChanged = tree.snapshot() != before.tree() || next.order() != before.input().order();
        input = next;
        if (!treeChanged) {
            return;
        }
        lastEdit = command;
        history.record(before);
        saveRun(command);
    }

    private void restore(Snapshot s) {
        long ids = tree.lastId();
        tree = BPlusTree.fromSnapshot(s.input().order(), s.tree());
        tree.reserveIdsAfter(ids);
        input = s.input();
        lastEdit = s.edit();
        order.set(s.input().order());
        error.set("");
        orderProblem.set("");
    }

    private BPlusTree freshTree(int d) {
        BPlusTree t = new BPlusTree(d);
        t.reserveIdsAfter(tree.lastId());
        return t;
    }

    /** Records a new edit in the run history (the store), if it is open. */
    private void saveRun(EditCommand command) {
        TreeStats st = tree.stats();
        context.saveRun("bptree",
                String.format(java.util.Locale.ROOT, "{\"order\": %d, \"edit\": \"%s\"}",
                        order.get(), command.getClass().getSimpleName()),
                String.format(java.util.Locale.ROOT, "{\"keys\": %d, \"height\": %d, \"nodes\": %d, \"fill\": %.3f}",
                        st.keys(), st.height(), st.nodes(), st.fill()));
    }

    private void play(List<Trace<BptreeFrame>> parts) {
        load(parts);
        if (autoPlay.get() && player.getTrace().size() > 1) {
            player.play();
        }
    }

    /** Loads the parts as one trace, remembering where each part (and its pseudo-code) starts. */
    private void load(List<Trace<BptreeFrame>> parts) {
        List<int[]> starts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        int at = 0;
        for (Trace<BptreeFrame> p : parts) {
            if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(p.codeKey())) {
                starts.add(new int[] {at});
                codes.add(p.codeKey());
            }
            at += p.size();
        }
        partStarts = starts;
        partCodes = codes;
        player.load(Trace.concat(codes.isEmpty() ? Operation.INSERT.codeKey() : codes.get(0), parts));
    }

    private void showStill(Narration narration) {
        partStarts = List.of();
        partCodes = List.of();
        player.load(Trace.still(null, BptreeFrame.of(order.get(), tree.snapshot()), narration));
    }
}
