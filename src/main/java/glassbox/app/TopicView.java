package glassbox.app;

import glassbox.player.view.PlayerViewModel;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/** What the shell needs from a built topic tab. */
public interface TopicView {
    /** The tab content. */
    Node root();

    /** The player the keys drive, or null when the tab has none. */
    PlayerViewModel player();

    /** The node File ▸ Export frame as PNG snapshots (the drawing, not the controls). */
    Node frame();

    /**
     * Asked by another tab (e.g. Database opens the B+Tree tab with a small index), with
     * topic-specific string parameters. Unknown parameters are ignored.
     */
    default void open(Map<String, String> params) {
    }

    /**
     * Offered a Ctrl/Cmd shortcut before the shell uses it (Ctrl+=/− is font size unless, say, the
     * pointer is over a zoomable drawing); true when the tab used it.
     */
    default boolean handleShortcut(KeyEvent e) {
        return false;
    }

    /** Releases what the tab holds (databases, threads) when the window rebuilds or closes. */
    default void dispose() {
    }

    /** Starts the tab's demo (for {@code --demo}); false when the tab has none. */
    default boolean startDemo() {
        return false;
    }
}
