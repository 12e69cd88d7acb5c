package glassbox.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/** What the shell needs from a built topic tab. */
public interface TopicView {
    /** The tab content. */
    Node root();

    /** The player the keys drive, or null when the tab has none. */
    Playback player();

    /** The node File ▸ Export frame as PNG snapshots (the drawing, not the controls). */
    Node frame();

    /**
     * Asked by another tab (e.g. Database opens the B+Tree tab with a small index), with
     * topic-specific string parameters. Unknown parameters are ignored.
     */
    default void open(Map<String, String> params) {
    }

    /**
     * The tab's current input as a scene's {@code input} object, or empty when the tab has nothing
     * to describe. {@code applyScene(scene().get())} must rebuild the same input.
     */
    default Optional<ObjectNode> scene() {
        return Optional.empty();
    }

    /**
     * Rebuilds the tab from a scene's input and runs it (the trace starts at step 0). A scene the
     * tab refuses throws, naming the field, and leaves the tab as it was.
     */
    default void applyScene(ObjectNode input) throws SceneProblem {
        throw new SceneProblem("tab", "this tab cannot be rebuilt from a scene");
    }

    /** Undo and redo of the tab's input edits, or null when the tab has none. */
    default Undoable undoable() {
        return null;
    }

    /**
     * Offered a Ctrl/Cmd shortcut before the shell uses it (Ctrl+=/− is font size unless, say, the
     * pointer is over a zoomable drawing); true when the tab used it.
     */
    default boolean handleShortcut(KeyEvent e) {
        return false;
    }

    /**
     * Hides (or shows again) the tab's outcome panels (result cards, charts, totals) while the
     * lecturer's class predicts what the next step does. Tabs without outcome panels ignore it.
     *
     * @return true when the tab has outcome panels that it hid or showed
     */
    default boolean setOutcomeHidden(boolean hidden) {
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
