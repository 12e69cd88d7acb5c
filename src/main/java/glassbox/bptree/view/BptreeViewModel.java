package glassbox.bptree.view;

import glassbox.core.ViewContext;
import glassbox.bptree.engine.BPlusTree;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.NodeSnap;
import glassbox.bptree.engine.Operation;
import glassbox.bptree.engine.Traced;
import glassbox.bptree.engine.TreeStats;
import glassbox.core.Narration;
import glassbox.player.Trace;
import glassbox.player.view.PlayerViewModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
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
 * The B+Tree tab's state and commands: runs each operation on the engine with tracing on, hands
 * the steps to the player, keeps undo/redo history (mementos of the tree), and moves big jobs
 * (10⁵ random keys, rebuilding at another order) to the background without tracing.
 */
public final class BptreeViewModel {
    public static final int MIN_ORDER = 3;
    public static final int MAX_ORDER = 16;
    public static final int DEFAULT_ORDER = 4;
    /** Operations with more keys than this (or on big trees) run untraced in the background. */
    static final int TRACE_KEYS = 300;
    private static final long TRACE_WORK = 600_000;
    private static final int HISTORY = 100;

    private final ViewContext context;
    private final PlayerViewModel player;
    private final Random random;
    private BPlusTree tree = new BPlusTree(DEFAULT_ORDER);
    private final ReadOnlyIntegerWrapper order = new ReadOnlyIntegerWrapper(this, "order", DEFAULT_ORDER);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty autoPlay = new SimpleBooleanProperty(this, "autoPlay", true);
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** One undoable step: the command and the tree before and after it. */
    private record Edit(EditCommand command, int orderBefore, NodeSnap before, int orderAfter, NodeSnap after) {
    }

    /** What a background job hands back: the new tree and what to say about it. */
    private record Built(BPlusTree tree, Narration narration) {
    }

    public BptreeViewModel(ViewContext context, PlayerViewModel player, Random random) {
        this.context = context;
        this.player = player;
        this.random = random;
        showStill(Narration.of("bptree.n.welcome"));
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyIntegerProperty orderProperty() {
        return order.getReadOnlyProperty();
    }

    public int getOrder() {
        return order.get();
    }

    /** The last problem with the user's input, in the chosen language ("" when none). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
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

    // ---------------------------------------------------------------- commands

    public void insert(String text) {
        KeyInput in = parse(text);
        if (in != null) {
            insertKeys(in.keys(), new EditCommand.Insert(in.keys()));
        }
    }

    public void delete(String text) {
        KeyInput in = parse(text);
        if (in == null) {
            return;
        }
        List<Integer> keys = in.keys();
        edit(new EditCommand.Delete(keys), keys.size(), Operation.DELETE, t -> {
            List<Trace<BptreeFrame>> parts = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int k : keys) {
                Traced<Boolean> r = t.traceDelete(k);
                parts.add(r.trace());
                if (!r.result()) {
                    missing.add(k);
                }
            }
            report(missing, "bptree.error.absent");
            return parts;
        }, t -> {
            int gone = 0;
            for (int k : keys) {
                gone += t.delete(k) ? 1 : 0;
            }
            return Narration.of("bptree.n.bulkDeleted", gone, keys.size() - gone);
        });
    }

    public void search(String text) {
        KeyInput in = parse(text);
        if (in == null) {
            return;
        }
        if (in.keys().size() > TRACE_KEYS) {
            error.set(context.messages().get("bptree.error.tooManySearch", String.valueOf(TRACE_KEYS)));
            return;
        }
        List<Trace<BptreeFrame>> parts = new ArrayList<>();
        for (int k : in.keys()) {
            parts.add(tree.traceSearch(k).trace());
        }
        play(Trace.concat(Operation.SEARCH.codeKey(), parts));
    }

    public void range(String fromText, String toText) {
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
        error.set("");
        if ((long) tree.range(lo, hi).keys().size() > 2_000) {
            error.set(context.messages().get("bptree.error.rangeTooWide"));
            return;
        }
        play(tree.traceRange(lo, hi).trace());
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
        int[] sorted = all.stream().mapToInt(Integer::intValue).toArray();
        BPlusTree fresh = freshTree(order.get());
        NodeSnap before = tree.snapshot();
        if (sorted.length <= 400) {
            Trace<BptreeFrame> trace = fresh.traceBulkLoad(sorted).trace();
            commit(new EditCommand.BulkLoad(sorted.length), before, fresh);
            play(trace);
        } else {
            background(() -> {
                fresh.bulkLoad(sorted);
                return new Built(fresh, Narration.of("bptree.n.bulkLoaded", sorted.length, fresh.height()));
            }, built -> commit(new EditCommand.BulkLoad(sorted.length), before, built.tree()));
        }
    }

    public void clear() {
        if (tree.isEmpty()) {
            return;
        }
        error.set("");
        NodeSnap before = tree.snapshot();
        commit(new EditCommand.Clear(), before, freshTree(order.get()));
        showStill(Narration.of("bptree.n.cleared"));
    }

    /** Changes the order and rebuilds the same keys by inserting them in ascending order. */
    public void setOrder(int d) {
        if (d == order.get() || d < MIN_ORDER || d > MAX_ORDER || busy.get()) {
            return;
        }
        error.set("");
        int from = order.get();
        int[] keys = tree.keys();
        NodeSnap before = tree.snapshot();
        BPlusTree fresh = freshTree(d);
        background(() -> {
            for (int k : keys) {
                fresh.insert(k);
            }
            return new Built(fresh, Narration.of("bptree.n.reordered", keys.length, d));
        }, built -> {
            undo.push(new Edit(new EditCommand.ChangeOrder(from, d), from, before, d, built.tree().snapshot()));
            redo.clear();
            tree = built.tree();
            order.set(d);
            syncHistory();
            saveRun(undo.peek());
        });
    }

    public void undo() {
        if (undo.isEmpty() || busy.get()) {
            return;
        }
        Edit e = undo.pop();
        redo.push(e);
        restore(e.orderBefore(), e.before());
        showStill(Narration.of("bptree.n.undone", e.command().describe()));
    }

    public void redo() {
        if (redo.isEmpty() || busy.get()) {
            return;
        }
        Edit e = redo.pop();
        undo.push(e);
        restore(e.orderAfter(), e.after());
        showStill(Narration.of("bptree.n.redone", e.command().describe()));
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
        List<Integer> keys = in.ok() ? in.keys() : List.of();
        boolean bulk = "bulk".equalsIgnoreCase(params.getOrDefault("mode", ""));
        NodeSnap before = tree.snapshot();
        int orderBefore = order.get();
        int dd = d;
        java.util.function.Supplier<Built> job = () -> {
            BPlusTree fresh = freshTree(dd);
            if (bulk) {
                fresh.bulkLoad(new TreeSet<>(keys).stream().mapToInt(Integer::intValue).toArray());
            } else {
                keys.forEach(fresh::insert);
            }
            return new Built(fresh, Narration.of("bptree.n.opened", fresh.size(), dd));
        };
        java.util.function.Consumer<Built> done = built -> {
            undo.push(new Edit(new EditCommand.Open(keys.size()), orderBefore, before, dd, built.tree().snapshot()));
            redo.clear();
            tree = built.tree();
            order.set(dd);
            syncHistory();
            saveRun(undo.peek());
        };
        error.set("");
        if (keys.size() <= 5_000) {
            Built b = job.get();
            done.accept(b);
            showStill(b.narration());
        } else {
            background(job, done);
        }
    }

    /** The demo: {@code count} random inserts into an empty tree of order {@code d}, played at 4×. */
    public void demo(int d, int count) {
        tree = freshTree(d);
        order.set(d);
        undo.clear();
        redo.clear();
        syncHistory();
        List<Trace<BptreeFrame>> parts = new ArrayList<>();
        TreeSet<Integer> used = new TreeSet<>();
        while (used.size() < count) {
            int k = 1 + random.nextInt(9_999);
            if (used.add(k)) {
                parts.add(tree.traceInsert(k).trace());
            }
        }
        player.speedProperty().set(4.0);
        player.load(Trace.concat(Operation.INSERT.codeKey(), parts));
        player.play();
    }

    // ---------------------------------------------------------------- internals

    private KeyInput parse(String text) {
        KeyInput in = KeyInput.parse(text);
        if (!in.ok()) {
            error.set(context.messages().get(in.errorKey(), in.errorArg()));
            return null;
        }
        error.set("");
        return in;
    }

    private void insertKeys(List<Integer> keys, EditCommand command) {
        edit(command, keys.size(), Operation.INSERT, t -> {
            List<Trace<BptreeFrame>> parts = new ArrayList<>();
            List<Integer> dup = new ArrayList<>();
            for (int k : keys) {
                Traced<Boolean> r = t.traceInsert(k);
                parts.add(r.trace());
                if (!r.result()) {
                    dup.add(k);
                }
            }
            report(dup, "bptree.error.duplicate");
            return parts;
        }, t -> {
            int added = 0;
            for (int k : keys) {
                added += t.insert(k) ? 1 : 0;
            }
            return Narration.of("bptree.n.bulkInserted", added, keys.size() - added);
        });
    }

    /**
     * Runs an edit: traced on this thread when it is small, else untraced on a copy in the
     * background. Records it for undo when the tree changed.
     */
    private void edit(EditCommand command, int count, Operation op,
                      Function<BPlusTree, List<Trace<BptreeFrame>>> traced, Function<BPlusTree, Narration> plain) {
        if (busy.get()) {
            return;
        }
        NodeSnap before = tree.snapshot();
        long work = (long) count * (tree.stats().nodes() + 16);
        if (count <= TRACE_KEYS && work <= TRACE_WORK) {
            List<Trace<BptreeFrame>> parts = traced.apply(tree);
            if (tree.snapshot() != before) {
                pushUndo(command, before);
            }
            play(Trace.concat(op.codeKey(), parts));
            return;
        }
        BPlusTree copy = BPlusTree.fromSnapshot(order.get(), before);
        copy.reserveIdsAfter(tree.lastId());
        background(() -> new Built(copy, plain.apply(copy)), built -> commit(command, before, built.tree()));
    }

    private void report(List<Integer> keys, String key) {
        if (!keys.isEmpty()) {
            error.set(context.messages().get(key, EditCommand.KeysText.of(keys)));
        }
    }

    /** Runs {@code job} through the shared background work; {@code done} runs on the FX thread. */
    private void background(java.util.function.Supplier<Built> job, java.util.function.Consumer<Built> done) {
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

    private void commit(EditCommand command, NodeSnap before, BPlusTree next) {
        int orderBefore = order.get();
        tree = next;
        undo.push(new Edit(command, orderBefore, before, next.order(), next.snapshot()));
        trim();
        redo.clear();
        syncHistory();
        saveRun(undo.peek());
    }

    private void pushUndo(EditCommand command, NodeSnap before) {
        undo.push(new Edit(command, order.get(), before, order.get(), tree.snapshot()));
        trim();
        redo.clear();
        syncHistory();
        saveRun(undo.peek());
    }

    private void trim() {
        while (undo.size() > HISTORY) {
            undo.removeLast();
        }
    }

    private void restore(int d, NodeSnap snap) {
        long ids = tree.lastId();
        tree = BPlusTree.fromSnapshot(d, snap);
        tree.reserveIdsAfter(ids);
        order.set(d);
        error.set("");
        syncHistory();
    }

    private BPlusTree freshTree(int d) {
        BPlusTree t = new BPlusTree(d);
        t.reserveIdsAfter(tree.lastId());
        return t;
    }

    /** Records a new edit in the run history (the store), if it is open. */
    private void saveRun(Edit e) {
        TreeStats st = tree.stats();
        context.saveRun("bptree",
                String.format(java.util.Locale.ROOT, "{\"order\": %d, \"edit\": \"%s\"}",
                        e.orderAfter(), e.command().getClass().getSimpleName()),
                String.format(java.util.Locale.ROOT, "{\"keys\": %d, \"height\": %d, \"nodes\": %d, \"fill\": %.3f}",
                        st.keys(), st.height(), st.nodes(), st.fill()));
    }

    private void syncHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private void play(Trace<BptreeFrame> trace) {
        player.load(trace);
        if (autoPlay.get() && trace.size() > 1) {
            player.play();
        }
    }

    private void showStill(Narration narration) {
        player.load(Trace.still(null, BptreeFrame.of(order.get(), tree.snapshot()), narration));
    }
}
