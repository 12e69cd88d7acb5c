package glassbox.player.view;

import glassbox.core.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The pseudo-code of the current trace, one {@link CodeLine} per line, the current line lit; a
 * line too long for the pane is compacted, then wraps under its own code.
 */
public final class CodePane extends ScrollPane {
    private final VBox lines = new VBox();
    private final List<CodeLine> labels = new ArrayList<>();
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
                labels.add(new CodeLine(i + 1, src[i]));
            }
        }
        lines.getChildren().setAll(labels);
        setVisible(key != null);
        setManaged(key != null);
    }

    /**
     * One line of pseudo-code: its number and indent are the label's graphic, so a wrapped line
     * hangs under its own code. Where the line as written does not fit the pane on one row it is
     * compacted first: its indent halved, and a comment aligned with the other lines' comments
     * put two blanks after the code (with a no-break space after "#", which would otherwise wrap
     * alone).
     */
    static final class CodeLine extends Label {
        /** A spaced-out comment at the end of a line: the code, the aligning blanks, the comment. */
        private static final Pattern ALIGNED_COMMENT = Pattern.compile("^(.*\\S) {2,}# (.*)$");
        private final Label gutter = new Label();
        private final String number;
        private final int indent;
        private final String body;
        private final String compactBody;
        private double fittedWidth = -1;
        private Font fittedFont;

        CodeLine(int number, String text) {
            int n = 0;
            while (n < text.length() && text.charAt(n) == ' ') {
                n++;
            }
            this.number = String.format("%2d  ", number);
            this.indent = n;
            this.body = text.substring(n);
            Matcher m = ALIGNED_COMMENT.matcher(body);
            this.compactBody = m.matches() ? m.group(1) + "  #\u00a0" + m.group(2) : body;
            gutter.getStyleClass().add("code-gutter");
            gutter.setMinWidth(Region.USE_PREF_SIZE);
            getStyleClass().add("code-line");
            setGraphic(gutter);
            setGraphicTextGap(0);
            setMaxWidth(Double.MAX_VALUE);
            setWrapText(true); // a long line wraps; it never ends in "…"
            setMinHeight(Region.USE_PREF_SIZE);
            show(false);
        }

        /** Shows the line as written, or compacted; true when that changed anything. */
        boolean show(boolean compact) {
            String g = number + " ".repeat(compact ? (indent + 1) / 2 : indent);
            String t = compact ? compactBody : body;
            if (g.equals(gutter.getText()) && t.equals(getText())) {
                return false;
            }
            gutter.setText(g);
            setText(t);
            return true;
        }

        /** Compacts the line when, as written, it is wider than {@code width}; true when that changed it. */
        boolean fit(double width, Text measure) {
            if (width == fittedWidth && getFont().equals(fittedFont)) {
                return false; // every step lays the pane out again: measure only when something changed
            }
            fittedWidth = width;
            fittedFont = getFont();
            measure.setFont(getFont());
            measure.setText(number + " ".repeat(indent) + body);
            double need = measure.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset();
            return show(need > width);
        }

        /** The number at the top, beside the first row of the code (a graphic is otherwise centred). */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            gutter.setLayoutY(snappedTopInset());
        }
    }

    private final Text measure = new Text();

    /** Fits every line to {@code width}; true when a line changed. */
    private boolean fitLines(double width) {
        boolean changed = false;
        for (CodeLine l : labels) {
            changed |= l.fit(width, measure);
        }
        return changed;
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
        double width = getViewportBounds().getWidth();
        if (width > 0 && fitLines(width)) {
            lines.requestLayout();
        }
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
