package glassbox.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Walks a laid-out scene graph and lists what a viewer would see wrong: labels and buttons whose
 * shown text is cut ("…"), text that overlaps other text, and visible controls outside the window.
 * Only what is really on screen counts: hidden nodes and whatever a scroll pane or split pane
 * clips away are skipped (they can be scrolled to).
 */
public final class LayoutProbe {
    /** Overlaps smaller than this many pixels each way are anti-aliasing, not a defect. */
    static final double SLACK = 2;

    /** What one walk found; each entry names the node and its text. */
    public record Report(List<String> truncated, List<String> overlaps, List<String> offscreen) {
        public boolean clean() {
            return truncated.isEmpty() && overlaps.isEmpty() && offscreen.isEmpty();
        }
    }

    private record Shown(Node node, Bounds bounds) {
    }

    private LayoutProbe() {
    }

    /** Probes {@code root} (already laid out in a window of the given size). */
    public static Report probe(Node root, double windowWidth, double windowHeight) {
        List<String> truncated = new ArrayList<>();
        List<String> offscreen = new ArrayList<>();
        List<Shown> texts = new ArrayList<>();
        walk(root, null, texts, truncated, offscreen, windowWidth, windowHeight);
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Bounds a = texts.get(i).bounds();
                Bounds b = texts.get(j).bounds();
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > SLACK && h > SLACK) {
                    overlaps.add(name(owner(texts.get(i).node())) + " × " + name(owner(texts.get(j).node())));
                }
            }
        }
        return new Report(truncated, overlaps, offscreen);
    }

    private static void walk(Node n, Bounds clip, List<Shown> texts, List<String> truncated,
                             List<String> offscreen, double ww, double wh) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Bounds scene = n.localToScene(n.getBoundsInLocal());
        if (n.getClip() != null) {
            clip = intersect(clip, n.localToScene(n.getClip().getBoundsInParent()));
        }
        Bounds shown = intersect(clip, scene);
        if (shown == null) {
            return;
        }
        if (n instanceof Labeled l && isCut(l)) {
            truncated.add(name(l));
        }
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            texts.add(new Shown(t, shown));
        }
        if (n instanceof Control && showsSomething(n) && (shown.getMinX() < -1 || shown.getMinY() < -1
                || shown.getMaxX() > ww + 1 || shown.getMaxY() > wh + 1)) {
            offscreen.add(name(n) + String.format(Locale.ROOT, " at %.0f,%.0f–%.0f,%.0f",
                    shown.getMinX(), shown.getMinY(), shown.getMaxX(), shown.getMaxY()));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, clip, texts, truncated, offscreen, ww, wh);
            }
        }
    }

    /** False for a control that draws nothing: zero width or height, or an empty label without a graphic. */
    static boolean showsSomething(Node n) {
        Bounds b = n.getLayoutBounds();
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return false;
        }
        return !(n instanceof Labeled l) || l.getGraphic() != null || l.getText() != null && !l.getText().isBlank();
    }

    /** True when the label shows less than its text (ends in the ellipsis instead). */
    static boolean isCut(Labeled l) {
        String text = l.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.isVisible()) {
                String shown = t.getText();
                return shown != null && !shown.equals(text) && shown.endsWith(l.getEllipsisString());
            }
        }
        return false;
    }

    private static Node owner(Node text) {
        return text.getParent() instanceof Labeled l ? l : text;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        if (a == null) {
            return b;
        }
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        if (maxX - minX <= 0 || maxY - minY <= 0) {
            return null;
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** {@code Label#narration "Insert 5 …"}: type, id and text, for the report. */
    static String name(Node n) {
        StringBuilder sb = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            sb.append('#').append(n.getId());
        } else if (!n.getStyleClass().isEmpty()) {
            String cls = n.getStyleClass().get(n.getStyleClass().size() - 1);
            if (!cls.replace("-", "").equalsIgnoreCase(n.getClass().getSimpleName())) {
                sb.append('.').append(cls); // a default class like "label" says nothing new
            }
        }
        String text = n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null;
        if (text != null && !text.isEmpty()) {
            String oneLine = text.replace('\n', ' ');
            sb.append(" \"").append(oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine).append('"');
        }
        return sb.toString();
    }
}
