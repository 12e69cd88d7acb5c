package glassbox.bptree.view;

import glassbox.bptree.engine.NodeSnap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One drawn node: a row of key cells in an outline. Rebuilt only when its picture changes; the
 * step's emphasis (highlighted node, lit key cells) is applied as CSS style classes.
 */
final class NodeView extends Group {
    private final Rectangle outline = new Rectangle();
    private final List<Rectangle> cells = new ArrayList<>();
    private NodeSnap snap;
    private boolean texts;
    private double cell;
    private String nodeStyle = "";
    private String litSig = "";

    NodeView() {
        getStyleClass().add("bp-node-view");
        outline.getStyleClass().add("bp-node");
        setManaged(false);
    }

    NodeSnap snap() {
        return snap;
    }

    /**
     * Shows {@code s} with cells {@code cellWidth} wide and key text when {@code withText}; without
     * text it is one plain box, at least {@code minWidth} wide (centred), so tiny nodes stay visible.
     */
    void show(NodeSnap s, double cellWidth, boolean withText, double minWidth) {
        if (!withText) {
            showCompact(s, cellWidth, minWidth);
            return;
        }
        if (s == snap && texts && cellWidth == cell) {
            return;
        }
        snap = s;
        texts = withText;
        cell = cellWidth;
        nodeStyle = "";
        litSig = "";
        getChildren().clear();
        cells.clear();
        int n = Math.max(1, s.size());
        List<Text> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Rectangle c = new Rectangle(i * cell, 0, cell, TreeLayout.NODE_H);
            c.getStyleClass().addAll("bp-cell", s.leaf() ? "bp-leaf-cell" : "bp-inner-cell");
            cells.add(c);
            if (withText && i < s.size()) {
                Text t = new Text(i * cell, TreeLayout.NODE_H / 2, String.valueOf(s.keys().get(i)));
                t.getStyleClass().add("bp-key");
                t.setTextOrigin(VPos.CENTER);
                t.setWrappingWidth(cell);
                t.setTextAlignment(TextAlignment.CENTER);
                labels.add(t);
            }
        }
        outline.setX(0);
        outline.setWidth(n * cell);
        outline.setHeight(TreeLayout.NODE_H);
        outline.getStyleClass().setAll("bp-node", s.leaf() ? "bp-leaf" : "bp-inner");
        getChildren().addAll(cells);
        getChildren().addAll(labels);
        getChildren().add(outline);
    }

    private double compactWidth;

    private void showCompact(NodeSnap s, double cellWidth, double minWidth) {
        double natural = Math.max(1, s.size()) * cellWidth;
        double w = Math.max(natural, minWidth);
        if (s == snap && !texts && cellWidth == cell && w == compactWidth) {
            return;
        }
        snap = s;
        texts = false;
        cell = cellWidth;
        compactWidth = w;
        nodeStyle = "";
        litSig = "";
        cells.clear();
        getChildren().clear();
        Rectangle box = new Rectangle((natural - w) / 2, 0, w, TreeLayout.NODE_H);
        box.getStyleClass().addAll("bp-cell", "bp-compact", s.leaf() ? "bp-leaf-cell" : "bp-inner-cell");
        outline.setWidth(w);
        outline.setX((natural - w) / 2);
        outline.setHeight(TreeLayout.NODE_H);
        outline.getStyleClass().setAll("bp-node", s.leaf() ? "bp-leaf" : "bp-inner");
        getChildren().addAll(box, outline);
    }

    /** Applies the step's emphasis: {@code style} on the outline ("" for none), {@code lit} key cells. */
    void emphasise(String style, Set<Integer> lit, String litStyle) {
        if (!style.equals(nodeStyle)) {
            if (!nodeStyle.isEmpty()) {
                outline.getStyleClass().remove(nodeStyle);
            }
            if (!style.isEmpty()) {
                outline.getStyleClass().add(style);
            }
            nodeStyle = style;
        }
        String sig = lit.isEmpty() ? "" : lit + litStyle;
        if (sig.equals(litSig)) {
            return;
        }
        litSig = sig;
        for (int i = 0; i < cells.size(); i++) {
            javafx.collections.ObservableList<String> sc = cells.get(i).getStyleClass();
            sc.removeAll("bp-key-hl", "bp-key-found");
            if (lit.contains(i)) {
                sc.add(litStyle);
            }
        }
    }
}
