package glassbox.app;

import glassbox.core.Playback;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that work wherever focus is: F11 full screen, F5 presenter view, Ctrl+=/Ctrl+− font size
 * always; the player keys (Space, ←/→, PageUp/PageDown, Home/End, +/−, N/P, Ctrl+←/→, B, Q) and
 * Ctrl+Z/Ctrl+Y unless a text field is being typed in. Enter or Esc in a one-line field (Esc in a
 * multi-line editor) lets the field commit or revert, then hands focus back to the tab so a
 * clicker works again.
 */
final class ShellKeys {
    private final MainWindow window;

    ShellKeys(MainWindow window) {
        this.window = window;
    }

    void handle(KeyEvent e) {
        Lecture lecture = window.lecture();
        if (e.getCode() == KeyCode.F11) {
            window.toggleFullScreen();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.F5) {
            lecture.setPresenting(!lecture.presenting());
            e.consume();
            return;
        }
        Node editor = textEditor(e);
        if (editor != null) {
            handOffFocus(e, editor);
        }
        if (e.isShortcutDown()) {
            shortcut(e, editor != null);
            return;
        }
        if (e.isAltDown() || editor != null) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            if (lecture.escape()) {
                e.consume();
            }
            return;
        }
        if (lectureKey(e, lecture)) {
            e.consume();
            return;
        }
        Playback p = window.activePlayer();
        if (p != null && p.hasTrace() && playerKey(e, p, lecture)) {
            e.consume();
        }
    }

    /** After Enter (one-line fields) or Esc, the field handles the key first, then focus leaves. */
    private void handOffFocus(KeyEvent e, Node editor) {
        boolean enter = e.getCode() == KeyCode.ENTER && editor instanceof TextField;
        if (enter || e.getCode() == KeyCode.ESCAPE) {
            Platform.runLater(window::focusContent);
        }
    }

    private void shortcut(KeyEvent e, boolean inEditor) {
        TopicView v = window.selectedView();
        Playback p = window.activePlayer();
        if (v != null && v.handleShortcut(e)) {
            e.consume();
        } else if (isPlus(e)) {
            window.setFontSize(window.fontSize() + 1);
            e.consume();
        } else if (isMinus(e)) {
            window.setFontSize(window.fontSize() - 1);
            e.consume();
        } else if (inEditor) {
            return; // a field's own Ctrl+Z, Ctrl+← …
        } else if (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y) {
            if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
                window.undo();
            } else {
                window.redo();
            }
            e.consume();
        } else if (p != null && p.hasTrace() && e.getCode() == KeyCode.RIGHT) {
            window.lecture().nextMarked();
            e.consume();
        } else if (p != null && p.hasTrace() && e.getCode() == KeyCode.LEFT) {
            window.lecture().previousMarked();
            e.consume();
        }
    }

    private static boolean lectureKey(KeyEvent e, Lecture lecture) {
        switch (e.getCode()) {
            case B -> lecture.setBlanked(!lecture.blanked());
            case Q -> lecture.setPredict(!lecture.predict());
            case PAGE_DOWN -> lecture.pageDown();
            case PAGE_UP -> lecture.pageUp();
            case ENTER -> {
                if (!lecture.asking()) {
                    return false;
                }
                lecture.reveal();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean playerKey(KeyEvent e, Playback p, Lecture lecture) {
        switch (e.getCode()) {
            case SPACE -> p.togglePlay();
            case RIGHT -> lecture.forward();
            case LEFT -> {
                if (lecture.asking()) {
                    lecture.pageUp();
                } else {
                    p.back();
                }
            }
            case HOME -> p.first();
            case END -> p.last();
            case N -> lecture.nextMarked();
            case P -> lecture.previousMarked();
            default -> {
                if (isPlus(e)) {
                    p.faster();
                } else if (isMinus(e)) {
                    p.slower();
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPlus(KeyEvent e) {
        return e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS;
    }

    private static boolean isMinus(KeyEvent e) {
        return e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT;
    }

    /** The text field or editor being typed in, or null. */
    private Node textEditor(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        if (focus == null && window.stage().getScene() != null) {
            focus = window.stage().getScene().getFocusOwner();
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n.getStyleClass().contains("styled-text-area")) {
                return n;
            }
        }
        return null;
    }
}
