package glassbox.python.view;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
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

    ScriptEditor() {
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
        int n = area.getParagraphs().size();
        for (int i = Math.max(1, litFrom); i <= Math.min(litTo, n); i++) {
            area.setParagraphStyle(i - 1, managed.contains(i) ? List.of("managed-line") : Collections.emptyList());
        }
        litFrom = from;
        litTo = to;
        if (from <= 0) {
            return;
        }
        for (int i = from; i <= Math.min(to, n); i++) {
            area.setParagraphStyle(i - 1, managed.contains(i) ? List.of(error ? "error-line" : "current-line", "managed-line")
                    : List.of(error ? "error-line" : "current-line"));
        }
        if (from <= n) {
            // Brought into view once the pulse has laid the area out. Asking here whether it was in
            // view, right after its paragraphs changed style, made the area lay itself out an extra
            // time at every step (half the FX thread's time in a Python step, by a JFR profile).
            // showParagraphInViewport scrolls only as far as needed, so a line half under the
            // scroll bar comes wholly into view.
            Platform.runLater(() -> {
                if (litFrom == from) {
                    area.showParagraphInViewport(from - 1);
                }
            });
        }
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
            List<String> style = new java.util.ArrayList<>();
            if (line >= litFrom && line <= litTo && litFrom > 0) {
                style.add(litError ? "error-line" : "current-line");
            }
            if (managed.contains(line)) {
                style.add("managed-line");
            }
            area.setParagraphStyle(line - 1, style);
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

    /** The style classes of line {@code line} (1-based), for tests. */
    Collection<String> lineStyle(int line) {
        return area.getParagraph(line - 1).getParagraphStyle();
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
