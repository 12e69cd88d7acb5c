package glassbox.core;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Nodes kept from one drawing to the next under a key that names what they show. A drawing that is
 * rebuilt at every step asks for each node by key: one drawn last time under that key is handed
 * back as it is, so it keeps its style (a new node is matched against every stylesheet of the
 * scene, which is most of the cost of drawing a step); only what is new is made.
 */
public final class KeptNodes {
    private Map<String, Node> last = new HashMap<>();
    private Map<String, Node> now = new HashMap<>();

    /** Starts a drawing: the nodes of the one before become the ones that may be handed back. */
    public void next() {
        Map<String, Node> swap = last;
        last = now;
        now = swap;
        now.clear();
    }

    /**
     * The node drawn last time under {@code key} if it is a {@code type}, else a new one from
     * {@code make}. The key must name all that {@code make} puts in the node (text, style classes,
     * tooltip); what the caller sets afterwards (place, size, geometry) may differ. A key asked for
     * twice in one drawing gets a node of its own the second time.
     */
    public <T extends Node> T get(String key, Class<T> type, Supplier<T> make) {
        if (now.containsKey(key)) {
            return make.get();
        }
        Node before = last.remove(key);
        T node = type.isInstance(before) ? type.cast(before) : make.get();
        now.put(key, node);
        return node;
    }

    /** Ends a drawing: the nodes of the one before that were not asked for again are let go. */
    public void done() {
        last.clear();
    }
}
