package glassbox.bptree.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The state one step shows: the order, the whole tree (null when empty; subtrees shared with
 * neighbouring steps), the partly built subtrees of a bulk load (usually empty), what the step did,
 * and the keys a range scan has collected so far.
 */
public record BptreeFrame(int order, NodeSnap root, List<NodeSnap> pending, StepEvent event, List<Integer> output) {
    public BptreeFrame {
        pending = List.copyOf(pending);
        output = List.copyOf(output);
    }

    /** A frame showing just a tree. */
    public static BptreeFrame of(int order, NodeSnap root) {
        return new BptreeFrame(order, root, List.of(), null, List.of());
    }

    /** The subtrees to draw side by side: the root, or the bulk load's partial levels. */
    public List<NodeSnap> forest() {
        if (root != null) {
            return List.of(root);
        }
        return pending;
    }

    public int keyCount() {
        int c = 0;
        for (NodeSnap s : forest()) {
            c += count(s);
        }
        return c;
    }

    /** Keys of the leaves from left to right (the leaf chain of a well-formed tree). */
    public List<List<Integer>> leafKeys() {
        List<List<Integer>> out = new ArrayList<>();
        for (NodeSnap s : forest()) {
            leaves(s, out);
        }
        return out;
    }

    private static void leaves(NodeSnap s, List<List<Integer>> out) {
        if (s.leaf()) {
            out.add(s.keys());
        } else {
            s.children().forEach(c -> leaves(c, out));
        }
    }

    private static int count(NodeSnap s) {
        if (s.leaf()) {
            return s.size();
        }
        int c = 0;
        for (NodeSnap k : s.children()) {
            c += count(k);
        }
        return c;
    }
}
