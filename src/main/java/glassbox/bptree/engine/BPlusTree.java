package glassbox.bptree.engine;

import static glassbox.bptree.engine.Recorder.args;

import glassbox.bptree.engine.StepEvent.BorrowLeft;
import glassbox.bptree.engine.StepEvent.BorrowRight;
import glassbox.bptree.engine.StepEvent.BulkNode;
import glassbox.bptree.engine.StepEvent.Compare;
import glassbox.bptree.engine.StepEvent.Descend;
import glassbox.bptree.engine.StepEvent.Done;
import glassbox.bptree.engine.StepEvent.Found;
import glassbox.bptree.engine.StepEvent.InternalSplit;
import glassbox.bptree.engine.StepEvent.LeafSplit;
import glassbox.bptree.engine.StepEvent.Merge;
import glassbox.bptree.engine.StepEvent.NewRoot;
import glassbox.bptree.engine.StepEvent.Overflow;
import glassbox.bptree.engine.StepEvent.Place;
import glassbox.bptree.engine.StepEvent.RangeWalk;
import glassbox.bptree.engine.StepEvent.Refuse;
import glassbox.bptree.engine.StepEvent.Remove;
import glassbox.bptree.engine.StepEvent.RootShrink;
import glassbox.bptree.engine.StepEvent.SeparatorReplace;
import glassbox.bptree.engine.StepEvent.Start;
import glassbox.bptree.engine.StepEvent.Underflow;
import glassbox.bptree.engine.CodeLines.Bulk;
import glassbox.bptree.engine.CodeLines.Delete;
import glassbox.bptree.engine.CodeLines.Insert;
import glassbox.bptree.engine.CodeLines.Range;
import glassbox.bptree.engine.CodeLines.Search;
import glassbox.player.Highlight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A B+Tree of unique int keys (with int values) that builds exactly the trees of the USFCA
 * visualization (D. Galles, {@code BPlusTree.js}): order D = most children, splits at D keys, the
 * same split points, separator fixes, borrow and merge order. With tracing off it is a plain fast
 * index; the {@code trace…} methods run the same code and record every step for the player.
 */
public final class BPlusTree {
    public static final int MIN_ORDER = 3;
    public static final int MAX_ORDER = 1024;

    private final int order;
    private final int maxKeys;
    private final int minKeys;
    private final int splitIndex;
    private Node root;
    private int size;
    private long nextId = 1;
    private Node[] path = new Node[48];
    private int[] pathIdx = new int[48];
    private Recorder rec;
    private List<Node> staging = List.of();

    public BPlusTree(int order) {
        if (order < MIN_ORDER || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be in " + MIN_ORDER + ".." + MAX_ORDER + ": " + order);
        }
        this.order = order;
        this.maxKeys = order - 1;
        this.minKeys = (order + 1) / 2 - 1;
        this.splitIndex = order / 2;
    }

    public int order() {
        return order;
    }

    /** At least ⌈D/2⌉−1 keys in every node but the root. */
    public int minKeys() {
        return minKeys;
    }

    public int maxKeys() {
        return maxKeys;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return root == null;
    }

    public void clear() {
        root = null;
        size = 0;
    }

    // ------------------------------------------------------------------ queries

    public boolean contains(int key) {
        return find(key) != null;
    }

    /** The value stored under {@code key}, or {@code absent}. */
    public int get(int key, int absent) {
        Node x = root;
        if (x == null) {
            return absent;
        }
        while (x.kids != null) {
            x = x.kids[x.upperBound(key)];
        }
        int i = x.lowerBound(key);
        return i < x.n && x.keys[i] == key ? x.vals[i] : absent;
    }

    private Node find(int key) {
        Node x = root;
        if (x == null) {
            return null;
        }
        while (x.kids != null) {
            x = x.kids[x.upperBound(key)];
        }
        int i = x.lowerBound(key);
        return i < x.n && x.keys[i] == key ? x : null;
    }

    /** Calls {@code sink} for every key a ≤ k ≤ b in order; returns how many there were. */
    public int forEachInRange(int a, int b, KeyValueConsumer sink) {
        Node x = root;
        if (x == null) {
            return 0;
        }
        while (x.kids != null) {
            x = x.kids[x.upperBound(a)];
        }
        int count = 0;
        int j = x.lowerBound(a);
        while (x != null) {
            int[] ks = x.keys;
            for (; j < x.n; j++) {
                int k = ks[j];
                if (k > b) {
                    return count;
                }
                sink.accept(k, x.vals[j]);
                count++;
            }
            if (x.n > 0 && ks[x.n - 1] >= b) {
                return count;
            }
            x = x.next;
            j = 0;
        }
        return count;
    }

    // ------------------------------------------------------------------ traced operations

    public Traced<Boolean> traceInsert(int key) {
        return traced(Operation.INSERT, () -> insert(key));
    }

    public Traced<Boolean> traceDelete(int key) {
        return traced(Operation.DELETE, () -> delete(key));
    }

    public Traced<SearchResult> traceSearch(int key) {
        return traced(Operation.SEARCH, () -> search(key));
    }

    public Traced<RangeResult> traceRange(int a, int b) {
        return traced(Operation.RANGE, () -> range(a, b));
    }

    /** Bulk-loads (see {@link #bulkLoad(int[])}) recording a step per node built. */
    public Traced<Integer> traceBulkLoad(int[] sortedKeys) {
        return traced(Operation.BULK_LOAD, () -> {
            bulkLoad(sortedKeys);
            return size;
        });
    }

    /** Whether the tree is recording steps now. */
    public boolean tracing() {
        return rec != null;
    }

    private <R> Traced<R> traced(Operation op, Supplier<R> body) {
        if (rec != null) {
            throw new IllegalStateException("already tracing");
        }
        rec = new Recorder(this, op.codeKey(), false);
        try {
            R result = body.get();
            return new Traced<>(result, rec.build());
        } finally {
            rec = null;
            staging = List.of();
        }
    }

    /**
     * Runs {@code body} (operations on this tree) counting the steps a trace would have, without
     * taking any pictures; returns the count.
     */
    public int countSteps(Runnable body) {
        if (rec != null) {
            throw new IllegalStateException("already tracing");
        }
        rec = new Recorder(this, null, true);
        try {
            body.run();
            return rec.count();
        } finally {
            rec = null;
            staging = List.of();
        }
    }

    private void emit(StepEvent e, int line, String key, Object[] args, Highlight... highlights) {
        rec.emit(e, line, key, args, highlights);
    }

    // ------------------------------------------------------------------ insert

    /** Inserts {@code key} with itself as value; false (and no change) when it is already there. */
    public boolean insert(int key) {
        return put(key, key);
    }

    /** Inserts {@code key → value}; false (and no change) when the key is already there. */
    public boolean put(int key, int value) {
        if (rec != null) {
            emit(new Start(Operation.INSERT, key, 0), Insert.START, "bptree.n.insert.start", args(key));
        }
        if (root == null) {
            root = newNode(true);
            root.leafInsertAt(0, key, value);
            size = 1;
            if (rec != null) {
                emit(new Place(root.id, 0, key), Insert.EMPTY_ROOT, "bptree.n.insert.emptyRoot", args(key),
                        Highlights.node(root.id), Highlights.key(root.id, 0));
            }
            return true;
        }
        Node x = root;
        int depth = 0;
        while (x.kids != null) {
            int i = x.lowerBound(key);
            if (i < x.n && x.keys[i] == key && contains(key)) {
                return refuseDuplicate(x, key);
            }
            if (rec != null) {
                emitDescend(x, key, i, false, Insert.DESCEND);
            }
            push(depth++, x, i);
            x = x.kids[i];
        }
        int pos = x.lowerBound(key);
        if (pos < x.n && x.keys[pos] == key) {
            return refuseDuplicate(x, key);
        }
        x.leafInsertAt(pos, key, value);
        size++;
        if (rec != null) {
            emit(new Place(x.id, pos, key), Insert.PLACE, "bptree.n.insert.place", args(key, keyList(x)),
                    Highlights.node(x.id), Highlights.key(x.id, pos));
        }
        if (x.n > maxKeys) {
            splitUp(x, depth);
        }
        if (rec != null) {
            emit(new Done(Operation.INSERT, true), Insert.DONE, "bptree.n.insert.done", args(key));
        }
        return true;
    }

    private boolean refuseDuplicate(Node x, int key) {
        if (rec != null) {
            emit(new Refuse(x.id, key, true), Insert.DUPLICATE, "bptree.n.insert.duplicate", args(key), Highlights.node(x.id));
        }
        return false;
    }

    private void splitUp(Node x, int depth) {
        while (x.n > maxKeys) {
            if (rec != null) {
                emit(new Overflow(x.id, x.n), Insert.OVERFLOW, "bptree.n.overflow", args(keyList(x), order), Highlights.node(x.id));
            }
            int rising = x.keys[splitIndex];
            Node right = split(x);
            Node parent;
            if (depth == 0) {
                parent = newNode(false);
                parent.keys[0] = rising;
                parent.kids[0] = x;
                parent.kids[1] = right;
                parent.n = 1;
                root = parent;
            } else {
                parent = path[depth - 1];
                parent.internalInsertAt(pathIdx[depth - 1], rising, right);
            }
            if (rec != null) {
                emitSplit(x, right, parent, rising);
                if (depth == 0) {
                    emit(new NewRoot(parent.id, rising), Insert.NEW_ROOT, "bptree.n.newRoot", args(rising),
                            Highlights.node(parent.id));
                }
            }
            if (depth == 0) {
                return;
            }
            x = parent;
            depth--;
        }
    }

    /** Splits {@code x} at ⌊D/2⌋: the left keeps ⌊D/2⌋ keys; returns the new right node. */
    private Node split(Node x) {
        Node right = newNode(x.leaf());
        if (x.leaf()) {
            int rn = x.n - splitIndex;
            System.arraycopy(x.keys, splitIndex, right.keys, 0, rn);
            System.arraycopy(x.vals, splitIndex, right.vals, 0, rn);
            right.n = rn;
            right.next = x.next;
            x.next = right;
        } else {
            int rn = x.n - splitIndex - 1;
            System.arraycopy(x.keys, splitIndex + 1, right.keys, 0, rn);
            System.arraycopy(x.kids, splitIndex + 1, right.kids, 0, rn + 1);
            Arrays.fill(x.kids, splitIndex + 1, x.n + 1, null);
            right.n = rn;
        }
        x.n = splitIndex;
        x.touch();
        right.touch();
        return right;
    }

    private void emitSplit(Node left, Node right, Node parent, int rising) {
        int at = parent.lowerBound(rising);
        Highlight[] hl = {Highlights.node(left.id), Highlights.node(right.id), Highlights.key(parent.id, at)};
        if (left.leaf()) {
            emit(new LeafSplit(left.id, right.id, parent.id, rising), Insert.LEAF_SPLIT, "bptree.n.leafSplit",
                    args(keyList(left), keyList(right), rising), hl);
        } else {
            emit(new InternalSplit(left.id, right.id, parent.id, rising), Insert.INTERNAL_SPLIT, "bptree.n.internalSplit",
                    args(keyList(left), keyList(right), rising), hl);
        }
    }

    // ------------------------------------------------------------------ delete

    /** Deletes {@code key}; false (and no change) when it is not there. */
    public boolean delete(int key) {
        if (rec != null) {
            emit(new Start(Operation.DELETE, key, 0), Delete.START, "bptree.n.delete.start", args(key));
        }
        if (root == null) {
            if (rec != null) {
                emit(new Refuse(-1, key, false), Delete.FIND_IN_LEAF, "bptree.n.delete.empty", args(key));
            }
            return false;
        }
        Node x = root;
        int depth = 0;
        while (x.kids != null) {
            int i = x.upperBound(key);
            if (rec != null) {
                emitDescend(x, key, i, true, Delete.DESCEND);
            }
            push(depth++, x, i);
            x = x.kids[i];
        }
        int i = x.lowerBound(key);
        if (i == x.n || x.keys[i] != key) {
            if (rec != null) {
                emit(new Refuse(x.id, key, false), Delete.FIND_IN_LEAF, "bptree.n.delete.absent", args(key), Highlights.node(x.id));
            }
            return false;
        }
        if (rec != null) {
            emit(new Compare(x.id, key, i), Delete.FIND_IN_LEAF, "bptree.n.delete.inLeaf", args(key),
                    Highlights.node(x.id), Highlights.key(x.id, i));
        }
        x.leafRemoveAt(i);
        size--;
        if (rec != null) {
            emit(new Remove(x.id, i, key), Delete.REMOVE, "bptree.n.delete.remove", args(key, keyList(x)), Highlights.node(x.id));
        }
        if (i == 0 && depth > 0) {
            replaceSeparators(x, depth, key);
        }
        repair(x, depth);
        if (root != null && root.n == 0) {
            shrinkRoot();
        }
        if (rec != null) {
            emit(new Done(Operation.DELETE, true), Delete.DONE, "bptree.n.delete.done", args(key));
        }
        return true;
    }

    /**
     * The leaf lost its smallest key {@code gone}: every ancestor separator equal to it becomes the
     * leaf's new smallest key, or the right sibling's first key when the leaf is now empty. (An
     * empty last child has no such key; the repair that follows overwrites or drops that separator.)
     */
    private void replaceSeparators(Node leaf, int depth, int gone) {
        Node parent = path[depth - 1];
        int pIdx = pathIdx[depth - 1];
        boolean known = true;
        int smallest;
        if (leaf.n > 0) {
            smallest = leaf.keys[0];
        } else if (pIdx < parent.n) {
            smallest = parent.kids[pIdx + 1].keys[0];
        } else {
            known = false;
            smallest = 0;
        }
        for (int d = depth - 1; d >= 0; d--) {
            Node p = path[d];
            int ci = pathIdx[d];
            if (ci > 0 && p.keys[ci - 1] == gone) {
                if (known) {
                    p.keys[ci - 1] = smallest;
                    p.touch();
                    if (rec != null) {
                        emit(new SeparatorReplace(p.id, ci - 1, gone, smallest), Delete.FIX_SEPARATOR, "bptree.n.separator",
                                args(gone, smallest), Highlights.node(p.id), Highlights.key(p.id, ci - 1));
                    }
                } else if (rec != null) {
                    emit(new SeparatorReplace(p.id, ci - 1, gone, gone), Delete.FIX_SEPARATOR, "bptree.n.separator.later",
                            args(gone), Highlights.node(p.id), Highlights.key(p.id, ci - 1));
                }
            }
        }
    }

    private void repair(Node x, int depth) {
        while (x.n < minKeys) {
            if (depth == 0) {
                if (x.n == 0) {
                    shrinkRoot();
                }
                return;
            }
            Node parent = path[depth - 1];
            int pi = pathIdx[depth - 1];
            if (rec != null) {
                emit(new StepEvent.Underflow(x.id, x.n, minKeys), Delete.UNDERFLOW, "bptree.n.underflow",
                        args(keyList(x), x.n, minKeys), Highlights.node(x.id));
            }
            if (pi > 0 && parent.kids[pi - 1].n > minKeys) {
                borrowLeft(x, parent, pi);
                return;
            }
            if (pi < parent.n && parent.kids[pi + 1].n > minKeys) {
                borrowRight(x, parent, pi);
                return;
            }
            if (pi == 0) {
                merge(x, parent, 0, Delete.MERGE_RIGHT_INTO_FIRST);
            } else {
                merge(parent.kids[pi - 1], parent, pi - 1, Delete.MERGE_INTO_LEFT);
            }
            x = parent;
            depth--;
        }
    }

    private void shrinkRoot() {
        Node old = root;
        root = old.leaf() ? null : old.kids[0];
        if (rec != null) {
            if (root == null) {
                emit(new RootShrink(old.id, -1), Delete.ROOT_SHRINK, "bptree.n.rootGone", args());
            } else {
                emit(new RootShrink(old.id, root.id), Delete.ROOT_SHRINK, "bptree.n.rootShrink", args(), Highlights.node(root.id));
            }
        }
    }

    private void borrowLeft(Node x, Node parent, int pi) {
        Node left = parent.kids[pi - 1];
        int moved;
        if (x.leaf()) {
            moved = left.keys[left.n - 1];
            int v = left.vals[left.n - 1];
            left.leafRemoveAt(left.n - 1);
            x.leafInsertAt(0, moved, v);
            parent.keys[pi - 1] = moved;
        } else {
            moved = parent.keys[pi - 1];
            System.arraycopy(x.keys, 0, x.keys, 1, x.n);
            System.arraycopy(x.kids, 0, x.kids, 1, x.n + 1);
            x.keys[0] = moved;
            x.kids[0] = left.kids[left.n];
            x.n++;
            parent.keys[pi - 1] = left.keys[left.n - 1];
            left.kids[left.n] = null;
            left.n--;
        }
        x.touch();
        left.touch();
        parent.touch();
        if (rec != null) {
            int sep = parent.keys[pi - 1];
            emit(new BorrowLeft(x.id, left.id, parent.id, moved, sep), Delete.BORROW_LEFT,
                    x.leaf() ? "bptree.n.borrowLeft.leaf" : "bptree.n.borrowLeft.internal", args(moved, sep),
                    Highlights.node(x.id), Highlights.node(left.id), Highlights.key(parent.id, pi - 1),
                    Highlights.key(x.id, 0));
        }
    }

    private void borrowRight(Node x, Node parent, int pi) {
        Node right = parent.kids[pi + 1];
        int moved;
        if (x.leaf()) {
            moved = right.keys[0];
            x.keys[x.n] = moved;
            x.vals[x.n] = right.vals[0];
            x.n++;
            right.leafRemoveAt(0);
            parent.keys[pi] = right.keys[0];
        } else {
            moved = parent.keys[pi];
            x.keys[x.n] = moved;
            x.kids[x.n + 1] = right.kids[0];
            x.n++;
            parent.keys[pi] = right.keys[0];
            System.arraycopy(right.keys, 1, right.keys, 0, right.n - 1);
            System.arraycopy(right.kids, 1, right.kids, 0, right.n);
            right.kids[right.n] = null;
            right.n--;
        }
        x.touch();
        right.touch();
        parent.touch();
        if (rec != null) {
            int sep = parent.keys[pi];
            emit(new BorrowRight(x.id, right.id, parent.id, moved, sep), Delete.BORROW_RIGHT,
                    x.leaf() ? "bptree.n.borrowRight.leaf" : "bptree.n.borrowRight.internal", args(moved, sep),
                    Highlights.node(x.id), Highlights.node(right.id), Highlights.key(parent.id, pi),
                    Highlights.key(x.id, x.n - 1));
        }
    }

    /** Merges child {@code li + 1} of {@code parent} into child {@code li} ({@code left}). */
    private void merge(Node left, Node parent, int li, int line) {
        Node right = parent.kids[li + 1];
        int sep = parent.keys[li];
        if (left.leaf()) {
            System.arraycopy(right.keys, 0, left.keys, left.n, right.n);
            System.arraycopy(right.vals, 0, left.vals, left.n, right.n);
            left.n += right.n;
            left.next = right.next;
        } else {
            left.keys[left.n] = sep;
            System.arraycopy(right.keys, 0, left.keys, left.n + 1, right.n);
            System.arraycopy(right.kids, 0, left.kids, left.n + 1, right.n + 1);
            left.n += right.n + 1;
        }
        left.touch();
        parent.internalRemoveAt(li);
        if (rec != null) {
            emit(new Merge(left.id, right.id, parent.id, sep, left.leaf()), line,
                    left.leaf() ? "bptree.n.merge.leaf" : "bptree.n.merge.internal",
                    args(keyList(left), sep), Highlights.node(left.id), Highlights.node(parent.id));
        }
    }

    // ------------------------------------------------------------------ search and range

    /** Looks {@code key} up, remembering the key lists of the nodes visited. */
    public SearchResult search(int key) {
        if (rec != null) {
            emit(new Start(Operation.SEARCH, key, 0), Search.START, "bptree.n.search.start", args(key));
        }
        List<List<Integer>> visited = new ArrayList<>();
        if (root == null) {
            if (rec != null) {
                emit(new Found(-1, -1, key, false), Search.FOUND, "bptree.n.search.empty", args(key));
            }
            return new SearchResult(false, visited);
        }
        Node x = root;
        while (x.kids != null) {
            visited.add(keyList(x));
            int i = x.upperBound(key);
            if (rec != null) {
                emitDescend(x, key, i, true, Search.DESCEND);
            }
            x = x.kids[i];
        }
        visited.add(keyList(x));
        int i = x.lowerBound(key);
        boolean found = i < x.n && x.keys[i] == key;
        if (rec != null) {
            if (found) {
                emit(new Found(x.id, i, key, true), Search.FOUND, "bptree.n.search.found", args(key),
                        Highlights.node(x.id), Highlights.key(x.id, i));
            } else {
                emit(new Found(x.id, -1, key, false), Search.FOUND, "bptree.n.search.missing", args(key, keyList(x)),
                        Highlights.node(x.id));
            }
        }
        return new SearchResult(found, visited);
    }

    /** The keys a ≤ k ≤ b: descend to a's leaf, then follow the {@code next} links. */
    public RangeResult range(int a, int b) {
        if (rec != null) {
            emit(new Start(Operation.RANGE, a, b), Range.START, "bptree.n.range.start", args(a, b));
        }
        List<Integer> out = new ArrayList<>();
        if (root == null) {
            if (rec != null) {
                emit(new RangeWalk(-1, -1, a, false, 0), Range.DONE, "bptree.n.range.empty", args());
            }
            return new RangeResult(out, 0);
        }
        Node x = root;
        while (x.kids != null) {
            int i = x.upperBound(a);
            if (rec != null) {
                emitDescend(x, a, i, true, Range.DESCEND);
            }
            x = x.kids[i];
        }
        int visited = 0;
        while (x != null) {
            visited++;
            if (scanLeaf(x, a, b, visited, out) || x.n > 0 && x.keys[x.n - 1] >= b || x.next == null) {
                break;
            }
            if (rec != null) {
                emit(new RangeWalk(x.id, -1, b, false, visited), Range.NEXT_LEAF, "bptree.n.range.next", args(),
                        Highlights.node(x.id), Highlights.link(x.id));
            }
            x = x.next;
        }
        if (rec != null) {
            emit(new Done(Operation.RANGE, true), Range.DONE, "bptree.n.range.end", args(out.size(), visited));
        }
        return new RangeResult(out, visited);
    }

    /** Reads leaf {@code x} key by key into {@code out}; true when a key past {@code b} ends the scan. */
    private boolean scanLeaf(Node x, int a, int b, int visited, List<Integer> out) {
        for (int j = 0; j < x.n; j++) {
            int k = x.keys[j];
            if (k > b) {
                if (rec != null) {
                    emit(new RangeWalk(x.id, j, k, false, visited), Range.STOP, "bptree.n.range.stop", args(k, b),
                            Highlights.node(x.id), Highlights.key(x.id, j));
                }
                return true;
            }
            if (k >= a) {
                out.add(k);
                if (rec != null) {
                    rec.output(k);
                    emit(new RangeWalk(x.id, j, k, true, visited), Range.TAKE, "bptree.n.range.take", args(k),
                            Highlights.node(x.id), Highlights.key(x.id, j));
                }
            } else if (rec != null) {
                emit(new RangeWalk(x.id, j, k, false, visited), Range.SKIP, "bptree.n.range.skip", args(k, a),
                        Highlights.node(x.id), Highlights.key(x.id, j));
            }
        }
        return false;
    }

    private void emitDescend(Node x, int key, int i, boolean rightOnEqual, int line) {
        String nk;
        int shown;
        if (rightOnEqual && i > 0 && x.keys[i - 1] == key) {
            nk = "bptree.n.descend.equal";
            shown = key;
        } else if (i < x.n) {
            nk = "bptree.n.descend.left";
            shown = x.keys[i];
        } else {
            nk = "bptree.n.descend.last";
            shown = x.keys[x.n - 1];
        }
        emit(new Descend(x.id, key, i), line, nk, args(key, keyList(x), shown),
                Highlights.node(x.id), Highlights.edge(x.id, i));
    }

    // ------------------------------------------------------------------ bulk load

    /**
     * Replaces the content with {@code sortedKeys} (strictly ascending), built bottom-up as a
     * database builds an index: ⌈n/(D−1)⌉ leaves filled evenly and linked, then each level grouped
     * under parents of at most D children, the separators being the smallest key under each child
     * but the first. Every node keeps at least the minimum, so later operations work as usual.
     */
    public void bulkLoad(int[] sortedKeys) {
        for (int i = 1; i < sortedKeys.length; i++) {
            if (sortedKeys[i] <= sortedKeys[i - 1]) {
                throw new IllegalArgumentException("keys must be strictly ascending at index " + i);
            }
        }
        clear();
        int n = sortedKeys.length;
        if (rec != null) {
            emit(new Start(Operation.BULK_LOAD, n, 0), Bulk.START, "bptree.n.bulk.start", args(n));
        }
        if (n == 0) {
            return;
        }
        boolean fine = rec != null && n <= 400;
        List<Node> level = buildLeaves(sortedKeys, fine);
        int height = 1;
        while (level.size() > 1) {
            level = buildLevel(level, height, fine);
            height++;
        }
        staging = List.of();
        root = level.get(0);
        size = n;
        if (rec != null) {
            emit(new Done(Operation.BULK_LOAD, true), Bulk.DONE, "bptree.n.bulk.done", args(n, height),
                    Highlights.node(root.id));
        }
    }

    /** Cuts the keys into ⌈n/(D−1)⌉ evenly filled, linked leaves. */
    private List<Node> buildLeaves(int[] sortedKeys, boolean fine) {
        int n = sortedKeys.length;
        int leafCount = (n + maxKeys - 1) / maxKeys;
        List<Node> level = new ArrayList<>(leafCount);
        staging = level;
        int at = 0;
        Node prev = null;
        for (int j = 0; j < leafCount; j++) {
            int take = n / leafCount + (j < n % leafCount ? 1 : 0);
            Node leaf = newNode(true);
            System.arraycopy(sortedKeys, at, leaf.keys, 0, take);
            System.arraycopy(sortedKeys, at, leaf.vals, 0, take);
            leaf.n = take;
            at += take;
            if (prev != null) {
                prev.next = leaf;
                prev.touch();
            }
            prev = leaf;
            level.add(leaf);
            if (fine) {
                emit(new BulkNode(leaf.id, 0), j == 0 ? Bulk.FIRST_LEAF : Bulk.NEXT_LEAF, "bptree.n.bulk.leaf", args(keyList(leaf)),
                        Highlights.node(leaf.id));
            }
        }
        if (rec != null && !fine) {
            emit(new BulkNode(-1, 0), Bulk.NEXT_LEAF, "bptree.n.bulk.leaves", args(leafCount));
        }
        return level;
    }

    /** Groups a level's nodes evenly under parents of at most D children; returns the parents. */
    private List<Node> buildLevel(List<Node> level, int height, boolean fine) {
        int c = level.size();
        int parents = (c + order - 1) / order;
        List<Node> up = new ArrayList<>(parents);
        int next = 0;
        for (int p = 0; p < parents; p++) {
            int take = c / parents + (p < c % parents ? 1 : 0);
            Node parent = newNode(false);
            for (int k = 0; k < take; k++) {
                Node child = level.get(next + k);
                parent.kids[k] = child;
                if (k > 0) {
                    parent.keys[k - 1] = child.minKey();
                }
            }
            parent.n = take - 1;
            next += take;
            up.add(parent);
            if (fine) {
                List<Node> forest = new ArrayList<>(up);
                forest.addAll(level.subList(next, c));
                staging = forest;
                emit(new BulkNode(parent.id, height), Bulk.INTERNAL, "bptree.n.bulk.internal",
                        args(keyList(parent), height), Highlights.node(parent.id));
            }
        }
        staging = up;
        if (rec != null && !fine) {
            emit(new BulkNode(-1, height), Bulk.LEVEL, "bptree.n.bulk.level", args(height + 1, up.size()));
        }
        return up;
    }

    // ------------------------------------------------------------------ pictures and numbers

    /** The tree as an immutable picture (null when empty), sharing unchanged nodes with earlier pictures. */
    public NodeSnap snapshot() {
        return root == null ? null : snap(root);
    }

    /** The partly built levels during a traced bulk load (empty otherwise). */
    List<NodeSnap> stagingSnapshot() {
        List<NodeSnap> out = new ArrayList<>(staging.size());
        for (Node x : staging) {
            out.add(snap(x));
        }
        return out;
    }

    private static NodeSnap snap(Node x) {
        boolean same = x.snap != null && x.snapVersion == x.version;
        if (x.kids == null) {
            if (!same || x.snap.next() != (x.next == null ? -1 : x.next.id)) {
                x.snap = NodeSnap.of(x, List.of());
                x.snapVersion = x.version;
            }
            return x.snap;
        }
        NodeSnap[] kids = new NodeSnap[x.n + 1];
        for (int i = 0; i <= x.n; i++) {
            kids[i] = snap(x.kids[i]);
            if (same && x.snap.children().get(i) != kids[i]) {
                same = false;
            }
        }
        if (!same) {
            x.snap = NodeSnap.of(x, List.of(kids));
            x.snapVersion = x.version;
        }
        return x.snap;
    }

    /** Key lists met walking the {@code next} links from the leftmost leaf. */
    public List<List<Integer>> leaves() {
        List<List<Integer>> out = new ArrayList<>();
        for (Node x = leftmostLeaf(); x != null; x = x.next) {
            out.add(keyList(x));
        }
        return out;
    }

    /** All keys in order, read along the leaf chain. */
    public int[] keys() {
        int[] out = new int[size];
        int at = 0;
        for (Node x = leftmostLeaf(); x != null; x = x.next) {
            System.arraycopy(x.keys, 0, out, at, x.n);
            at += x.n;
        }
        return at == size ? out : Arrays.copyOf(out, at);
    }

    public int height() {
        int h = 0;
        for (Node x = root; x != null; x = x.kids == null ? null : x.kids[0]) {
            h++;
        }
        return h;
    }

    public TreeStats stats() {
        if (root == null) {
            return new TreeStats(0, 0, 0, 0, 0);
        }
        long[] acc = new long[3]; // nodes, leaves, keys in nodes
        count(root, acc);
        return new TreeStats(size, height(), (int) acc[0], (int) acc[1], acc[2] / (double) (acc[0] * maxKeys));
    }

    private static void count(Node x, long[] acc) {
        acc[0]++;
        acc[2] += x.n;
        if (x.kids == null) {
            acc[1]++;
            return;
        }
        for (int i = 0; i <= x.n; i++) {
            count(x.kids[i], acc);
        }
    }

    /** Rebuilds a tree from a picture (same node ids), e.g. to undo to an earlier state. */
    public static BPlusTree fromSnapshot(int order, NodeSnap snap) {
        BPlusTree t = new BPlusTree(order);
        if (snap == null) {
            return t;
        }
        List<Node> leaves = new ArrayList<>();
        t.root = t.rebuild(snap, leaves);
        for (int i = 0; i + 1 < leaves.size(); i++) {
            leaves.get(i).next = leaves.get(i + 1);
        }
        int total = 0;
        for (Node l : leaves) {
            total += l.n;
        }
        t.size = total;
        return t;
    }

    private Node rebuild(NodeSnap s, List<Node> leaves) {
        Node x = new Node(s.id(), order, s.leaf());
        nextId = Math.max(nextId, s.id() + 1);
        x.n = s.size();
        for (int i = 0; i < x.n; i++) {
            x.keys[i] = s.keys().get(i);
            if (x.vals != null) {
                x.vals[i] = x.keys[i];
            }
        }
        if (s.leaf()) {
            leaves.add(x);
        } else {
            for (int i = 0; i < s.children().size(); i++) {
                x.kids[i] = rebuild(s.children().get(i), leaves);
            }
        }
        return x;
    }

    /** Node ids start after {@code floor}, so pictures of an earlier tree never reuse them. */
    public void reserveIdsAfter(long floor) {
        nextId = Math.max(nextId, floor + 1);
    }

    public long lastId() {
        return nextId - 1;
    }

    // ------------------------------------------------------------------ helpers

    private Node leftmostLeaf() {
        Node x = root;
        while (x != null && x.kids != null) {
            x = x.kids[0];
        }
        return x;
    }

    private Node newNode(boolean leaf) {
        return new Node(nextId++, order, leaf);
    }

    private void push(int depth, Node x, int i) {
        if (depth == path.length) {
            path = Arrays.copyOf(path, depth * 2);
            pathIdx = Arrays.copyOf(pathIdx, depth * 2);
        }
        path[depth] = x;
        pathIdx[depth] = i;
    }

    private static List<Integer> keyList(Node x) {
        Integer[] ks = new Integer[x.n];
        for (int i = 0; i < x.n; i++) {
            ks[i] = x.keys[i];
        }
        return List.of(ks);
    }
}
