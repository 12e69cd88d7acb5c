package glassbox.bptree.engine;

/**
 * One mutable page of a {@link BPlusTree}: sorted keys, and either child pointers (internal) or
 * values plus the {@code next} leaf link (leaf). Arrays hold one spare key so a node can overflow
 * to D keys before it splits, exactly as the USFCA reference does.
 */
final class Node {
    final long id;
    final int[] keys;
    final Node[] kids;
    final int[] vals;
    int n;
    Node next;
    /** Bumped on every change; snapshots are reused while it stays the same. */
    int version;
    NodeSnap snap;
    int snapVersion = -1;

    Node(long id, int order, boolean leaf) {
        this.id = id;
        this.keys = new int[order];
        this.kids = leaf ? null : new Node[order + 1];
        this.vals = leaf ? new int[order] : null;
    }

    boolean leaf() {
        return kids == null;
    }

    void touch() {
        version++;
    }

    /** First index whose key is {@code >= key} (the reference's linear scan, done by bisection). */
    int lowerBound(int key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose key is {@code > key}: where search and delete descend. */
    int upperBound(int key) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    void leafInsertAt(int i, int key, int val) {
        System.arraycopy(keys, i, keys, i + 1, n - i);
        System.arraycopy(vals, i, vals, i + 1, n - i);
        keys[i] = key;
        vals[i] = val;
        n++;
        version++;
    }

    void leafRemoveAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, n - i - 1);
        System.arraycopy(vals, i + 1, vals, i, n - i - 1);
        n--;
        version++;
    }

    /** Internal: puts {@code key} at {@code i} and {@code right} just after it as child {@code i + 1}. */
    void internalInsertAt(int i, int key, Node right) {
        System.arraycopy(keys, i, keys, i + 1, n - i);
        System.arraycopy(kids, i + 1, kids, i + 2, n - i);
        keys[i] = key;
        kids[i + 1] = right;
        n++;
        version++;
    }

    /** Internal: drops key {@code i} and child {@code i + 1}. */
    void internalRemoveAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, n - i - 1);
        System.arraycopy(kids, i + 2, kids, i + 1, n - i - 1);
        kids[n] = null;
        n--;
        version++;
    }

    int minKey() {
        Node x = this;
        while (!x.leaf()) {
            x = x.kids[0];
        }
        return x.keys[0];
    }
}
