package glassbox.python.view;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.SelectionPath;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The script editor: a RichTextFX code area with line numbers and Python highlighting; the
 * statement the player stands on is lit, and the line a Python error stopped at is marked.
 * Undo/redo are the area's own (Ctrl+Z / Ctrl+Y).
 */
final class ScriptEditor {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>#[^\\n]*)"
                    + "|(?<string>\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?)"
                    + "|(?<keyword>\\b(?:import|from|as|del|pass|and|or|not|is|in|if|else|True|False|None)\\b)"
                    + "|(?<builtin>\\b(?:print|len|id|list|tuple|dict|str|repr|int|float|bool|type|copy|deepcopy)\\b)"
                    + "|(?<number>\\b\\d[\\d_]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?\\b)");

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(area);
    private int litFrom;
    private int litTo;
    private boolean litError;

    /** The band behind the statement the player stands on, and behind a line a Python error stopped at. */
    private final SelectionImpl<Collection<String>, String, Collection<String>> litBand =
            new SelectionImpl<>("lit-line", area, path -> band(path, "current-line-band"));
    private final SelectionImpl<Collection<String>, String, Collection<String>> errorBand =
            new SelectionImpl<>("error-line", area, path -> band(path, "error-line-band"));

    /**
     * A selection path drawn as a band the whole width of its line: the lit line is a selection
     * range, not a paragraph style, since RichTextFX rebuilds a paragraph's cell (every token's
     * text node, styled afresh) when its style changes, a frame's work at every step.
     */
    private static void band(SelectionPath path, String styleClass) {
        path.getStyleClass().add(styleClass);
        path.getElements().addListener((ListChangeListener<PathElement>) c -> widen(path));
        path.parentProperty().addListener((o, was, now) -> widen(path));
    }

    private static void widen(SelectionPath path) {
        Parent parent = path.getParent();
        if (parent == null || path.getElements().isEmpty()) {
            return;
        }
        // the shape is one rectangle per row of the range: its right edge goes to the line's end,
        // its left edge to the line's start
        double max = -Double.MAX_VALUE;
        for (PathElement e : path.getElements()) {
            if (e instanceof MoveTo m) {
                max = Math.max(max, m.getX());
            } else if (e instanceof LineTo l) {
                max = Math.max(max, l.getX());
            }
        }
        double width = Math.max(max, parent.getLayoutBounds().getWidth());
        for (PathElement e : path.getElements()) {
            if (e instanceof MoveTo m) {
                m.setX(m.getX() == max ? width : 0);
            } else if (e instanceof LineTo l) {
                l.setX(l.getX() == max ? width : 0);
            }
        }
    }

    ScriptEditor() {
        area.addSelection(litBand);
        area.addSelection(errorBand);
        // a band is as wide as the editor was when it was drawn: drawn again when that changes
        area.widthProperty().addListener((o, was, now) -> {
            for (SelectionImpl<Collection<String>, String, Collection<String>> band : List.of(litBand, errorBand)) {
                int start = band.getStartPosition();
                int end = band.getEndPosition();
                if (start != end) {
                    band.selectRange(start, start);
                    band.selectRange(start, end);
                }
            }
        });
        area.setId("copy-editor");
        area.getStyleClass().add("copy-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.textProperty().addListener((o, was, now) -> area.setStyleSpans(0, highlight(now)));
        area.setWrapText(false);
    }

    Node node() {
        return scroller;
    }

    CodeArea area() {
        return area;
    }

    String text() {
        return area.getText();
    }

    void setText(String text) {
        litFrom = 0;
        litTo = 0;
        area.replaceText(text);
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Lights lines {@code from..to} (1-based; 0 clears), as an error when {@code error}. */
    void light(int from, int to, boolean error) {
        if (from == litFrom && to == litTo && error == litError) {
            return;
        }
        litError = error;
        litFrom = from;
        litTo = to;
        int n = area.getParagraphs().size();
        litBand.selectRange(0, 0);
        errorBand.selectRange(0, 0);
        if (from <= 0 || from > n) {
            return;
        }
        int last = Math.min(to, n) - 1;
        (error ? errorBand : litBand).selectRange(area.getAbsolutePosition(from - 1, 0),
                area.getAbsolutePosition(last, area.getParagraphLength(last)));
        // Brought into view once the pulse has laid the area out. Asking here whether it was in
        // view made the area lay itself out an extra time at every step. showParagraphInViewport
        // scrolls only as far as needed, so a line half under the scroll bar comes wholly into view.
        Platform.runLater(() -> {
            if (litFrom == from) {
                area.showParagraphInViewport(from - 1);
            }
        });
    }

    private java.util.Set<Integer> managed = java.util.Set.of();

    /** Marks the lines of the with-blocks being run (the managed blocks). */
    void markBlocks(List<glassbox.python.engine.CopyState.Block> blocks) {
        java.util.Set<Integer> now = new java.util.HashSet<>();
        for (glassbox.python.engine.CopyState.Block b : blocks) {
            for (int i = b.from(); i <= b.to(); i++) {
                now.add(i);
            }
        }
        if (now.equals(managed)) {
            return;
        }
        java.util.Set<Integer> touched = new java.util.HashSet<>(managed);
        touched.addAll(now);
        managed = now;
        int n = area.getParagraphs().size();
        for (int line : touched) {
            if (line < 1 || line > n) {
                continue;
            }
            area.setParagraphStyle(line - 1, managed.contains(line) ? List.of("managed-line") : Collections.emptyList());
        }
    }

    /** Whether line {@code line} (1-based) is at least partly in the area's viewport, for tests. */
    boolean lineInView(int line) {
        try {
            return line - 1 >= area.firstVisibleParToAllParIndex() && line - 1 <= area.lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            return false;
        }
    }

    /** The style classes of line {@code line} (1-based), with "current-line" or "error-line" when lit, for tests. */
    Collection<String> lineStyle(int line) {
        List<String> out = new java.util.ArrayList<>(area.getParagraph(line - 1).getParagraphStyle());
        if (litFrom > 0 && line >= litFrom && line <= litTo) {
            out.add(litError ? "error-line" : "current-line");
        }
        return out;
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("comment") != null ? "py-comment" : m.group("string") != null ? "py-string"
                    : m.group("keyword") != null ? "py-keyword" : m.group("builtin") != null ? "py-builtin" : "py-number";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
