package glassbox.bptree.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.NodeSnap;
import glassbox.bptree.engine.btree.BTree;
import glassbox.bptree.engine.btree.BTreeSnap;
import glassbox.bptree.engine.btree.BtreeHighlight;
import glassbox.bptree.engine.btree.CompareFrame;
import glassbox.bptree.engine.btree.CompareHighlight;
import glassbox.bptree.engine.btree.SideBySide;
import glassbox.bptree.engine.btree.SideBySide.Input;
import glassbox.bptree.engine.btree.SideBySide.Op;
import glassbox.bptree.engine.btree.TreeFacts;
import glassbox.core.History;
import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.core.SceneProblem;
import glassbox.player.Step;
import glassbox.player.view.PlayerViewModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The side-by-side mode: the input (order, keys, operation) as editable properties, the last input
 * that ran, its undo history, and the two pictures and fact lines of the step the player shows.
 */
public final class CompareViewModel implements ModeView.Model {
    private final Messages messages;
    private final PlayerViewModel player = new PlayerViewModel();
    private final History<Input> history = new History<>();
    private final ObjectProperty<Integer> order = new SimpleObjectProperty<>(this, "order");
    private final ObjectProperty<Op> op = new SimpleObjectProperty<>(this, "op");
    private final BooleanProperty preemptive = new SimpleBooleanProperty(this, "preemptive", false);
    private final StringProperty keysText = new SimpleStringProperty(this, "keysText", "");
    private final StringProperty aText = new SimpleStringProperty(this, "aText", "");
    private final StringProperty bText = new SimpleStringProperty(this, "bText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Input> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<KeyTreeDrawing.Picture> btreePicture = new ReadOnlyObjectWrapper<>(this, "btreePicture");
    private final ReadOnlyObjectWrapper<KeyTreeDrawing.Picture> bptreePicture = new ReadOnlyObjectWrapper<>(this, "bptreePicture");
    private final ReadOnlyStringWrapper btreeFacts = new ReadOnlyStringWrapper(this, "btreeFacts", "");
    private final ReadOnlyStringWrapper bptreeFacts = new ReadOnlyStringWrapper(this, "bptreeFacts", "");
    private final ReadOnlyStringWrapper btreeTitle = new ReadOnlyStringWrapper(this, "btreeTitle", "");
    private final ReadOnlyStringWrapper bptreeTitle = new ReadOnlyStringWrapper(this, "bptreeTitle", "");
    private final ReadOnlyStringWrapper btreeAbout = new ReadOnlyStringWrapper(this, "btreeAbout", "");
    private final ReadOnlyStringWrapper bptreeAbout = new ReadOnlyStringWrapper(this, "bptreeAbout", "");
    private final BooleanProperty outcomeHidden = new SimpleBooleanProperty(this, "outcomeHidden", false);

    public CompareViewModel(Messages messages) {
        this.messages = messages;
        player.addStepListener((s, prev, d) -> show(s));
        load(SideBySide.notesExample());
    }

    // ------------------------------------------------------------------ properties

    public PlayerViewModel player() {
        return player;
    }

    public ObjectProperty<Integer> orderProperty() {
        return order;
    }

    public ObjectProperty<Op> opProperty() {
        return op;
    }

    /** Whether the B-Tree splits full nodes on the way down; only takes effect at an even order. */
    public BooleanProperty preemptiveProperty() {
        return preemptive;
    }

    public StringProperty keysTextProperty() {
        return keysText;
    }

    public StringProperty aTextProperty() {
        return aText;
    }

    public StringProperty bTextProperty() {
        return bText;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Input> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyTreeDrawing.Picture> btreePictureProperty() {
        return btreePicture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyTreeDrawing.Picture> bptreePictureProperty() {
        return bptreePicture.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty btreeFactsProperty() {
        return btreeFacts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bptreeFactsProperty() {
        return bptreeFacts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty btreeTitleProperty() {
        return btreeTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bptreeTitleProperty() {
        return bptreeTitle.getReadOnlyProperty();
    }

    /** The B-Tree title's full sentence (order, keys per node, where values live, preemptive or not). */
    public ReadOnlyStringProperty btreeAboutProperty() {
        return btreeAbout.getReadOnlyProperty();
    }

    /** The B+Tree title's full sentence (USFCA's separator convention, values in leaves, linked leaves). */
    public ReadOnlyStringProperty bptreeAboutProperty() {
        return bptreeAbout.getReadOnlyProperty();
    }

    /** True while a lesson question hides the outcome (the fact lines). */
    public BooleanProperty outcomeHiddenProperty() {
        return outcomeHidden;
    }

    public History<Input> history() {
        return history;
    }

    // ------------------------------------------------------------------ commands

    /** Runs the fields' input; on a bad field, says why and keeps the last good run. */
    public boolean run() {
        Input in;
        try {
            in = parse();
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        if (!in.equals(current.get())) {
            history.record(current.get());
        }
        load(in);
        return true;
    }

    /** Puts the last good input back into the fields. */
    public void revert() {
        fill(current.get());
        problem.set("");
    }

    /** The course notes' id=28 example. */
    public void notesExample() {
        Input in = SideBySide.notesExample();
        if (!in.equals(current.get())) {
            history.record(current.get());
        }
        load(in);
    }

    @Override
    public boolean undo() {
        return history.undo(current.get(), this::load);
    }

    @Override
    public boolean redo() {
        return history.redo(current.get(), this::load);
    }

    private void load(Input in) {
        current.set(in);
        fill(in);
        problem.set("");
        // One short line each above the drawings (they need the height at 1024×768); the full sentence is the tooltip.
        btreeTitle.set(messages.get("btree.cmp.btreeShort", in.order())
                + (in.preemptive() ? messages.get("btree.cmp.preemptive.short") : ""));
        bptreeTitle.set(messages.get("btree.cmp.bptreeShort", in.order()));
        btreeAbout.set(messages.get("btree.cmp.btreeTitle", in.order(), in.order() - 1)
                + (in.preemptive() ? " " + messages.get("btree.cmp.preemptive.title") : ""));
        bptreeAbout.set(messages.get("btree.cmp.bptreeTitle", in.order(), in.order() - 1));
        player.load(SideBySide.run(in), false);
    }

    private void fill(Input in) {
        order.set(in.order());
        op.set(in.op());
        preemptive.set(in.preemptive());
        keysText.set(KeyListText.format(in.keys()));
        aText.set(String.valueOf(in.a()));
        bText.set(in.op() == Op.RANGE ? String.valueOf(in.b()) : "");
    }

    private Input parse() {
        List<Integer> keys;
        try {
            keys = KeyListText.parse(keysText.get(), SideBySide.MAX_KEYS);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(messages.get("btree.problem.keys", e.getMessage(), SideBySide.MAX_KEYS));
        }
        int a = field(aText.get(), "btree.problem.key");
        int b = op.get() == Op.RANGE ? field(bText.get(), "btree.problem.to") : 0;
        if (op.get() == Op.RANGE && a > b) {
            throw new IllegalArgumentException(messages.get("btree.problem.range", a, b));
        }
        return new Input(order.get(), keys, op.get(), a, b, preemptive.get() && BTree.offersPreemptiveSplit(order.get()));
    }

    private int field(String text, String problemKey) {
        try {
            return KeyListText.number(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(messages.get(problemKey, text.strip()));
        }
    }

    // ------------------------------------------------------------------ scenes

    /** {@code {"order": 5, "keys": [...], "op": "search", "key": 28}}; a range has "from" and "to"; an even order may add {@code "preemptive": true}. */
    public ObjectNode scene() {
        Input in = current.get();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("order", in.order());
        if (in.preemptive()) {
            o.put("preemptive", true);
        }
        ArrayNode ks = o.putArray("keys");
        in.keys().forEach(ks::add);
        o.put("op", in.op().name().toLowerCase());
        if (in.op() == Op.RANGE) {
            o.put("from", in.a());
            o.put("to", in.b());
        } else {
            o.put("key", in.a());
        }
        return o;
    }

    public void applyScene(ObjectNode s) throws SceneProblem {
        Set<String> allowed = Set.of("order", "preemptive", "keys", "op", "key", "from", "to");
        for (var it = s.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!allowed.contains(n)) {
                throw new SceneProblem(n, "unknown key (expected order, preemptive, keys, op, key or from and to)");
            }
        }
        int ord = SceneFields.integer(s, "order", 3, Input.MAX_ORDER);
        JsonNode pre = s.get("preemptive");
        if (pre != null && !pre.isBoolean()) {
            throw new SceneProblem("preemptive", "not true or false");
        }
        boolean early = pre != null && pre.booleanValue();
        if (early && !BTree.offersPreemptiveSplit(ord)) {
            throw new SceneProblem("preemptive", "needs an even order (as in USFCA), not " + ord);
        }
        JsonNode ks = s.get("keys");
        if (ks == null || !ks.isArray()) {
            throw new SceneProblem("keys", "missing or not an array of whole numbers");
        }
        if (ks.size() > SideBySide.MAX_KEYS) {
            throw new SceneProblem("keys", "more than " + SideBySide.MAX_KEYS + " keys");
        }
        List<Integer> keys = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (JsonNode k : ks) {
            if (!k.isInt() || Math.abs(k.asLong()) > 999_999) {
                throw new SceneProblem("keys", k + " is not a whole number in -999999..999999");
            }
            if (!seen.add(k.asInt())) {
                throw new SceneProblem("keys", k + " appears twice");
            }
            keys.add(k.asInt());
        }
        JsonNode opNode = s.get("op");
        Op o;
        try {
            o = Op.valueOf(opNode == null || !opNode.isTextual() ? "" : opNode.asText().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new SceneProblem("op", "missing or not one of search, range, insert, delete");
        }
        Input in;
        if (o == Op.RANGE) {
            if (s.has("key")) {
                throw new SceneProblem("key", "a range has from and to, not key");
            }
            int from = SceneFields.integer(s, "from", -999_999, 999_999);
            int to = SceneFields.integer(s, "to", -999_999, 999_999);
            if (from > to) {
                throw new SceneProblem("from", "is after to");
            }
            in = new Input(ord, keys, o, from, to, early);
        } else {
            for (String n : List.of("from", "to")) {
                if (s.has(n)) {
                    throw new SceneProblem(n, "only a range has from and to");
                }
            }
            in = new Input(ord, keys, o, SceneFields.integer(s, "key", -999_999, 999_999), 0, early);
        }
        history.record(current.get());
        load(in);
    }

    // ------------------------------------------------------------------ pictures of a step

    private void show(Step<?> step) {
        if (step == null || !(step.state() instanceof CompareFrame f)) {
            return;
        }
        Set<Long> lNodes = new HashSet<>();
        Set<KeyTreeDrawing.Cell> lCells = new HashSet<>();
        Set<Long> rNodes = new HashSet<>();
        Set<KeyTreeDrawing.Cell> rCells = new HashSet<>();
        Set<Long> rLinks = new HashSet<>();
        for (Object h : step.highlights()) {
            if (h instanceof CompareHighlight.InBtree in) {
                if (in.mark() instanceof BtreeHighlight.NodeMark n) {
                    lNodes.add(n.id());
                } else if (in.mark() instanceof BtreeHighlight.KeyMark k) {
                    lCells.add(new KeyTreeDrawing.Cell(k.id(), k.index()));
                } else if (in.mark() instanceof BtreeHighlight.EdgeMark e) {
                    lNodes.add(e.parent());
                }
            } else if (h instanceof CompareHighlight.PlusNode n) {
                rNodes.add(n.id());
            } else if (h instanceof CompareHighlight.PlusKey k) {
                rCells.add(new KeyTreeDrawing.Cell(k.id(), k.index()));
            } else if (h instanceof CompareHighlight.PlusLink l) {
                rLinks.add(l.id());
            }
        }
        BTreeSnap bt = f.btree().root();
        btreePicture.set(new KeyTreeDrawing.Picture(bt == null ? List.of() : List.of(box(bt)), lNodes, lCells, Set.of(),
                false, -1, -1));
        BptreeFrame bp = f.bptree();
        bptreePicture.set(new KeyTreeDrawing.Picture(bp.root() == null ? List.of() : List.of(box(bp.root())), rNodes,
                rCells, rLinks, true, -1, -1));
        btreeFacts.set(facts(f.btreeFacts()));
        bptreeFacts.set(facts(f.bptreeFacts()));
    }

    private String facts(TreeFacts t) {
        return messages.get("btree.cmp.facts", t.height(), t.nodes(), t.keysStored(), t.minPerNode(), t.maxPerNode(),
                t.averagePerNode(), messages.get(t.valuesInLeavesOnly() ? "btree.cmp.values.leaves" : "btree.cmp.values.every"));
    }

    private static KeyTreeDrawing.Box box(BTreeSnap s) {
        List<KeyTreeDrawing.Box> kids = new ArrayList<>();
        s.children().forEach(c -> kids.add(box(c)));
        return new KeyTreeDrawing.Box(s.id(), s.keys().stream().map(String::valueOf).toList(), kids, "", true);
    }

    private static KeyTreeDrawing.Box box(NodeSnap s) {
        List<KeyTreeDrawing.Box> kids = new ArrayList<>();
        s.children().forEach(c -> kids.add(box(c)));
        return new KeyTreeDrawing.Box(s.id(), s.keys().stream().map(String::valueOf).toList(), kids, "", s.leaf());
    }
}
