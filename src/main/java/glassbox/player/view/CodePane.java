package glassbox.player.view;

import glassbox.core.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The pseudo-code of the current trace, one label per line (long lines wrap), the current line lit. */
public final class CodePane extends ScrollPane {
    private final VBox lines = new VBox();
    private final List<Label> labels = new ArrayList<>();
    private String codeKey;
    /** A lit line still to be brought into sight at the next layout. */
    private Label pending;

    public CodePane() {
        getStyleClass().add("code-pane");
        lines.getStyleClass().add("code-lines");
        setContent(lines);
        setFitToWidth(true);
    }

    public void showCode(Messages messages, String key) {
        if (key != null && key.equals(codeKey) && !labels.isEmpty()) {
            return;
        }
        codeKey = key;
        labels.clear();
        if (key != null) {
            String[] src = messages.get(key).split("\n", -1);
            for (int i = 0; i < src.length; i++) {
                Label l = new Label(String.format("%2d  %s", i + 1, src[i]));
                l.getStyleClass().add("code-line");
                l.setMaxWidth(Double.MAX_VALUE);
                l.setWrapText(true); // a long line wraps; it never ends in "…"
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                labels.add(l);
            }
        }
        lines.getChildren().setAll(labels);
        setVisible(key != null);
        setManaged(key != null);
    }

    /** Lights line {@code line} (1-based); 0 lights none. */
    public void highlight(int line) {
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            boolean on = i == line - 1;
            if (on && !l.getStyleClass().contains("current")) {
                l.getStyleClass().add("current");
                pending = l;
                requestLayout();
            } else if (!on) {
                l.getStyleClass().remove("current");
            }
        }
    }

    /** Once laid out, brings a newly lit line into sight. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (pending != null && scrollTo(pending)) {
            pending = null;
        }
    }

    /**
     * Scrolls as little as needed for {@code line} to be seen whole (a long code in a short pane);
     * false while the pane has no size yet.
     */
    private boolean scrollTo(Label line) {
        lines.layout(); // the lines' own places, which this pass would otherwise set only after us
        double content = lines.getLayoutBounds().getHeight();
        double view = getViewportBounds().getHeight();
        if (view <= 0 || line.getHeight() <= 0) {
            return false;
        }
        if (content <= view) {
            return true;
        }
        double top = getVvalue() * (content - view);
        double y = line.getBoundsInParent().getMinY();
        double bottom = line.getBoundsInParent().getMaxY();
        if (y < top) {
            setVvalue(y / (content - view));
        } else if (bottom > top + view) {
            setVvalue(Math.min(1, (bottom - view) / (content - view)));
        }
        return true;
    }

    /** The line currently lit, 0 for none (for tests). */
    public int highlightedLine() {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getStyleClass().contains("current")) {
                return i + 1;
            }
        }
        return 0;
    }

    public String codeKey() {
        return codeKey;
    }
}
