package glassbox.core;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The small widgets every tab shares, for the few controls not declared in FXML. (In FXML an icon
 * button is a {@code Button} with a {@code FontIcon} graphic and a {@code %key} tooltip.)
 */
public final class Widgets {
    private Widgets() {
    }

    /**
     * A button with an icon, an optional label and a tooltip from the bundle.
     *
     * @param textKey bundle key of the label, or null for an icon-only (flat) button
     */
    public static Button iconButton(Messages m, String id, String icon, String textKey, String tipKey,
                                    Runnable action) {
        Button b = new Button(textKey == null ? null : m.get(textKey), icon == null ? null : new FontIcon(icon));
        b.setId(id);
        if (textKey == null) {
            b.getStyleClass().add("flat");
        }
        b.setTooltip(tooltip(m, tipKey));
        if (action != null) {
            b.setOnAction(e -> action.run());
        }
        return b;
    }

    /** A wrapping tooltip from the bundle. */
    public static Tooltip tooltip(Messages m, String key) {
        Tooltip t = new Tooltip(m.get(key));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    /**
     * Gives {@code node} style class {@code style} when {@code on}, else takes it away, touching the
     * list only when that changes: every change restyles the node and all it holds, which a drawing
     * that re-marks its nodes at every step of an animation would otherwise pay for every node.
     */
    public static void styleClass(Node node, String style, boolean on) {
        if (on != node.getStyleClass().contains(style)) {
            if (on) {
                node.getStyleClass().add(style);
            } else {
                node.getStyleClass().remove(style);
            }
        }
    }

    /**
     * Of the style classes in {@code family}, {@code node} ends with exactly {@code wanted} (null
     * entries are skipped); its other classes stay. The list is touched only when that changes.
     */
    public static void styleClasses(Node node, List<String> family, String... wanted) {
        for (String f : family) {
            boolean on = false;
            for (String w : wanted) {
                on |= f.equals(w);
            }
            styleClass(node, f, on);
        }
    }

    /**
     * Makes {@code children} hold exactly {@code next}, in that order, leaving in place the nodes
     * already there: a node taken out of the scene and put back is styled again from scratch, which
     * a drawing that keeps most of its nodes from one step to the next would otherwise pay for all
     * of them at every step. Nodes that moved are taken out and put back at their new place.
     */
    public static void syncChildren(ObservableList<Node> children, List<Node> next) {
        if (children.equals(next)) {
            return;
        }
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(next);
        children.removeIf(n -> !keep.contains(n));
        for (int i = 0; i < next.size(); i++) {
            Node n = next.get(i);
            if (i < children.size() && children.get(i) == n) {
                continue;
            }
            children.remove(n);
            children.add(i, n);
        }
    }
}
