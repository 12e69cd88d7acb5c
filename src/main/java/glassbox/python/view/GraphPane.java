package glassbox.python.view;

import glassbox.python.engine.CopyState;
import glassbox.core.KeptNodes;
import glassbox.core.Messages;
import glassbox.core.Widgets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;

/**
 * Draws one {@link CopyState} Python-Tutor style: the global frame's variables on the left, heap
 * objects on the right (lists as indexed cells, tuples with rounded ends, dicts as key/value rows),
 * primitives inline, arrows for references. Shared objects carry a marker; a changed cell flashes
 * and shows a ghost of its old value; new objects fade in and garbage fades out; during a deepcopy
 * dashed links join each original to its copy in the memo.
 */
public final class GraphPane extends ScrollPane {
    private final Messages messages;
    private final Pane canvas = new Pane();
    /** What {@link #show} draws, in order; put on the canvas at the end of it. */
    private final List<Node> drawn = new ArrayList<>();
    private final Label probe = new Label("0");
    private final Map<String, Pane> objectNodes = new HashMap<>();
    private final Set<String> sharedShown = new LinkedHashSet<>();
    private final List<Animation> running = new ArrayList<>();
    private final List<double[]> arrowStarts = new ArrayList<>();
    private final List<String> arrowTargets = new ArrayList<>();
    private final List<Boolean> arrowShared = new ArrayList<>();
    private GraphLayout layout;
    private Runnable onFontScale = () -> { };
    private static final double MIN_FIT = 0.75;
    private final javafx.scene.transform.Scale fit = new javafx.scene.transform.Scale(1, 1, 0, 0);
    /** Room left beside what a step is about when the view scrolls to it. */
    private static final double FOLLOW_MARGIN = 24;
    /** What the last step is about, in drawing coordinates, still to be scrolled into view. */
    private Bounds follow;
    /** Object nodes kept between steps: an object whose content did not change is reused, not rebuilt. */
    private final Map<String, Cached> cache = new HashMap<>();

    /** The frame's nodes, the badges, arrows and memo links, kept from step to step by what they show and where. */
    private final KeptNodes kept = new KeptNodes();

    private record Cached(CopyState.HeapObject data, GraphLayout layout, Pane node, List<double[]> starts,
                          List<String> targets) {
    }

    public GraphPane(Messages messages) {
        this.messages = messages;
        getStyleClass().add("copy-graph");
        canvas.getStyleClass().add("copy-canvas");
        probe.getStyleClass().add("copy-prim");
        probe.setVisible(false);
        probe.setManaged(false);
        canvas.getTransforms().add(fit);
        // the probe stays in the scene (beside the canvas, which is cleared every step), so a new
        // theme or font size is seen at once and the drawing is laid out again at the new scale
        setContent(new javafx.scene.Group(canvas, probe));
        probe.fontProperty().addListener((o, a, b) -> {
            if (layout != null && Math.abs(scaleOf(b) - layout.unit) > 1e-6) {
                javafx.application.Platform.runLater(onFontScale);
            }
        });
        setPannable(true);
        viewportBoundsProperty().addListener((o, a, b) -> applyFit());
    }

    /** Shrinks the drawing (down to {@link #MIN_FIT}) so a wide graph still fits the view's width. */
    private void applyFit() {
        if (layout == null) {
            return;
        }
        double vw = getViewportBounds().getWidth();
        double vh = getViewportBounds().getHeight();
        if (vw <= 0 || vh <= 0) {
            return;
        }
        double f = Math.max(MIN_FIT, Math.min(1, vw / layout.width()));
        fit.setX(f);
        fit.setY(f);
    }

    /** The current fit-to-view scale (1 when the drawing fits). */
    public double fitScale() {
        return fit.getX();
    }

    /** The font scale the drawing should use (1 at 13px text, 1.5 under the projector theme). */
    public double fontScale() {
        probe.applyCss();
        return scaleOf(probe.getFont());
    }

    private static double scaleOf(javafx.scene.text.Font f) {
        double size = f == null ? 13 : f.getSize();
        return Math.max(0.8, size / 13.0);
    }

    /**
     * Called (later on the FX thread) when the text size changes under a laid-out drawing (a theme
     * or font size chosen while the tab is open): the owner lays the trace out again at
     * {@link #fontScale()} and redraws, so boxes grow with their labels instead of cutting them.
     */
    public void setOnFontScale(Runnable r) {
        onFontScale = r == null ? () -> { } : r;
    }

    public void setLayout(GraphLayout layout) {
        this.layout = layout;
    }

    public GraphLayout layoutModel() {
        return layout;
    }

    /** Ids of the objects drawn with the shared marker (for tests and the legend). */
    public Set<String> sharedMarked() {
        return Set.copyOf(sharedShown);
    }

    public Pane objectNode(String id) {
        return objectNodes.get(id);
    }

    public Set<String> drawnObjects() {
        return Set.copyOf(objectNodes.keySet());
    }

    /** Draws {@code state}; animates the change from {@code previous} when {@code d} is not zero. */
    public void show(CopyState state, CopyState previous, Set<String> highlights, Duration d) {
        running.forEach(Animation::stop);
        running.clear();
        drawn.clear();
        kept.next();
        objectNodes.clear();
        sharedShown.clear();
        arrowStarts.clear();
        arrowTargets.clear();
        arrowShared.clear();
        if (layout == null || state == null) {
            Widgets.syncChildren(canvas.getChildren(), drawn);
            return;
        }
        boolean animate = d != null && d.greaterThan(Duration.ZERO);
        Set<String> shared = new HashSet<>(state.shared());
        drawFrame(state);
        if (animate && previous != null) {
            drawGarbage(state, previous, d);
        }
        Set<String> before = new HashSet<>();
        if (previous != null) {
            previous.heap().forEach(o -> before.add(o.id()));
        }
        follow = about(state, previous == null ? null : before, highlights);
        requestLayout();
        for (CopyState.HeapObject o : state.heap()) {
            Pane node = drawObject(o, state, shared, highlights);
            if (node != null && animate && previous != null && !before.contains(o.id())) {
                fadeIn(node, d);
            }
        }
        if (state.deepcopy() != null) {
            drawMemoLinks(state.deepcopy());
        }
        cache.keySet().retainAll(objectNodes.keySet());
        drawArrows(shared);
        drawChanges(state, animate ? d : Duration.ZERO);
        // The heap objects unchanged since the last step stay on the canvas (and keep their style).
        Widgets.syncChildren(canvas.getChildren(), drawn);
        kept.done();
        canvas.setMinSize(layout.width(), layout.height());
        canvas.setPrefSize(layout.width(), layout.height());
        applyFit();
    }

    /** At the next layout, scrolls back to the top left (the first step of a trace). */
    public void home() {
        follow = new BoundingBox(0, 0, 0, 0);
        requestLayout();
    }

    /**
     * Where what a step is about lies in the drawing: the objects it changed, lit or created (not in
     * {@code before}, when known), the pair a deep copy is working on, and the variables it bound
     * (a span wider than the view then shows its start: the frame); null when there is none.
     */
    private Bounds about(CopyState state, Set<String> before, Set<String> highlights) {
        Set<String> ids = new HashSet<>(highlights);
        state.changes().forEach(c -> ids.add(c.objectId()));
        if (before != null) {
            state.heap().forEach(o -> {
                if (!before.contains(o.id())) {
                    ids.add(o.id());
                }
            });
        }
        if (state.deepcopy() != null) {
            ids.add(state.deepcopy().source());
            ids.add(state.deepcopy().copy());
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<double[]> boxes = new ArrayList<>(); // x, y, w, h
        for (String id : ids) {
            GraphLayout.Box b = id == null ? null : layout.box(id);
            if (b != null) {
                boxes.add(new double[] {b.x(), b.y(), b.w(), b.h()});
            }
        }
        for (CopyState.Variable v : state.vars()) {
            if (v.changed() && !v.isFrameHeader()) { // a name bound or rebound: the frame comes first
                boxes.add(new double[] {layout.frameX, layout.varY(v.key()), layout.frameW, layout.cellH});
            }
        }
        for (double[] b : boxes) {
            minX = Math.min(minX, b[0]);
            minY = Math.min(minY, b[1]);
            maxX = Math.max(maxX, b[0] + b[2]);
            maxY = Math.max(maxY, b[1] + b[3]);
        }
        return boxes.isEmpty() ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Once laid out, scrolls the view as little as needed to show what the step is about (a wide
     * graph on a 1024-pixel projector does not fit even shrunk); the first step of a trace goes
     * back to the top left ({@link #home}). The learner can still pan anywhere between steps.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Bounds view = getViewportBounds();
        if (follow == null || layout == null || view.getWidth() <= 0) {
            return;
        }
        // the drawing's size as it will be shown (the canvas in the group may not be resized yet)
        double f = fit.getX();
        setHvalue(scrolled(getHvalue(), follow.getMinX() * f, follow.getMaxX() * f, view.getWidth(), layout.width() * f));
        setVvalue(scrolled(getVvalue(), follow.getMinY() * f, follow.getMaxY() * f, view.getHeight(), layout.height() * f));
        follow = null;
    }

    /**
     * The scroll value (0 to 1) that shows {@code from..to} of a content {@code size} long through a
     * view {@code view} long: unchanged when it is in view, else moved just far enough (with a
     * margin), to its start when it is longer than the view.
     */
    static double scrolled(double value, double from, double to, double view, double size) {
        double room = size - view;
        if (room <= 0) {
            return value;
        }
        double start = value * room;
        double margin = Math.min(FOLLOW_MARGIN, Math.max(0, (view - (to - from)) / 2));
        if (to - from > view || from < start) {
            start = from - margin;
        } else if (to > start + view) {
            start = to - view + margin;
        } else {
            return value;
        }
        return Math.max(0, Math.min(1, start / room));
    }

    private void drawFrame(CopyState state) {
        double u = layout.unit;
        double rows = Math.max(1, countRows(state));
        double frameH = layout.header + rows * layout.varH + 12 * u;
        Region frame = kept.get("frame", Region.class, () -> region("copy-frame"));
        place(frame, layout.frameX, layout.top - layout.header - 6 * u, layout.frameW, frameH);
        drawn.add(frame);
        Label title = kept.get("frame-title", Label.class, () -> label(messages.get("copy.graph.frame"), "copy-frame-title"));
        title.relocate(layout.frameX + layout.pad, layout.top - layout.header - 4 * u);
        drawn.add(title);
        Label heapTitle = kept.get("heap-title", Label.class, () -> label(messages.get("copy.graph.heap"), "copy-frame-title"));
        heapTitle.relocate(layout.frameX + layout.frameW + 40 * u, layout.top - layout.header - 4 * u);
        drawn.add(heapTitle);
        for (CopyState.Variable v : state.vars()) {
            double y = layout.varY(v.key()) + 4 * u;
            if (v.isFrameHeader()) {
                boolean current = v.frame() == state.depth();
                Label head = kept.get(key("head", v.frame(), v.value().text(), current), Label.class, () -> {
                    Label l = label(v.value().text(), "copy-frame-header");
                    l.setId("copy-frame-" + v.frame());
                    if (current) {
                        l.getStyleClass().add("copy-frame-current");
                    }
                    return l;
                });
                place(head, layout.frameX + 2 * u, y, layout.frameW - 4 * u, layout.cellH);
                drawn.add(head);
                continue;
            }
            String id = v.frame() == 0 ? "copy-var-" + v.name() : "copy-var-" + v.frame() + "-" + v.name();
            Label name = kept.get(key("name", id), Label.class, () -> {
                Label l = label(v.name(), "copy-var-name");
                l.setId(id);
                return l;
            });
            place(name, layout.frameX + layout.pad, y, layout.nameW - 6 * u, layout.cellH);
            Region cell = kept.get(key("var-cell", id, v.changed()), Region.class,
                    () -> v.changed() ? region("copy-var-cell", "changed") : region("copy-var-cell"));
            double cx = layout.frameX + layout.pad + layout.nameW;
            place(cell, cx, y, layout.cellW, layout.cellH);
            drawn.addAll(List.of(cell, name));
            value(drawn, v.value(), cx, y, layout.cellW, layout.cellH, 0, 0);
            if (v.ghost() != null) {
                Label ghost = kept.get(key("var-ghost", id, v.ghost()), Label.class, () -> label(v.ghost(), "copy-ghost"));
                ghost.relocate(cx + 2 * u, y - 14 * u);
                drawn.add(ghost);
            }
        }
    }

    private double countRows(CopyState state) {
        double max = 0;
        for (CopyState.Variable v : state.vars()) {
            max = Math.max(max, (layout.varY(v.key()) - layout.top) / layout.varH + 1);
        }
        return max;
    }

    private Pane drawObject(CopyState.HeapObject o, CopyState state, Set<String> shared, Set<String> highlights) {
        GraphLayout.Box b = layout.box(o.id());
        if (b == null) {
            return null;
        }
        double[] wh = layout.size(o.type(), o.slots().size());
        List<String> classes = new ArrayList<>(List.of("copy-object", "copy-" + o.type()));
        if (shared.contains(o.id())) {
            classes.add("shared");
            sharedShown.add(o.id());
        }
        if (highlights.contains(o.id())) {
            classes.add("highlight");
        }
        if (state.deepcopy() != null) {
            if (o.id().equals(state.deepcopy().source())) {
                classes.add("deep-source");
            }
            if (o.id().equals(state.deepcopy().copy())) {
                classes.add("deep-copy");
            }
        }
        Cached known = cache.get(o.id());
        Pane node;
        if (known != null && known.data().equals(o) && known.layout() == layout) {
            node = known.node();
            if (!node.getStyleClass().equals(classes)) { // setAll restyles even when nothing changed
                node.getStyleClass().setAll(classes);
            }
            node.setOpacity(1);
            drawn.add(node);
            objectNodes.put(o.id(), node);
            arrowStarts.addAll(known.starts());
            arrowTargets.addAll(known.targets());
        } else {
            node = buildObject(o, b, wh, classes);
        }
        if (shared.contains(o.id())) {
            Label badge = kept.get(key("badge", o.id()), Label.class, () -> {
                Label l = label(messages.get("copy.graph.shared"), "copy-shared-badge");
                l.setTooltip(new Tooltip(messages.get("copy.graph.sharedTip")));
                return l;
            });
            badge.relocate(b.x() + wh[0] - 60 * layout.unit, b.y() - 12 * layout.unit);
            drawn.add(badge);
        }
        return node;
    }

    private Pane buildObject(CopyState.HeapObject o, GraphLayout.Box b, double[] wh, List<String> classes) {
        Pane node = new Pane();
        node.getStyleClass().setAll(classes);
        node.setUserData(o.id());
        int firstArrow = arrowStarts.size();
        node.relocate(b.x(), b.y());
        node.setPrefSize(wh[0], wh[1]);
        node.resize(wh[0], wh[1]);
        Label title = label(o.label() + "  " + o.id() + (o.refs() >= 0 ? "  · refs " + o.refs() : ""),
                "copy-object-title");
        title.relocate(layout.pad, 2 * layout.unit);
        node.getChildren().add(title);
        drawn.add(node);
        objectNodes.put(o.id(), node);
        if (o.rows()) {
            drawRows(node, o, b);
        } else {
            drawCells(node, o, b);
        }
        cache.put(o.id(), new Cached(o, layout, node,
                List.copyOf(arrowStarts.subList(firstArrow, arrowStarts.size())),
                List.copyOf(arrowTargets.subList(firstArrow, arrowTargets.size()))));
        return node;
    }

    private void drawCells(Pane node, CopyState.HeapObject o, GraphLayout.Box b) {
        double u = layout.unit;
        int shown = Math.min(o.slots().size(), GraphLayout.MAX_DRAWN);
        if (shown < o.slots().size()) {
            more(node, o.slots().size() - shown, layout.pad + shown * layout.cellW, layout.header, layout.cellW, layout.cellH);
        }
        for (int i = 0; i < shown; i++) {
            double x = layout.pad + i * layout.cellW;
            double y = layout.header;
            Region cell = new Region();
            cell.getStyleClass().add("copy-cell");
            cell.setUserData(o.id() + "#" + i);
            place(cell, x, y, layout.cellW, layout.cellH);
            node.getChildren().add(cell);
            value(node.getChildren(), o.slots().get(i).value(), x, y, layout.cellW, layout.cellH, b.x(), b.y());
            Label index = label(String.valueOf(i), "copy-index");
            index.relocate(x + layout.cellW / 2 - 4 * u, y + layout.cellH + 1);
            node.getChildren().add(index);
        }
    }

    private void drawRows(Pane node, CopyState.HeapObject o, GraphLayout.Box b) {
        int shown = Math.min(o.slots().size(), GraphLayout.MAX_DRAWN);
        if (shown < o.slots().size()) {
            more(node, o.slots().size() - shown, layout.pad, layout.header + shown * layout.rowH, 2 * layout.keyW, layout.rowH);
        }
        for (int i = 0; i < shown; i++) {
            double x = layout.pad;
            double y = layout.header + i * layout.rowH;
            Region key = new Region();
            key.getStyleClass().add("copy-key");
            place(key, x, y, layout.keyW, layout.rowH);
            Region cell = new Region();
            cell.getStyleClass().add("copy-cell");
            cell.setUserData(o.id() + "#" + i);
            place(cell, x + layout.keyW, y, layout.keyW, layout.rowH);
            node.getChildren().addAll(key, cell);
            value(node.getChildren(), o.slots().get(i).key(), x, y, layout.keyW, layout.rowH, b.x(), b.y());
            value(node.getChildren(), o.slots().get(i).value(), x + layout.keyW, y, layout.keyW, layout.rowH, b.x(), b.y());
        }
    }

    /** The "+n" cell standing for items not drawn. */
    private void more(Pane node, int hidden, double x, double y, double w, double h) {
        Label more = label(messages.get("copy.graph.more", String.valueOf(hidden)), "copy-more");
        more.setMinWidth(0);
        more.setAlignment(javafx.geometry.Pos.CENTER);
        place(more, x, y, w, h);
        node.getChildren().add(more);
    }

    /** A primitive as text in the cell, or a reference as a dot whose arrow is drawn later. */
    private void value(List<Node> parent, CopyState.Value v, double x, double y, double w, double h, double ox, double oy) {
        if (v == null) {
            return;
        }
        boolean keep = parent == drawn; // the frame's values; an object's are kept with the object
        if (v.isRef()) {
            double r = 4 * layout.unit;
            Supplier<Circle> make = () -> {
                Circle c = new Circle(r);
                c.getStyleClass().add("copy-ref-dot");
                return c;
            };
            Circle dot = keep ? kept.get(key("dot", x, y, r), Circle.class, make) : make.get();
            dot.setCenterX(x + w / 2);
            dot.setCenterY(y + h / 2);
            parent.add(dot);
            arrowStarts.add(new double[] {ox + x + w / 2, oy + y + h / 2});
            arrowTargets.add(v.ref());
            return;
        }
        Supplier<Label> make = () -> {
            Label l = label(v.text(), "copy-prim");
            l.getStyleClass().add("copy-prim-" + v.kind());
            if (v.text().length() > 5) {
                // only text that may be cut short gets a tooltip (tooltips are costly to build)
                l.setTooltip(new Tooltip(v.text()));
            }
            return l;
        };
        Label text = keep ? kept.get(key("prim", x, y, v.kind(), v.text()), Label.class, make) : make.get();
        text.setMinWidth(0);
        text.setMaxWidth(w - 4);
        place(text, x + 2, y, w - 4, h);
        text.setAlignment(javafx.geometry.Pos.CENTER);
        parent.add(text);
    }

    private void drawArrows(Set<String> shared) {
        for (int i = 0; i < arrowStarts.size(); i++) {
            GraphLayout.Box t = layout.box(arrowTargets.get(i));
            if (t == null || !objectNodes.containsKey(arrowTargets.get(i))) {
                continue;
            }
            arrow(arrowStarts.get(i), t, shared.contains(arrowTargets.get(i)));
        }
    }

    private void arrow(double[] s, GraphLayout.Box t, boolean toShared) {
        double[] p = route(s[0], s[1], t);
        CubicCurve c = kept.get(key("arrow", s[0], s[1], p[4], p[5], toShared), CubicCurve.class, () -> {
            CubicCurve n = new CubicCurve();
            n.getStyleClass().add("copy-arrow");
            if (toShared) {
                n.getStyleClass().add("shared");
            }
            n.setMouseTransparent(true);
            return n;
        });
        c.setStartX(s[0]);
        c.setStartY(s[1]);
        c.setControlX1(p[0]);
        c.setControlY1(p[1]);
        c.setControlX2(p[2]);
        c.setControlY2(p[3]);
        c.setEndX(p[4]);
        c.setEndY(p[5]);
        double tx = p[4];
        double ty = p[5];
        double ang = Math.atan2(ty - p[3], tx - p[2]);
        double len = 10 * layout.unit;
        Polygon head = kept.get(key("arrow-head", tx, ty, ang, len, toShared), Polygon.class, () -> {
            Polygon n = new Polygon(tx, ty,
                    tx - len * Math.cos(ang - 0.4), ty - len * Math.sin(ang - 0.4),
                    tx - len * Math.cos(ang + 0.4), ty - len * Math.sin(ang + 0.4));
            n.getStyleClass().add("copy-arrow-head");
            if (toShared) {
                n.getStyleClass().add("shared");
            }
            n.setMouseTransparent(true);
            return n;
        });
        drawn.addAll(List.of(c, head));
    }

    /**
     * Control points and end of an arrow from (sx, sy) to box t: into the left side when the box is to
     * the right, else into its bottom or top edge, or looping over it when the arrow starts inside it.
     */
    private double[] route(double sx, double sy, GraphLayout.Box t) {
        double u = layout.unit;
        double[] wh = {t.w(), t.h()};
        boolean inside = sx >= t.x() && sx <= t.x() + wh[0] && sy >= t.y() && sy <= t.y() + wh[1];
        if (inside) {
            double ex = t.x() + 14 * u;
            double ey = t.y();
            double lift = 46 * u;
            return new double[] {sx + 10 * u, t.y() - lift, ex, ey - lift, ex, ey};
        }
        if (t.x() > sx + 20 * u) {
            double ex = t.x();
            double ey = t.y() + layout.header / 2 + 2 * u;
            double dx = (ex - sx) / 2;
            return new double[] {sx + dx, sy, ex - dx, ey, ex, ey};
        }
        double ex = t.x() + Math.min(wh[0] / 2, 28 * u);
        if (sy > t.y() + wh[1]) {
            double ey = t.y() + wh[1];
            double k = Math.max(30 * u, (sy - ey) / 2);
            return new double[] {sx, sy - k, ex, ey + k, ex, ey};
        }
        double ey = t.y();
        double k = Math.max(30 * u, (ey - sy) / 2);
        return new double[] {sx, sy + k, ex, ey - k, ex, ey};
    }

    private void drawMemoLinks(CopyState.Deep deep) {
        for (CopyState.MemoEntry m : deep.memo()) {
            GraphLayout.Box a = layout.box(m.source());
            GraphLayout.Box b = layout.box(m.copy());
            if (a == null || b == null || !objectNodes.containsKey(m.source()) || !objectNodes.containsKey(m.copy())) {
                continue;
            }
            Line l = kept.get(key("memo", m.source(), m.copy(), a, b), Line.class, () -> {
                Line n = new Line(a.x() + a.w() / 2, a.y() + a.h(), b.x() + b.w() / 2, b.y());
                n.getStyleClass().add("copy-memo-link");
                n.setMouseTransparent(true);
                return n;
            });
            drawn.add(0, l);
        }
    }

    private void drawChanges(CopyState state, Duration d) {
        double u = layout.unit;
        for (CopyState.Change c : state.changes()) {
            GraphLayout.Box b = layout.box(c.objectId());
            CopyState.HeapObject o = state.object(c.objectId());
            if (b == null || o == null) {
                continue;
            }
            double x;
            double y;
            double w;
            double h;
            int slot = Math.min(c.slot(), GraphLayout.MAX_DRAWN);
            if (c.slot() < 0) {
                double[] wh = layout.size(o.type(), o.slots().size());
                x = b.x();
                y = b.y();
                w = wh[0];
                h = wh[1];
            } else if (o.rows()) {
                x = b.x() + layout.pad + layout.keyW;
                y = b.y() + layout.header + slot * layout.rowH;
                w = layout.keyW;
                h = layout.rowH;
            } else {
                x = b.x() + layout.pad + slot * layout.cellW;
                y = b.y() + layout.header;
                w = layout.cellW;
                h = layout.cellH;
            }
            Region flash = new Region();
            flash.getStyleClass().add("copy-flash");
            flash.setMouseTransparent(true);
            place(flash, x, y, w, h);
            drawn.add(flash);
            if (d.greaterThan(Duration.ZERO)) {
                FadeTransition ft = new FadeTransition(d.multiply(1.4), flash);
                ft.setFromValue(1.0);
                ft.setToValue(0.35);
                ft.play();
                running.add(ft);
            }
            if (c.ghost() != null) {
                Label ghost = label((c.slot() < 0 ? "− " : "") + c.ghost(), "copy-ghost");
                ghost.setMouseTransparent(true);
                if (c.slot() < 0) {
                    ghost.relocate(x + 4 * u, y + h + 2 * u);
                } else if (o.rows()) {
                    ghost.relocate(x + w + 4 * u, y + 6 * u);
                } else {
                    ghost.relocate(x + 2 * u, b.y() - 17 * u);
                }
                drawn.add(ghost);
            }
        }
    }

    private void drawGarbage(CopyState state, CopyState previous, Duration d) {
        Set<String> now = new HashSet<>();
        state.heap().forEach(o -> now.add(o.id()));
        for (CopyState.HeapObject o : previous.heap()) {
            GraphLayout.Box b = layout.box(o.id());
            if (now.contains(o.id()) || b == null) {
                continue;
            }
            double[] wh = layout.size(o.type(), o.slots().size());
            Region gone = new Region();
            gone.getStyleClass().addAll("copy-object", "copy-" + o.type(), "copy-garbage");
            place(gone, b.x(), b.y(), wh[0], wh[1]);
            gone.setMouseTransparent(true);
            drawn.add(gone);
            FadeTransition ft = new FadeTransition(d, gone);
            ft.setFromValue(0.8);
            ft.setToValue(0.0);
            ft.play();
            running.add(ft);
        }
    }

    private void fadeIn(Node node, Duration d) {
        FadeTransition ft = new FadeTransition(d, node);
        ft.setFromValue(0.0);
        ft.setToValue(1.0);
        ft.play();
        running.add(ft);
    }

    private static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p).append('\u0001');
        }
        return b.toString();
    }

    private static Region region(String... styles) {
        Region r = new Region();
        r.getStyleClass().addAll(styles);
        return r;
    }

    /** Positions a node on an unmanaged-size canvas: the Pane would otherwise resize it to its pref size. */
    private static void place(Region r, double x, double y, double w, double h) {
        r.setMinSize(w, h);
        r.setPrefSize(w, h);
        r.setMaxSize(w, h);
        r.relocate(x, y);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
