package glassbox.bptree.view;

import glassbox.core.Widgets;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.NodeSnap;
import glassbox.bptree.view.TreeLayout.Placed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * The zoomable, pannable tree picture. Only the nodes inside the viewport are in the scene graph;
 * rows whose nodes would be a few pixels wide are drawn as one band (level of detail), so 10⁵ keys
 * stay smooth. A step change is animated by interpolating every node between its old and new
 * place, fading in new nodes and links, and flying moved keys ({@link StepPainter}).
 */
final class TreeDrawing extends Pane {
    static final double MAX_ZOOM = 4;
    static final double MIN_ZOOM = 1e-5;
    private static final double MARGIN = 24;
    /** With more than one visible node per this many pixels a row becomes a band. */
    private static final double BAND_PX = 4;
    /** Nodes drawn one by one are at least this wide on screen. */
    private static final double MIN_NODE_PX = 3;
    /** Below this many pixels per key cell the keys are not written. */
    private static final double TEXT_PX = 11;

    private final Group world = new Group();
    private final Group bandLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group flyLayer = new Group();
    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 1);
    private final Timeline animation = new Timeline();
    private final Map<Long, NodeView> shown = new HashMap<>();
    private final Pool<Line> edges = new Pool<>(edgeLayer, () -> styled(new Line(), "bp-edge"));
    private final Pool<Line> links = new Pool<>(linkLayer, () -> styled(new Line(), "bp-next"));
    private final Pool<Polygon> heads = new Pool<>(linkLayer, () -> styled(new Polygon(), "bp-next-head"));
    private final Pool<Rectangle> bands = new Pool<>(bandLayer, () -> styled(new Rectangle(), "bp-band"));
    private final Pool<Text> flyers = new Pool<>(flyLayer, () -> {
        Text t = styled(new Text(), "bp-flying");
        t.setTextOrigin(VPos.CENTER);
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    });

    private double textScale = 1;
    private TreeLayout layout;
    private TreeLayout before;
    private BptreeFrame frame;
    private StepPainter painter = StepPainter.NONE;
    /** How the view moves by itself: follow the step's nodes, fit the whole tree, or stay put. */
    enum Mode { FOLLOW, FIT, FREE }

    /** Smallest zoom at which keys stay readable; FOLLOW never goes below it. */
    static final double READABLE = 0.6;

    private final javafx.beans.property.ReadOnlyObjectWrapper<Mode> mode =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "mode", Mode.FOLLOW);
    private double fromX;
    private double fromY;
    private double dragX;
    private double dragY;
    private int drawnNodes;
    private final Set<Long> drawnIds = new HashSet<>();

    TreeDrawing() {
        getStyleClass().add("bp-drawing");
        world.getTransforms().addAll(pan, scale);
        world.getChildren().addAll(bandLayer, edgeLayer, linkLayer, nodeLayer, flyLayer);
        world.setManaged(false);
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 150);
        progress.addListener((o, a, b) -> requestLayout());
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), Math.exp(e.getDeltaY() * 0.0025));
            }
            e.consume();
        });
        setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        setOnMouseDragged(e -> {
            panBy(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fit();
            }
        });
    }

    private static <T extends javafx.scene.Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        node.setManaged(false);
        return node;
    }

    // ------------------------------------------------------------------ public commands

    /** Shows {@code next} (with emphasis from {@code painter}), animating from the frame shown before over {@code d}. */
    void show(BptreeFrame next, StepPainter stepPainter, Duration d) {
        animation.stop();
        TreeLayout old = layout;
        boolean sameTree = next != null && frame != null && sameForest(next.forest(), frame.forest());
        layout = next == null ? null : sameTree ? layout : new TreeLayout(next.forest());
        frame = next;
        painter = stepPainter;
        boolean animate = d.greaterThan(Duration.ZERO) && old != null && layout != null
                && layout.size() <= 600;
        before = animate ? old : null;
        fromX = pan.getX();
        fromY = pan.getY();
        if (animate) {
            progress.set(0);
            animation.getKeyFrames().setAll(new KeyFrame(d, new KeyValue(progress, 1)));
            animation.playFromStart();
        } else {
            progress.set(1);
        }
        requestLayout();
    }

    /** True when both forests are the very same pictures (a step that changed nothing). */
    private static boolean sameForest(List<NodeSnap> a, List<NodeSnap> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    void zoomIn() {
        zoomAt(getWidth() / 2, getHeight() / 2, 1.25);
    }

    void zoomOut() {
        zoomAt(getWidth() / 2, getHeight() / 2, 0.8);
    }

    /** Fits the whole tree in the window and keeps fitting it as it grows, until the user zooms or pans. */
    void fit() {
        setMode(Mode.FIT);
    }

    /** Keeps the nodes of each step in view at a readable size (the default). */
    void follow() {
        setMode(Mode.FOLLOW);
    }

    javafx.beans.property.ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    private void setMode(Mode m) {
        mode.set(m);
        fromX = pan.getX();
        fromY = pan.getY();
        requestLayout();
    }

    void zoomAt(double x, double y, double factor) {
        mode.set(Mode.FREE);
        double zx = zoom.get();
        double zy = scale.getY();
        double nx = clamp(zx * factor);
        // a squashed overview (rows stretched apart) converges to equal scales as one zooms in
        double ny = zy > zx ? Math.max(nx, zy) : nx;
        double wx = (x - pan.getX()) / zx;
        double wy = (y - pan.getY()) / zy;
        setView(nx, ny, x - wx * nx, y - wy * ny);
    }

    void panBy(double dx, double dy) {
        mode.set(Mode.FREE);
        setView(zoom.get(), scale.getY(), pan.getX() + dx, pan.getY() + dy);
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }


    /** Nodes drawn one by one on the last redraw (for tests and the level-of-detail claim). */
    int drawnNodes() {
        return drawnNodes;
    }

    /** Node views on screen, by node id (for tests). */
    Map<Long, NodeView> shownNodes() {
        return shown;
    }

    boolean animating() {
        return progress.get() < 1;
    }

    /** Shows the current change frozen at progress {@code t} (for tests). */
    void freezeAt(double t) {
        animation.stop();
        progress.set(t);
        layout();
    }

    /** The keys in flight on the last redraw (for tests). */
    List<String> flyingKeys() {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node n : flyLayer.getChildren()) {
            if (n.isVisible() && n instanceof Text t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ drawing

    /** Horizontal zoom {@code zx}, vertical {@code zy} (larger only in a squashed overview), pan. */
    private void setView(double zx, double zy, double x, double y) {
        zoom.set(zx);
        scale.setX(zx);
        scale.setY(zy);
        pan.setX(x);
        pan.setY(y);
        requestLayout();
    }

    private double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM * textScale, z));
    }

    /**
     * How much larger than the base (13 px) the tab's text is: the projector theme and a larger
     * font size let the tree grow by as much, so it scales up with the theme instead of shrinking.
     */
    void setTextScale(double s) {
        double v = Math.max(0.75, Math.min(3, s));
        if (v != textScale) {
            textScale = v;
            requestLayout();
        }
    }

    double textScale() {
        return textScale;
    }

    @Override
    protected void layoutChildren() {
        double t = progress.get();
        if (mode.get() != Mode.FREE && layout != null && layout.rows() > 0 && getWidth() > 0) {
            autoView(t);
        }
        redraw(t);
    }

    /**
     * FIT and FOLLOW: pick the zoom (kept while the tree still fits, so glyphs are not
     * re-rasterised every step; levels from a ladder), then centre the tree, or in FOLLOW, when the
     * tree is too big to read whole, the nodes the step lights.
     */
    private void autoView(double t) {
        double top = 2.0 * textScale;
        double fit = clamp(Math.min(top, Math.min((getWidth() - 2 * MARGIN) / Math.max(1, layout.width()),
                (getHeight() - 2 * MARGIN) / Math.max(1, layout.height()))));
        double z = zoom.get();
        double readable = READABLE * textScale;
        if (mode.get() == Mode.FOLLOW && fit < readable && !painter.litNodes().isEmpty()) {
            z = readable;
        } else if (z > fit * 1.0001 || z < fit * 0.75) {
            z = clamp(ladder(fit, top));
        }
        double zy = z;
        double room = getHeight() - 2 * MARGIN;
        if (layout.cell() * z < TEXT_PX && layout.height() * z < 0.5 * room) {
            // too wide to read anyway: stretch the rows apart so the levels show (an overview)
            zy = Math.min(1.0, room / Math.max(1, layout.height()));
        }
        double x = (getWidth() - layout.width() * z) / 2;
        double y = Math.max(MARGIN, (getHeight() - layout.height() * zy) / 2);
        double[] focus = z > fit * 1.0001 ? focus() : null;
        if (focus != null) {
            x = getWidth() / 2 - focus[0] * z;
            x = Math.min(MARGIN, Math.max(getWidth() - MARGIN - layout.width() * z, x));
            if (layout.height() * zy > room) {
                y = getHeight() / 2 - focus[1] * zy;
                y = Math.min(MARGIN, Math.max(getHeight() - MARGIN - layout.height() * zy, y));
            }
        }
        if (t < 1 && z == zoom.get() && zy == scale.getY()) {
            setView(z, zy, lerp(fromX, x, t), lerp(fromY, y, t));
        } else {
            setView(z, zy, x, y);
        }
    }

    /** The centre of the nodes this step lights (world units), else of the root. */
    private double[] focus() {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (long id : painter.litNodes()) {
            Placed p = layout.get(id);
            if (p != null) {
                sx += p.cx();
                sy += p.y() + TreeLayout.NODE_H / 2;
                n++;
            }
        }
        if (n == 0) {
            Placed top = layout.row(0).get(layout.row(0).size() / 2);
            return new double[] {top.cx(), top.y()};
        }
        return new double[] {sx / n, sy / n};
    }

    /** The largest zoom of the ladder {@code top} × 0.9ⁿ that is at most {@code fit}. */
    static double ladder(double fit, double top) {
        if (fit >= top) {
            return top;
        }
        double n = Math.ceil(Math.log(fit / top) / Math.log(0.9));
        return top * Math.pow(0.9, n);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** Left/top of node {@code id} at progress {@code t}: from the old layout to the new one. */
    private double[] at(long id, double t) {
        Placed now = layout.get(id);
        Placed was = before == null ? null : before.get(id);
        if (now == null) {
            return null;
        }
        if (was == null || t >= 1) {
            return new double[] {now.x(), now.y()};
        }
        return new double[] {lerp(was.x(), now.x(), t), lerp(was.y(), now.y(), t)};
    }

    private void redraw(double t) {
        edges.reset();
        links.reset();
        heads.reset();
        bands.reset();
        flyers.reset();
        Set<Long> keep = new HashSet<>();
        drawnNodes = 0;
        if (layout != null && layout.rows() > 0) {
            boolean[] banded = new boolean[layout.rows()];
            List<Placed> drawn = visibleNodes(banded);
            drawnIds.clear();
            for (Placed p : drawn) {
                drawnIds.add(p.node().id());
            }
            boolean text = layout.cell() * zoom.get() >= TEXT_PX && scale.getY() <= zoom.get() * 1.05;
            for (Placed p : drawn) {
                drawNode(p, text, banded, t);
                keep.add(p.node().id());
            }
            drawnNodes = drawn.size();
            if (t < 1 && before != null) {
                fadeOutRemoved(keep, text, t);
                painter.fly(this::flyer, before, layout, t);
            }
        }
        clearNodes(keep);
        finishPools();
    }

    /**
     * The nodes to draw one by one, row by row, inside the viewport; a row with more visible
     * nodes than pixels allow is drawn as one band instead and marked in {@code banded}.
     */
    private List<Placed> visibleNodes(boolean[] banded) {
        double z = zoom.get();
        double zy = scale.getY();
        double x0 = -pan.getX() / z;
        double x1 = (getWidth() - pan.getX()) / z;
        double y0 = -pan.getY() / zy;
        double y1 = (getHeight() - pan.getY()) / zy;
        double slack = (x1 - x0) * 0.05;
        List<Placed> drawn = new ArrayList<>();
        for (int r = 0; r < layout.rows(); r++) {
            List<Placed> row = layout.row(r);
            List<Placed> vis = layout.visible(r, x0 - slack, x1 + slack);
            banded[r] = vis.size() > Math.min(900, getWidth() / BAND_PX);
            double y = row.isEmpty() ? 0 : row.get(0).y();
            if (y + TreeLayout.NODE_H < y0 - TreeLayout.LEVEL_GAP || y > y1 + TreeLayout.LEVEL_GAP || vis.isEmpty()) {
                continue;
            }
            if (banded[r]) {
                Rectangle b = bands.next();
                double bx0 = Math.max(x0 - slack, vis.get(0).x());
                double bx1 = Math.min(x1 + slack, vis.get(vis.size() - 1).right());
                b.setX(bx0);
                b.setY(y);
                b.setWidth(Math.max(bx1 - bx0, 1 / z));
                b.setHeight(TreeLayout.NODE_H);
            } else {
                drawn.addAll(vis);
            }
        }
        return drawn;
    }

    /** Nodes the step removed (a merged sibling, an old root) fade out where they were. */
    private void fadeOutRemoved(Set<Long> keep, boolean text, double t) {
        for (int r = 0; r < before.rows(); r++) {
            for (Placed q : before.row(r)) {
                long id = q.node().id();
                if (layout.get(id) != null) {
                    continue;
                }
                NodeView v = shown.get(id);
                if (v == null) {
                    v = new NodeView();
                    shown.put(id, v);
                    nodeLayer.getChildren().add(v);
                }
                v.show(q.node(), before.cell(), text, MIN_NODE_PX / zoom.get());
                v.setLayoutX(q.x());
                v.setLayoutY(q.y());
                v.setOpacity(1 - t);
                v.emphasise("bp-gone", Set.of(), "bp-key-hl");
                keep.add(id);
            }
        }
    }

    /** Places (and if needed builds) the view of {@code p} at progress {@code t}, with its edges and next link. */
    private void drawNode(Placed p, boolean text, boolean[] banded, double t) {
        double[] xy = at(p.node().id(), t);
        NodeView v = shown.get(p.node().id());
        if (v == null) {
            v = new NodeView();
            shown.put(p.node().id(), v);
            nodeLayer.getChildren().add(v);
        }
        v.show(p.node(), layout.cell(), text, MIN_NODE_PX / zoom.get());
        v.setLayoutX(xy[0]);
        v.setLayoutY(xy[1]);
        boolean fresh = before != null && before.get(p.node().id()) == null;
        v.setOpacity(fresh ? t : 1);
        painter.emphasise(p.node(), v);
        drawEdges(p, xy, banded, t);
        if (p.node().leaf() && p.node().next() >= 0) {
            drawLink(p, xy, t);
        }
    }

    private void drawEdges(Placed p, double[] xy, boolean[] banded, double t) {
        int row = layout.rows() - 1 - p.level();
        if (p.parent() >= 0 && row > 0 && !banded[row - 1]) {
            Placed parent = layout.get(p.parent());
            double[] pxy = at(p.parent(), t);
            edge(pxy[0] + parent.slotX(p.childIndex()) - parent.x(), pxy[1] + TreeLayout.NODE_H,
                    xy[0] + p.w() / 2, xy[1], painter.edgeLit(p.parent(), p.childIndex()));
        }
        if (!p.node().leaf() && row + 1 < layout.rows() && !banded[row + 1]) {
            List<NodeSnap> kids = p.node().children();
            for (int i = 0; i < kids.size(); i++) {
                if (shownLater(kids.get(i).id())) {
                    continue;
                }
                Placed c = layout.get(kids.get(i).id());
                double[] cxy = at(c.node().id(), t);
                edge(xy[0] + p.slotX(i) - p.x(), xy[1] + TreeLayout.NODE_H, cxy[0] + c.w() / 2, cxy[1],
                        painter.edgeLit(p.node().id(), i));
            }
        }
    }

    /** True when child {@code id} is itself drawn this pass (it then draws the edge to its parent). */
    private boolean shownLater(long id) {
        return drawnIds.contains(id);
    }

    private void edge(double ax, double ay, double bx, double by, boolean lit) {
        Line l = edges.next();
        l.setStartX(ax);
        l.setStartY(ay);
        l.setEndX(bx);
        l.setEndY(by);
        Widgets.styleClass(l, "bp-edge-hl", lit);
    }

    private void drawLink(Placed p, double[] xy, double t) {
        Placed nx = layout.get(p.node().next());
        if (nx == null) {
            return;
        }
        double[] nxy = at(nx.node().id(), t);
        double ax = xy[0] + p.w();
        double ay = xy[1] + TreeLayout.NODE_H / 2;
        double bx = nxy[0];
        double by = nxy[1] + TreeLayout.NODE_H / 2;
        Line l = links.next();
        l.setStartX(ax);
        l.setStartY(ay);
        l.setEndX(bx - 2);
        l.setEndY(by);
        boolean lit = painter.linkLit(p.node().id());
        Widgets.styleClass(l, "bp-next-hl", lit);
        boolean fresh = before != null && (before.get(p.node().id()) == null
                || before.get(p.node().id()).node().next() != p.node().next());
        l.setOpacity(fresh ? t : 1);
        Polygon h = heads.next();
        h.getPoints().setAll(bx, by, bx - 7, by - 4, bx - 7, by + 4);
        Widgets.styleClass(h, "bp-next-hl", lit);
        h.setOpacity(fresh ? t : 1);
    }

    private void flyer(String text, double x, double y) {
        Text f = flyers.next();
        f.setText(text);
        f.setWrappingWidth(layout.cell());
        f.setX(x);
        f.setY(y);
    }

    private void clearNodes(Set<Long> keep) {
        shown.entrySet().removeIf(e -> {
            if (!keep.contains(e.getKey())) {
                nodeLayer.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    private void finishPools() {
        edges.trim();
        links.trim();
        heads.trim();
        bands.trim();
        flyers.trim();
    }

    /** Reuses shapes between redraws: {@link #next()} hands out the next one, {@link #trim()} hides the rest. */
    static final class Pool<T extends javafx.scene.Node> {
        private final Group parent;
        private final java.util.function.Supplier<T> make;
        private final List<T> items = new ArrayList<>();
        private int used;

        Pool(Group parent, java.util.function.Supplier<T> make) {
            this.parent = parent;
            this.make = make;
        }

        void reset() {
            used = 0;
        }

        T next() {
            if (used == items.size()) {
                T t = make.get();
                items.add(t);
                parent.getChildren().add(t);
            }
            T t = items.get(used++);
            t.setVisible(true);
            return t;
        }

        void trim() {
            int keep = Math.max(used, Math.min(items.size(), 64));
            for (int i = used; i < items.size(); i++) {
                items.get(i).setVisible(false);
            }
            if (items.size() > keep) {
                List<T> extra = items.subList(keep, items.size());
                parent.getChildren().removeAll(extra);
                extra.clear();
            }
        }

        int used() {
            return used;
        }
    }
}
