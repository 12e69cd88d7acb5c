package glassbox.bptree.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable picture of one node at one step. Unchanged subtrees are shared between steps, so a
 * long trace costs little more than the nodes each step changed.
 *
 * @param id       stable identity of the node across steps (for animation)
 * @param keys     the keys, ascending
 * @param children the children, empty for a leaf
 * @param next     id of the next leaf, or -1 (leaves only)
 */
public record NodeSnap(long id, List<Integer> keys, List<NodeSnap> children, long next) {
    public NodeSnap {
        keys = List.copyOf(keys);
        children = List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    public int size() {
        return keys.size();
    }

    /** The USFCA-style JSON shape: {"keys":[..],"children":[..]}, leaves without children. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keys", keys);
        if (!leaf()) {
            List<Object> kids = new ArrayList<>(children.size());
            for (NodeSnap c : children) {
                kids.add(c.toJson());
            }
            m.put("children", kids);
        }
        return m;
    }

    /** The node with id {@code nodeId} in this subtree, or null. */
    public NodeSnap find(long nodeId) {
        if (id == nodeId) {
            return this;
        }
        for (NodeSnap c : children) {
            NodeSnap f = c.find(nodeId);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Compact text such as {@code [5]([3 4][5 6])}, for tests and logs. */
    public String shape() {
        StringBuilder sb = new StringBuilder();
        shape(sb);
        return sb.toString();
    }

    private void shape(StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(keys.get(i));
        }
        sb.append(']');
        if (!leaf()) {
            sb.append('(');
            children.forEach(c -> c.shape(sb));
            sb.append(')');
        }
    }

    static NodeSnap of(Node node, List<NodeSnap> kids) {
        Integer[] ks = new Integer[node.n];
        for (int i = 0; i < node.n; i++) {
            ks[i] = node.keys[i];
        }
        return new NodeSnap(node.id, List.of(ks), kids,
                node.leaf() && node.next != null ? node.next.id : -1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeSnap s && s.id == id && s.next == next && s.keys.equals(keys)
                && s.children.equals(children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, keys, children.size());
    }
}
