package glassbox.bptree.engine;

import java.util.ArrayList;
import java.util.List;

/** Checks every B+Tree invariant on a tree's public picture; returns the first problem or null. */
final class Invariants {
    private Invariants() {
    }

    static String check(BPlusTree t) {
        NodeSnap root = t.snapshot();
        if (root == null) {
            return t.size() == 0 && t.leaves().isEmpty() ? null : "empty root but size " + t.size();
        }
        List<Integer> inOrder = new ArrayList<>();
        int[] leafDepth = {-1};
        String p = node(t, root, true, Long.MIN_VALUE, Long.MAX_VALUE, 0, leafDepth, inOrder);
        if (p != null) {
            return p;
        }
        if (inOrder.size() != t.size()) {
            return "size " + t.size() + " but " + inOrder.size() + " keys in leaves";
        }
        List<Integer> chain = new ArrayList<>();
        t.leaves().forEach(chain::addAll);
        if (!chain.equals(inOrder)) {
            return "leaf chain " + chain + " differs from leaves in order " + inOrder;
        }
        for (int i = 1; i < chain.size(); i++) {
            if (chain.get(i) <= chain.get(i - 1)) {
                return "leaf chain not strictly ascending at " + i;
            }
        }
        return null;
    }

    private static String node(BPlusTree t, NodeSnap s, boolean isRoot, long lo, long hi, int depth,
                               int[] leafDepth, List<Integer> inOrder) {
        int n = s.size();
        if (n > t.maxKeys()) {
            return "node " + s.keys() + " has more than " + t.maxKeys() + " keys";
        }
        if (!isRoot && n < t.minKeys()) {
            return "node " + s.keys() + " has fewer than " + t.minKeys() + " keys";
        }
        if (isRoot && n == 0) {
            return "root has no keys";
        }
        for (int i = 0; i < n; i++) {
            int k = s.keys().get(i);
            if (i > 0 && k <= s.keys().get(i - 1)) {
                return "keys out of order in " + s.keys();
            }
            if (k < lo || k >= hi) {
                return "key " + k + " of " + s.keys() + " outside [" + lo + ", " + hi + ")";
            }
        }
        if (s.leaf()) {
            if (leafDepth[0] < 0) {
                leafDepth[0] = depth;
            } else if (leafDepth[0] != depth) {
                return "leaves at depths " + leafDepth[0] + " and " + depth;
            }
            inOrder.addAll(s.keys());
            return null;
        }
        if (s.children().size() != n + 1) {
            return "internal " + s.keys() + " has " + s.children().size() + " children";
        }
        for (int i = 0; i <= n; i++) {
            long clo = i == 0 ? lo : s.keys().get(i - 1);
            long chi = i == n ? hi : s.keys().get(i);
            String p = node(t, s.children().get(i), false, clo, chi, depth + 1, leafDepth, inOrder);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
