package glassbox.bptree.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.innodb.InnodbFrame;
import glassbox.bptree.engine.innodb.InnodbHighlight;
import glassbox.bptree.engine.innodb.InnodbLayout;
import glassbox.bptree.engine.innodb.InnodbLookup;
import glassbox.bptree.engine.innodb.InnodbMath;
import glassbox.bptree.engine.innodb.InnodbQuery;
import glassbox.bptree.engine.innodb.Page;
import glassbox.bptree.engine.innodb.PageRecord;
import glassbox.core.History;
import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.core.SceneProblem;
import glassbox.player.Step;
import glassbox.player.view.PlayerViewModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
 * The InnoDB mode: which lookup runs (by primary key, by a secondary key with the trip back to the
 * table, a covering query, MyISAM for contrast) on which value, and the fan-out knobs; the picture
 * of the step the player shows and the arithmetic's result.
 */
public final class InnodbViewModel implements ModeView.Model {
    private static final Pattern NAME = Pattern.compile("[A-Za-z]{1,20}");

    /** The mode's whole input. */
    public record Input(InnodbQuery query, String value, InnodbMath math, long rows) {
    }

    private final Messages messages;
    private final PlayerViewModel player = new PlayerViewModel();
    private final History<Input> history = new History<>();
    private final InnodbLayout layout = InnodbLayout.sample();
    private final ObjectProperty<InnodbQuery> query = new SimpleObjectProperty<>(this, "query");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    /** Knob fields: page, key, pointer, row, overhead, fill, rows. */
    private final List<StringProperty> knobs = new ArrayList<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper mathProblem = new ReadOnlyStringWrapper(this, "mathProblem", "");
    private final ReadOnlyStringWrapper sql = new ReadOnlyStringWrapper(this, "sql", "");
    private final ReadOnlyStringWrapper mathText = new ReadOnlyStringWrapper(this, "mathText", "");
    private final ReadOnlyStringWrapper pagesRead = new ReadOnlyStringWrapper(this, "pagesRead", "");
    private final ReadOnlyObjectWrapper<Input> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<KeyTreeDrawing.Picture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final BooleanProperty outcomeHidden = new SimpleBooleanProperty(this, "outcomeHidden", false);

    public InnodbViewModel(Messages messages) {
        this.messages = messages;
        for (int i = 0; i < 7; i++) {
            knobs.add(new SimpleStringProperty(""));
        }
        player.addStepListener((s, prev, d) -> show(s));
        load(new Input(InnodbQuery.SECONDARY, "Eve", InnodbMath.classic(), 21_902_400L));
    }

    // ------------------------------------------------------------------ properties

    public PlayerViewModel player() {
        return player;
    }

    public ObjectProperty<InnodbQuery> queryProperty() {
        return query;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Knob {@code i}: 0 page bytes, 1 key bytes, 2 pointer bytes, 3 row bytes, 4 overhead, 5 fill, 6 rows. */
    public StringProperty knob(int i) {
        return knobs.get(i);
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mathProblemProperty() {
        return mathProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sqlProperty() {
        return sql.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mathTextProperty() {
        return mathText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pagesReadProperty() {
        return pagesRead.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Input> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KeyTreeDrawing.Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** True while a lesson question hides the outcome (the pages-read count). */
    public BooleanProperty outcomeHiddenProperty() {
        return outcomeHidden;
    }

    public History<Input> history() {
        return history;
    }

    // ------------------------------------------------------------------ commands

    /** Runs the lookup typed in the toolbar; a bad value is explained and the last run kept. */
    public boolean run() {
        String v = value.get().strip();
        String bad = checkValue(query.get(), v);
        if (bad != null) {
            problem.set(bad);
            return false;
        }
        commit(new Input(query.get(), v, current.get().math(), current.get().rows()));
        return true;
    }

    /** Recomputes the arithmetic from the knob fields; a bad knob is named and the last good figures kept. */
    public boolean compute() {
        InnodbMath m;
        long rows;
        try {
            long[] v = new long[5];
            for (int i = 0; i < 5; i++) {
                v[i] = Long.parseLong(knobs.get(i).get().strip());
            }
            double fill = Double.parseDouble(knobs.get(5).get().strip());
            rows = Long.parseLong(knobs.get(6).get().strip().replace(",", "").replace("_", ""));
            if (rows < 0 || rows > InnodbMath.MAX_ROWS) {
                throw new IllegalArgumentException("rows must be in 0.." + InnodbMath.MAX_ROWS + ": " + rows);
            }
            m = new InnodbMath(v[0], v[1], v[2], v[3], v[4], fill);
        } catch (NumberFormatException e) {
            mathProblem.set(messages.get("innodb.problem.number"));
            return false;
        } catch (IllegalArgumentException e) {
            mathProblem.set(messages.get("innodb.problem.knob", e.getMessage()));
            return false;
        }
        commit(new Input(current.get().query(), current.get().value(), m, rows));
        return true;
    }

    public void revert() {
        fill(current.get());
    }

    @Override
    public boolean undo() {
        return history.undo(current.get(), this::load);
    }

    @Override
    public boolean redo() {
        return history.redo(current.get(), this::load);
    }

    private void commit(Input in) {
        if (!in.equals(current.get())) {
            history.record(current.get());
        }
        load(in);
    }

    private void load(Input in) {
        current.set(in);
        fill(in);
        sql.set(messages.get(switch (in.query()) {
            case PRIMARY -> "innodb.sql.primary";
            case SECONDARY -> "innodb.sql.secondary";
            case COVERING -> "innodb.sql.covering";
            case MYISAM -> "innodb.sql.myisam";
        }, in.value()));
        mathText.set(arithmetic(in.math(), in.rows()));
        player.load(InnodbLookup.run(layout, in.query(), in.value()), false);
    }

    private void fill(Input in) {
        query.set(in.query());
        value.set(in.value());
        InnodbMath m = in.math();
        long[] v = {m.pageBytes(), m.keyBytes(), m.pointerBytes(), m.rowBytes(), m.overheadBytes()};
        for (int i = 0; i < 5; i++) {
            knobs.get(i).set(String.valueOf(v[i]));
        }
        knobs.get(5).set(fillText(m.fill()));
        knobs.get(6).set(String.valueOf(in.rows()));
        problem.set("");
        mathProblem.set("");
    }

    private static String fillText(double f) {
        return f == Math.rint(f) ? String.format(Locale.ROOT, "%.1f", f) : String.valueOf(f);
    }

    private String checkValue(InnodbQuery q, String v) {
        if (q.byName()) {
            return NAME.matcher(v).matches() ? null : messages.get("innodb.problem.name", v);
        }
        try {
            long id = Long.parseLong(v);
            return id >= 1 && id <= 999_999 ? null : messages.get("innodb.problem.id", v);
        } catch (NumberFormatException e) {
            return messages.get("innodb.problem.id", v);
        }
    }

    private String arithmetic(InnodbMath m, long rows) {
        int h = m.heightFor(rows);
        StringBuilder caps = new StringBuilder();
        for (int i = 1; i <= Math.max(3, h); i++) {
            caps.append(messages.get("innodb.math.capacity", i, String.format(Locale.ROOT, "%,d", m.capacity(i)))).append('\n');
        }
        String usable = m.overheadBytes() == 0 ? String.valueOf(m.pageBytes()) : "(" + m.pageBytes() + " − " + m.overheadBytes() + ")";
        String fill = fillText(m.fill());
        return messages.get("innodb.math.fanout", usable, fill, String.valueOf(m.keyBytes()), String.valueOf(m.pointerBytes()),
                String.valueOf(m.internalFanout()))
                + "\n" + messages.get("innodb.math.leaf", usable, fill, String.valueOf(m.rowBytes()), String.valueOf(m.rowsPerLeaf()))
                + "\n" + caps
                + messages.get("innodb.math.height", String.format(Locale.ROOT, "%,d", rows), h, 2 * h);
    }

    // ------------------------------------------------------------------ scenes

    /**
     * {@code {"query": "secondary", "value": "Eve", "page_bytes": 16384, "key_bytes": 8,
     * "pointer_bytes": 6, "row_bytes": 1024, "page_overhead_bytes": 0, "fill": 1.0, "rows": 21902400}}.
     */
    public ObjectNode scene() {
        Input in = current.get();
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("query", in.query().name().toLowerCase(Locale.ROOT));
        o.put("value", in.value());
        o.put("page_bytes", in.math().pageBytes());
        o.put("key_bytes", in.math().keyBytes());
        o.put("pointer_bytes", in.math().pointerBytes());
        o.put("row_bytes", in.math().rowBytes());
        o.put("page_overhead_bytes", in.math().overheadBytes());
        o.put("fill", in.math().fill());
        o.put("rows", in.rows());
        return o;
    }

    public void applyScene(ObjectNode s) throws SceneProblem {
        Set<String> allowed = Set.of("query", "value", "page_bytes", "key_bytes", "pointer_bytes", "row_bytes",
                "page_overhead_bytes", "fill", "rows");
        for (var it = s.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!allowed.contains(n)) {
                throw new SceneProblem(n, "unknown key (expected " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        InnodbQuery q;
        try {
            q = InnodbQuery.valueOf(SceneFields.text(s, "query").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SceneProblem("query", "not one of primary, secondary, covering, myisam");
        }
        String v = SceneFields.text(s, "value");
        if (checkValue(q, v) != null) {
            throw new SceneProblem("value", q.byName() ? "\"" + v + "\" is not a name of 1–20 letters"
                    : "\"" + v + "\" is not an id in 1..999999");
        }
        long page = SceneFields.whole(s, "page_bytes", 1, 1L << 30);
        long key = SceneFields.whole(s, "key_bytes", 1, 1L << 30);
        long ptr = SceneFields.whole(s, "pointer_bytes", 1, 1L << 30);
        long row = SceneFields.whole(s, "row_bytes", 1, 1L << 30);
        long over = SceneFields.whole(s, "page_overhead_bytes", 0, 1L << 30);
        double fill = SceneFields.real(s, "fill", 0, 1);
        long rows = SceneFields.whole(s, "rows", 0, InnodbMath.MAX_ROWS);
        InnodbMath m;
        try {
            m = new InnodbMath(page, key, ptr, row, over, fill);
        } catch (IllegalArgumentException e) {
            throw new SceneProblem("page_bytes", e.getMessage());
        }
        commit(new Input(q, v, m, rows));
    }

    // ------------------------------------------------------------------ pictures

    private void show(Step<?> step) {
        if (step == null || !(step.state() instanceof InnodbFrame f)) {
            return;
        }
        Set<Long> nodes = new HashSet<>();
        Set<KeyTreeDrawing.Cell> cells = new HashSet<>();
        for (Object h : step.highlights()) {
            if (h instanceof InnodbHighlight.PageMark p) {
                nodes.add((long) p.page());
            } else if (h instanceof InnodbHighlight.RecordMark r) {
                cells.add(new KeyTreeDrawing.Cell(r.page(), r.slot()));
            }
        }
        List<KeyTreeDrawing.Box> forest = new ArrayList<>();
        InnodbLayout l = f.layout();
        if (f.query() == InnodbQuery.MYISAM) {
            forest.add(box(l.myisamIndex(), true, "innodb.caption.myisamRoot"));
            for (Page d : l.dataFile()) {
                long first = ((PageRecord.DataRow) d.records().get(0)).address();
                forest.add(new KeyTreeDrawing.Box(d.no(), cells(d), List.of(), messages.get("innodb.caption.data", "@" + first), false));
            }
        } else {
            forest.add(box(l.clustered(), true, "innodb.caption.clusteredRoot"));
            forest.add(box(l.secondary(), true, "innodb.caption.secondaryRoot"));
        }
        picture.set(new KeyTreeDrawing.Picture(forest, nodes, cells, Set.of(), true, f.crossFrom(), f.crossTo()));
        pagesRead.set(messages.get("innodb.pagesRead", f.pagesRead()));
    }

    private KeyTreeDrawing.Box box(Page p, boolean root, String rootCaptionKey) {
        List<KeyTreeDrawing.Box> kids = new ArrayList<>();
        p.children().forEach(c -> kids.add(box(c, false, rootCaptionKey)));
        String caption = root ? messages.get(rootCaptionKey, p.no()) : messages.get("innodb.caption.page", p.no());
        boolean rows = p.leaf() && !p.records().isEmpty() && p.records().get(0) instanceof PageRecord.WholeRow;
        return new KeyTreeDrawing.Box(p.no(), cells(p), kids, caption, rows);
    }

    private static List<String> cells(Page p) {
        List<String> out = new ArrayList<>();
        for (PageRecord r : p.records()) {
            if (r instanceof PageRecord.NodePointer n) {
                out.add(n.key().replace(",", "·") + " → p" + n.child());
            } else if (r instanceof PageRecord.WholeRow w) {
                out.add(w.row().id() + " " + w.row().name() + " " + w.row().age());
            } else if (r instanceof PageRecord.SecondaryEntry e) {
                out.add(e.name() + "·" + e.id());
            } else if (r instanceof PageRecord.RowAddress a) {
                out.add(a.id() + " @" + a.address());
            } else if (r instanceof PageRecord.DataRow d) {
                out.add("@" + d.address() + " " + d.row().id() + " " + d.row().name());
            }
        }
        return out;
    }
}
