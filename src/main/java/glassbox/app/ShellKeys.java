package glassbox.app;

import glassbox.core.Playback;
import glassbox.core.TopicView;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys that work wherever focus is: F11 full screen and Ctrl+=/Ctrl+− font size always; the
 * player keys (Space, ←/→, PageUp/PageDown, Home/End, +/−) unless a text field has focus.
 */
final class ShellKeys {
    private final MainWindow window;

    ShellKeys(MainWindow window) {
        this.window = window;
    }

    void handle(KeyEvent e) {
        if (e.getCode() == KeyCode.F11) {
            window.toggleFullScreen();
            e.consume();
            return;
        }
        if (e.isShortcutDown()) {
            TopicView v = window.selectedView();
            if (v != null && v.handleShortcut(e)) {
                e.consume();
            } else if (isPlus(e)) {
                window.setFontSize(window.fontSize() + 1);
                e.consume();
            } else if (isMinus(e)) {
                window.setFontSize(window.fontSize() - 1);
                e.consume();
            }
            return;
        }
        if (e.isAltDown() || inTextField(e)) {
            return;
        }
        Playback p = window.activePlayer();
        if (p == null || !p.hasTrace()) {
            return;
        }
        boolean used = true;
        switch (e.getCode()) {
            case SPACE -> p.togglePlay();
            case RIGHT, PAGE_DOWN -> p.forward();
            case LEFT, PAGE_UP -> p.back();
            case HOME -> p.first();
            case END -> p.last();
            default -> {
                if (isPlus(e)) {
                    p.faster();
                } else if (isMinus(e)) {
                    p.slower();
                } else {
                    used = false;
                }
            }
        }
        if (used) {
            e.consume();
        }
    }

    private static boolean isPlus(KeyEvent e) {
        return e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS;
    }

    private static boolean isMinus(KeyEvent e) {
        return e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT;
    }

    private boolean inTextField(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        if (focus == null && window.stage().getScene() != null) {
            focus = window.stage().getScene().getFocusOwner();
        }
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n.getStyleClass().contains("styled-text-area")) {
                return true;
            }
        }
        return false;
    }
}
