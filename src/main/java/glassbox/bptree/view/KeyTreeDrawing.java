package glassbox.bptree.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws one or more trees of boxes (B-Tree and B+Tree nodes, InnoDB pages): each node a row of
 * cells with an optional caption above and value marks below, edges to its children, optional
 * next links between leaves, and an optional dashed path from one node to another (InnoDB's trip
 * from a secondary index to the clustered one). The whole picture is scaled to fit, and grows up to
 * twice its size when there is room. Colours come from the stylesheet ({@code bt-*} classes).
 */
public final class KeyTreeDrawing extends Region {
    /** A node to draw: its cells, its children, a caption (may be empty), whether its cells hold values. */
    public record Box(long id, List<String> cells, List<Box> kids, String caption, boolean values) {
        public Box {
            cells = List.copyOf(cells);
            kids = List.copyOf(kids);
        }

        public boolean leaf() {
            return kids.isEmpty();
        }
    }

    /** A cell to light: cell {@code index} of node {@code id}. */
    public record Cell(long id, int index) {
    }

    /**
     * What to draw.
     *
     * @param forest     the trees, left to right
     * @param nodes      nodes to light
     * @param cells      cells to light
     * @param links      leaves whose next link to light
     * @param leafLinks  draw next links between neighbouring leaves (a B+Tree)
     * @param crossFrom  start of the dashed path (a node id), or -1
     * @param crossTo    end of the dashed path, or -1
     */
    public record Picture(List<Box> forest, Set<Long> nodes, Set<Cell> cells, Set<Long> links, boolean leafLinks,
                          long crossFrom, long crossTo) {
        public Picture {
            forest = List.copyOf(forest);
            nodes = Set.copyOf(nodes);
            cells = Set.copyOf(cells);
            links = Set.copyOf(links);
        }
    }

    private static final Font FONT = Font.font("Monospaced", 15);
    private static final double CELL_H = 28;
    private static final double LEVEL_H = 80;
    private static final double GAP = 18;
    private static final double TREE_GAP = 60;
    private static final double PAD = 14;
    private static final double MAX_SCALE = 2.0;

    private final Group world = new Group();
    private Picture picture;
    private final Map<Long, double[]> placed = new HashMap<>();

    public KeyTreeDrawing() {
        getStyleClass().add("bt-drawing");
        getChildren().add(world);
        setMinSize(0, 0);
        setPrefSize(400, 300);
        setFocusTraversable(false);
        setOnMousePressed(e -> requestFocus());
    }

    /** Follows {@code source}: draws each picture it holds. */
    public void pictureProperty(javafx.beans.value.ObservableValue<Picture> source) {
        source.addListener((o, was, now) -> show(now));
        show(source.getValue());
    }

    public Picture picture() {
        return picture;
    }

    public void show(Picture p) {
        this.picture = p;
        world.getChildren().clear();
        placed.clear();
        if (p == null) {
            requestLayout();
            return;
        }
        List<Runnable> later = new ArrayList<>();
        double y = PAD + 20;
        for (List<Box> row : rows(p.forest())) {
            double x = PAD;
            for (Box root : row) {
                double w = width(root);
                place(root, x, y, w, later);
                x += w + TREE_GAP;
            }
            int levels = 1;
            for (Box root : row) {
                levels = Math.max(levels, depth(root));
            }
            y += levels * LEVEL_H + 10;
        }
        later.forEach(Runnable::run);
        if (p.leafLinks()) {
            for (Box root : p.forest()) {
                links(root, p);
            }
        }
        cross(p);
        requestLayout();
    }

    /** Each tree with children on its own row (one below the other); neighbouring lone boxes share a row. */
    private static List<List<Box>> rows(List<Box> forest) {
        List<List<Box>> out = new ArrayList<>();
        List<Box> lone = new ArrayList<>();
        for (Box b : forest) {
            if (b.leaf()) {
                lone.add(b);
                continue;
            }
            if (!lone.isEmpty()) {
                out.add(lone);
                lone = new ArrayList<>();
            }
            out.add(List.of(b));
        }
        if (!lone.isEmpty()) {
            out.add(lone);
        }
        return out;
    }

    private static int depth(Box b) {
        return b.leaf() ? 1 : 1 + depth(b.kids().get(0));
    }

    /** Screen bounds of a drawn node, for tests; null when it is not drawn. */
    public double[] nodeBox(long id) {
        return placed.get(id);
    }

    private static double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    private static double cellWidth(String s) {
        return Math.max(30, textWidth(s) + 14);
    }

    private static double nodeWidth(Box b) {
        double w = 0;
        for (String c : b.cells()) {
            w += cellWidth(c);
        }
        return Math.max(w, Math.max(24, b.caption().isEmpty() ? 0 : textWidth(b.caption()) * 0.8));
    }

    private static double width(Box b) {
        double kids = 0;
        for (Box k : b.kids()) {
            kids += width(k);
        }
        kids += Math.max(0, b.kids().size() - 1) * GAP;
        return Math.max(nodeWidth(b), kids);
    }

    private void place(Box b, double left, double top, double span, List<Runnable> later) {
        double w = nodeWidth(b);
        double x0 = left + (span - w) / 2;
        placed.put(b.id(), new double[] {x0, top, w, CELL_H});
        boolean litNode = picture.nodes().contains(b.id());
        double cx = x0;
        for (int i = 0; i < b.cells().size(); i++) {
            String s = b.cells().get(i);
            double cw = cellWidth(s);
            Rectangle r = new Rectangle(cx, top, cw, CELL_H);
            r.getStyleClass().add("bt-cell");
            boolean litCell = picture.cells().contains(new Cell(b.id(), i));
            if (litCell) {
                r.getStyleClass().add("bt-cell-lit");
            }
            Text t = new Text(s);
            t.setFont(FONT);
            t.getStyleClass().add(litCell ? "bt-key-lit" : "bt-key");
            t.setX(cx + (cw - textWidth(s)) / 2);
            t.setY(top + CELL_H / 2 + 5);
            world.getChildren().addAll(r, t);
            if (b.values()) {
                Rectangle v = new Rectangle(cx + cw / 2 - 4, top + CELL_H + 3, 8, 8);
                v.getStyleClass().add("bt-value");
                world.getChildren().add(v);
            }
            cx += cw;
        }
        Rectangle frame = new Rectangle(x0, top, Math.max(w, 24), CELL_H);
        frame.getStyleClass().add(litNode ? "bt-node-lit" : "bt-node");
        world.getChildren().add(frame);
        if (!b.caption().isEmpty()) {
            Text c = new Text(b.caption());
            c.setFont(Font.font("Monospaced", 12));
            c.getStyleClass().add("bt-caption");
            c.setX(x0);
            c.setY(top - 5);
            world.getChildren().add(c);
        }
        double kx = left + (span - childrenWidth(b)) / 2;
        for (int i = 0; i < b.kids().size(); i++) {
            Box k = b.kids().get(i);
            double kw = width(k);
            double childLeft = kx;
            int index = i;
            later.add(() -> edge(b, index, k));
            place(k, childLeft, top + LEVEL_H, kw, later);
            kx += kw + GAP;
        }
    }

    private static double childrenWidth(Box b) {
        double kids = 0;
        for (Box k : b.kids()) {
            kids += width(k);
        }
        return kids + Math.max(0, b.kids().size() - 1) * GAP;
    }

    private void edge(Box parent, int index, Box child) {
        double[] p = placed.get(parent.id());
        double[] c = placed.get(child.id());
        double n = parent.kids().size();
        double x = p[0] + p[2] * (index + 0.5) / n;
        Line l = new Line(x, p[1] + CELL_H + (parent.values() ? 12 : 0), c[0] + c[2] / 2, c[1] - (child.caption().isEmpty() ? 0 : 16));
        l.getStyleClass().add(picture.nodes().contains(parent.id()) && picture.nodes().contains(child.id())
                ? "bt-edge-lit" : "bt-edge");
        world.getChildren().add(0, l);
    }

    private void links(Box root, Picture p) {
        List<Box> leaves = new ArrayList<>();
        collectLeaves(root, leaves);
        for (int i = 0; i + 1 < leaves.size(); i++) {
            double[] a = placed.get(leaves.get(i).id());
            double[] b = placed.get(leaves.get(i + 1).id());
            Line l = new Line(a[0] + a[2], a[1] + CELL_H / 2, b[0], b[1] + CELL_H / 2);
            l.getStyleClass().add(p.links().contains(leaves.get(i).id()) ? "bt-link-lit" : "bt-link");
            world.getChildren().add(l);
        }
    }

    private static void collectLeaves(Box b, List<Box> out) {
        if (b.leaf()) {
            out.add(b);
        } else {
            b.kids().forEach(k -> collectLeaves(k, out));
        }
    }

    private void cross(Picture p) {
        double[] a = placed.get(p.crossFrom());
        double[] b = placed.get(p.crossTo());
        if (a == null || b == null) {
            return;
        }
        double right = 0;
        for (double[] box : placed.values()) {
            right = Math.max(right, box[0] + box[2]);
        }
        right += 24;
        double sx = a[0] + a[2] / 2;
        double belowA = a[1] + CELL_H + 16;
        double tx = b[0] + b[2] / 2;
        double belowB = b[1] + CELL_H + 16;
        // down out of the source, to the right margin, across under the target, up into it
        javafx.scene.shape.Path c = new javafx.scene.shape.Path(new javafx.scene.shape.MoveTo(sx, a[1] + CELL_H),
                new javafx.scene.shape.LineTo(sx, belowA), new javafx.scene.shape.LineTo(right, belowA),
                new javafx.scene.shape.LineTo(right, belowB), new javafx.scene.shape.LineTo(tx, belowB),
                new javafx.scene.shape.LineTo(tx, b[1] + CELL_H + 2));
        c.getStyleClass().add("bt-cross");
        world.getChildren().add(c);
    }

    @Override
    protected void layoutChildren() {
        Bounds b = world.getLayoutBounds();
        double w = getWidth();
        double h = getHeight();
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || w <= 0 || h <= 0) {
            return;
        }
        double s = Math.min(MAX_SCALE, Math.min((w - 8) / b.getWidth(), (h - 8) / b.getHeight()));
        world.setScaleX(s);
        world.setScaleY(s);
        // scaling is about the centre of the group's bounds: centre it in the region
        world.setLayoutX((w - b.getWidth()) / 2 - b.getMinX());
        world.setLayoutY((h - b.getHeight()) / 2 - b.getMinY());
    }
}
