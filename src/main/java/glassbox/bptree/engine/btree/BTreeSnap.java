package glassbox.bptree.engine.btree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable picture of one B-Tree node at one step: keys (each with its value beside it, as in
 * every B-Tree node) and children (empty for a leaf).
 *
 * @param id stable identity across steps
 */
public record BTreeSnap(long id, List<Integer> keys, List<BTreeSnap> children) {
    public BTreeSnap {
        keys = List.copyOf(keys);
        children = List.copyOf(children);
    }

    public boolean leaf() {
        return children.isEmpty();
    }

    /** The CLI's JSON shape: {"keys":[..],"children":[..]}, leaves without children. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keys", keys);
        if (!leaf()) {
            List<Object> kids = new ArrayList<>();
            children.forEach(c -> kids.add(c.toJson()));
            m.put("children", kids);
        }
        return m;
    }

    /** Compact text such as {@code [5]([3 4][6 7])}, for golden files and logs. */
    public String shape() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i > 0 ? " " : "").append(keys.get(i));
        }
        sb.append(']');
        if (!leaf()) {
            sb.append('(');
            children.forEach(c -> sb.append(c.shape()));
            sb.append(')');
        }
        return sb.toString();
    }

    public int height() {
        return leaf() ? 1 : 1 + children.get(0).height();
    }

    public int nodeCount() {
        int n = 1;
        for (BTreeSnap c : children) {
            n += c.nodeCount();
        }
        return n;
    }

    public int keyCount() {
        int n = keys.size();
        for (BTreeSnap c : children) {
            n += c.keyCount();
        }
        return n;
    }

    /** Depth (root 0) of the node holding {@code key}, or -1. */
    public int depthOf(int key) {
        if (keys.contains(key)) {
            return 0;
        }
        for (BTreeSnap c : children) {
            int d = c.depthOf(key);
            if (d >= 0) {
                return d + 1;
            }
        }
        return -1;
    }
}
