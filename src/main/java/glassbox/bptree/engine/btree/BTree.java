package glassbox.bptree.engine.btree;

import glassbox.bptree.engine.btree.BtreeCode.DeleteLine;
import glassbox.bptree.engine.btree.BtreeCode.InsertLine;
import glassbox.bptree.engine.btree.BtreeCode.RangeLine;
import glassbox.bptree.engine.btree.BtreeCode.SearchLine;
import glassbox.bptree.engine.btree.BtreeHighlight.EdgeMark;
import glassbox.bptree.engine.btree.BtreeHighlight.KeyMark;
import glassbox.bptree.engine.btree.BtreeHighlight.NodeMark;
import glassbox.core.Narration;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A B-Tree of unique int keys (each key's value stored beside it in whatever node holds it) that
 * builds exactly the trees of the USFCA visualization (D. Galles, {@code BTree.js}): order D = most
 * children, at most D − 1 keys; a node with D keys splits around key ⌊(D − 1)/2⌋, which moves up;
 * with <em>preemptive split</em> (even D only) full nodes are split, and minimal nodes fixed, on the
 * way down; deletion replaces an internal key by its predecessor and repairs by borrowing from the
 * left, then the right, then merging. The {@code trace…} methods record every step for the player.
 */
public final class BTree {
    public static final int MIN_ORDER = 3;
    public static final int MAX_ORDER = 1024;

    private final int order;
    private final boolean preemptive;
    private final int maxKeys;
    private final int minKeys;
    private final int splitIndex;
    private Node root;
    private int size;
    private long nextId = 1;
    private Trace.Builder<BtreeFrame> rec;
    private List<Integer> output = new ArrayList<>();
    private int counted;
    private boolean counting;

    /** A mutable node; {@code kids} is empty for a leaf. */
    private static final class Node {
        final long id;
        final List<Integer> keys = new ArrayList<>();
        final List<Node> kids = new ArrayList<>();
        Node parent;

        Node(long id) {
            this.id = id;
        }

        boolean leaf() {
            return kids.isEmpty();
        }

        int n() {
            return keys.size();
        }

        /** Number of keys smaller than {@code k}: the child to go down, or the slot of k. */
        int rank(int k) {
            int i = 0;
            while (i < keys.size() && keys.get(i) < k) {
                i++;
            }
            return i;
        }

        int indexInParent() {
            return parent.kids.indexOf(this);
        }
    }

    public BTree(int order, boolean preemptive) {
        if (order < MIN_ORDER || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be in " + MIN_ORDER + ".." + MAX_ORDER + ": " + order);
        }
        if (preemptive && !offersPreemptiveSplit(order)) {
            throw new IllegalArgumentException("preemptive split needs an even order (as in USFCA): " + order);
        }
        this.order = order;
        this.preemptive = preemptive;
        this.maxKeys = order - 1;
        this.minKeys = (order + 1) / 2 - 1;
        this.splitIndex = (order - 1) / 2;
    }

    /** USFCA offers preemptive split only for an even order D; every caller asks here. */
    public static boolean offersPreemptiveSplit(int order) {
        return order % 2 == 0;
    }

    public int order() {
        return order;
    }

    public boolean preemptive() {
        return preemptive;
    }

    public int maxKeys() {
        return maxKeys;
    }

    /** At least ⌈D/2⌉ − 1 keys in every node but the root. */
    public int minKeys() {
        return minKeys;
    }

    public int size() {
        return size;
    }

    // ------------------------------------------------------------------ traced operations

    public BtreeTraced<Boolean> traceInsert(int key) {
        return traced(BtreeCode.INSERT, () -> insert(key));
    }

    public BtreeTraced<Boolean> traceDelete(int key) {
        return traced(BtreeCode.DELETE, () -> delete(key));
    }

    public BtreeTraced<BtreeSearch> traceSearch(int key) {
        return traced(BtreeCode.SEARCH, () -> search(key));
    }

    public BtreeTraced<BtreeRange> traceRange(int a, int b) {
        return traced(BtreeCode.RANGE, () -> range(a, b));
    }

    private <R> BtreeTraced<R> traced(String codeKey, Supplier<R> body) {
        rec = Trace.builder(codeKey);
        output = new ArrayList<>();
        try {
            R r = body.get();
            return new BtreeTraced<>(r, rec.build());
        } finally {
            rec = null;
        }
    }

    /** Runs {@code body} counting the steps a trace would have, without taking pictures. */
    public int countSteps(Runnable body) {
        counting = true;
        counted = 0;
        try {
            body.run();
            return counted;
        } finally {
            counting = false;
        }
    }

    private boolean on() {
        return rec != null || counting;
    }

    private void emit(BtreeEvent event, int line, String key, Object... args) {
        emitLit(event, line, Set.of(), key, args);
    }

    private void emitLit(BtreeEvent event, int line, Set<BtreeHighlight> lit, String key, Object... args) {
        if (counting) {
            counted++;
            return;
        }
        if (rec == null) {
            return;
        }
        BtreeFrame f = new BtreeFrame(order, preemptive, snapshot(), event, output);
        BtreeEventKind kind = event.kind();
        rec.add(new Step<>(f, Narration.of(key, text(args)), line, lit, kind.marked() ? kind : null));
    }

    private static Object[] text(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = a instanceof Integer || a instanceof Long ? String.valueOf(a) : a instanceof List<?> l ? List.copyOf(l) : a;
        }
        return out;
    }

    private static Set<BtreeHighlight> lit(Node x) {
        return Set.of(new NodeMark(x.id));
    }

    private static Set<BtreeHighlight> lit(Node x, int keyIndex) {
        return Set.of(new NodeMark(x.id), new KeyMark(x.id, keyIndex));
    }

    private static Set<BtreeHighlight> litEdge(Node x, int child) {
        return Set.of(new NodeMark(x.id), new EdgeMark(x.id, child));
    }

    // ------------------------------------------------------------------ insert

    /** Inserts {@code key}; false (and no change) when it is already there. */
    public boolean insert(int key) {
        if (on()) {
            emit(new BtreeEvent.Start("insert", key), InsertLine.START.line, "btree.n.insert.start", key);
        }
        if (root == null) {
            root = newNode();
            root.keys.add(key);
            size = 1;
            if (on()) {
                emitLit(new BtreeEvent.Place(root.id, key), InsertLine.EMPTY.line, lit(root, 0),
                        "btree.n.insert.empty", key);
            }
            return true;
        }
        if (contains(key)) {
            if (on()) {
                emit(new BtreeEvent.Refuse(key), InsertLine.REFUSE.line, "btree.n.insert.refuse", key);
            }
            return false;
        }
        if (preemptive) {
            if (root.n() == maxKeys) {
                if (on()) {
                    emitLit(new BtreeEvent.Overflow(root.id, root.n()), InsertLine.ROOT_FULL.line, lit(root),
                            "btree.n.insert.rootFull", root.keys, maxKeys);
                }
                split(root, InsertLine.ROOT_FULL);
            }
            insertNotFull(root, key);
        } else {
            insertAtLeaf(key);
        }
        size++;
        if (on()) {
            emit(new BtreeEvent.Done("insert", List.of()), InsertLine.DONE.line, "btree.n.insert.done", key);
        }
        return true;
    }

    private void insertAtLeaf(int key) {
        Node x = root;
        while (!x.leaf()) {
            int i = x.rank(key);
            descend(x, i, key, InsertLine.DESCEND.line);
            x = x.kids.get(i);
        }
        int at = x.rank(key);
        x.keys.add(at, key);
        if (on()) {
            emitLit(new BtreeEvent.Place(x.id, key), InsertLine.PLACE.line, lit(x, at), "btree.n.insert.place", key, x.keys);
        }
        while (x != null && x.n() > maxKeys) {
            if (on()) {
                emitLit(new BtreeEvent.Overflow(x.id, x.n()), InsertLine.OVERFLOW.line, lit(x),
                        "btree.n.overflow", x.keys, x.n(), maxKeys);
            }
            x = split(x, InsertLine.SPLIT);
        }
    }

    private void insertNotFull(Node x, int key) {
        while (!x.leaf()) {
            int i = x.rank(key);
            Node child = x.kids.get(i);
            if (child.n() == maxKeys) {
                if (on()) {
                    emitLit(new BtreeEvent.Overflow(child.id, child.n()), InsertLine.CHILD_FULL.line, lit(child),
                            "btree.n.insert.childFull", child.keys, maxKeys);
                }
                split(child, InsertLine.CHILD_FULL);
                i = x.rank(key);
            }
            descend(x, i, key, InsertLine.DESCEND.line);
            x = x.kids.get(i);
        }
        int at = x.rank(key);
        x.keys.add(at, key);
        if (on()) {
            emitLit(new BtreeEvent.Place(x.id, key), InsertLine.PLACE.line, lit(x, at), "btree.n.insert.place", key, x.keys);
        }
    }

    private void descend(Node x, int i, int key, int line) {
        if (!on()) {
            return;
        }
        if (i < x.n()) {
            emitLit(new BtreeEvent.Descend(x.id, i), line, litEdge(x, i), "btree.n.descend.left", key, x.keys, x.keys.get(i));
        } else {
            emitLit(new BtreeEvent.Descend(x.id, i), line, litEdge(x, i), "btree.n.descend.last", key, x.keys,
                    x.keys.get(x.n() - 1));
        }
    }

    /**
     * Splits {@code x} around key ⌊(D−1)/2⌋, which moves up (USFCA's {@code split}); returns the parent. {@code why} is the pseudo-code line that
     * asked for it: an overflow ({@code SPLIT}), or a full root or child met on the way down (preemptive).
     */
    private Node split(Node x, InsertLine why) {
        boolean early = why != InsertLine.SPLIT;
        int rising = x.keys.get(splitIndex);
        Node right = newNode();
        right.keys.addAll(x.keys.subList(splitIndex + 1, x.n()));
        if (!x.leaf()) {
            List<Node> moved = new ArrayList<>(x.kids.subList(splitIndex + 1, x.kids.size()));
            x.kids.subList(splitIndex + 1, x.kids.size()).clear();
            for (Node c : moved) {
                c.parent = right;
            }
            right.kids.addAll(moved);
        }
        x.keys.subList(splitIndex, x.n()).clear();
        Node parent = x.parent;
        boolean newRoot = parent == null;
        if (newRoot) {
            parent = newNode();
            parent.kids.add(x);
            x.parent = parent;
            root = parent;
        }
        int at = parent.kids.indexOf(x);
        parent.keys.add(at, rising);
        parent.kids.add(at + 1, right);
        right.parent = parent;
        if (on()) {
            Set<BtreeHighlight> hl = Set.of(new NodeMark(x.id), new NodeMark(right.id), new KeyMark(parent.id, at));
            emitLit(new BtreeEvent.Split(x.id, right.id, rising, early), why.line, hl,
                    early ? "btree.n.split.preemptive" : "btree.n.split", rising, x.keys, right.keys, splitIndex);
            if (newRoot) {
                emitLit(new BtreeEvent.NewRoot(parent.id), early ? why.line : InsertLine.NEW_ROOT.line, lit(parent),
                        "btree.n.newRoot", rising);
            }
        }
        return parent;
    }

    // ------------------------------------------------------------------ search

    public boolean contains(int key) {
        Node x = root;
        while (x != null) {
            int i = x.rank(key);
            if (i < x.n() && x.keys.get(i) == key) {
                return true;
            }
            x = x.leaf() ? null : x.kids.get(i);
        }
        return false;
    }

    /** USFCA's {@code findInTree}: stops at the first node that holds the key. */
    public BtreeSearch search(int key) {
        if (on()) {
            emit(new BtreeEvent.Start("search", key), SearchLine.START.line, "btree.n.search.start", key);
        }
        List<List<Integer>> path = new ArrayList<>();
        Node x = root;
        int depth = 0;
        if (x == null && on()) {
            emit(new BtreeEvent.Found(-1, -1, false, 0), SearchLine.MISSING.line, "btree.n.search.empty", key);
        }
        while (x != null) {
            path.add(List.copyOf(x.keys));
            int i = x.rank(key);
            if (i < x.n() && x.keys.get(i) == key) {
                if (on()) {
                    emitLit(new BtreeEvent.Found(x.id, i, true, depth), SearchLine.FOUND.line, lit(x, i),
                            x.leaf() ? "btree.n.search.foundLeaf" : "btree.n.search.foundInternal",
                            key, depth + 1, path.size());
                }
                return new BtreeSearch(true, path);
            }
            if (x.leaf()) {
                if (on()) {
                    emitLit(new BtreeEvent.Found(x.id, -1, false, depth), SearchLine.MISSING.line, lit(x),
                            "btree.n.search.missing", key, x.keys);
                }
                return new BtreeSearch(false, path);
            }
            descend(x, i, key, SearchLine.DESCEND.line);
            x = x.kids.get(i);
            depth++;
        }
        return new BtreeSearch(false, path);
    }

    // ------------------------------------------------------------------ range

    /** The keys a ≤ k ≤ b by an in-order walk: down into each child that may hold some, back up after. */
    public BtreeRange range(int a, int b) {
        if (on()) {
            emit(new BtreeEvent.Start("range", a), RangeLine.START.line, "btree.n.range.start", a, b);
        }
        List<Integer> out = new ArrayList<>();
        Set<Long> read = new HashSet<>();
        int[] arrivals = {0};
        if (root != null && a <= b) {
            walk(root, a, b, out, read, arrivals);
        }
        if (on()) {
            emit(new BtreeEvent.Done("range", out), RangeLine.DONE.line, "btree.n.range.done", out.size(), read.size(),
                    arrivals[0]);
        }
        return new BtreeRange(out, read.size(), arrivals[0]);
    }

    /** Returns true when a key past {@code b} ended the walk. */
    private boolean walk(Node x, int a, int b, List<Integer> out, Set<Long> read, int[] arrivals) {
        arrivals[0]++;
        read.add(x.id);
        if (on()) {
            emitLit(new BtreeEvent.Visit(x.id, arrivals[0]), RangeLine.VISIT.line, lit(x), "btree.n.range.visit", x.keys);
        }
        for (int i = 0; i < x.n(); i++) {
            int k = x.keys.get(i);
            if (!x.leaf() && k > a) {
                if (on()) {
                    emitLit(new BtreeEvent.Descend(x.id, i), RangeLine.DOWN.line, litEdge(x, i), "btree.n.range.down", k);
                }
                boolean stop = walk(x.kids.get(i), a, b, out, read, arrivals);
                arrivals[0]++;
                if (on()) {
                    emitLit(new BtreeEvent.Climb(x.id, arrivals[0]), RangeLine.CLIMB.line, lit(x), "btree.n.range.climb", x.keys);
                }
                if (stop) {
                    return true;
                }
            }
            if (k > b) {
                if (on()) {
                    emitLit(new BtreeEvent.Take(x.id, i, k), RangeLine.STOP.line, lit(x, i), "btree.n.range.stop", k, b);
                }
                return true;
            }
            if (k >= a) {
                out.add(k);
                if (on()) {
                    output = new ArrayList<>(out);
                    emitLit(new BtreeEvent.Take(x.id, i, k), RangeLine.TAKE.line, lit(x, i), "btree.n.range.take", k);
                }
            }
        }
        if (!x.leaf() && x.keys.get(x.n() - 1) < b) {
            int last = x.n();
            if (on()) {
                emitLit(new BtreeEvent.Descend(x.id, last), RangeLine.LAST_CHILD.line, litEdge(x, last), "btree.n.range.lastChild");
            }
            boolean stop = walk(x.kids.get(last), a, b, out, read, arrivals);
            arrivals[0]++;
            if (on()) {
                emitLit(new BtreeEvent.Climb(x.id, arrivals[0]), RangeLine.CLIMB.line, lit(x), "btree.n.range.climb", x.keys);
            }
            return stop;
        }
        return false;
    }

    // ------------------------------------------------------------------ delete

    /** Deletes {@code key}; false (and no change) when it is not there. */
    public boolean delete(int key) {
        if (on()) {
            emit(new BtreeEvent.Start("delete", key), DeleteLine.START.line, "btree.n.delete.start", key);
        }
        if (root == null || !contains(key)) {
            if (on()) {
                emit(new BtreeEvent.Found(-1, -1, false, 0), DeleteLine.NOT_FOUND.line, "btree.n.delete.missing", key);
            }
            return false;
        }
        if (preemptive) {
            deleteNotEmpty(root, key);
        } else {
            deleteAndRepair(root, key);
        }
        size--;
        if (root != null && root.n() == 0) {
            root = root.leaf() ? null : root.kids.get(0);
            if (root != null) {
                root.parent = null;
            }
            if (on()) {
                emitLit(new BtreeEvent.RootShrink(root == null ? -1 : root.id), DeleteLine.ROOT_SHRINK.line,
                        root == null ? Set.of() : lit(root), root == null ? "btree.n.emptied" : "btree.n.rootShrink");
            }
        }
        if (on()) {
            emit(new BtreeEvent.Done("delete", List.of()), DeleteLine.DONE.line, "btree.n.delete.done", key);
        }
        return true;
    }

    /** USFCA's {@code doDelete} and {@code repairAfterDelete}. */
    private void deleteAndRepair(Node x, int key) {
        while (true) {
            int i = x.rank(key);
            if (i < x.n() && x.keys.get(i) == key) {
                if (x.leaf()) {
                    removeFromLeaf(x, i, key);
                    repair(x);
                } else {
                    Node max = x.kids.get(i);
                    while (!max.leaf()) {
                        max = max.kids.get(max.n());
                    }
                    replace(x, i, key, max, max.n() - 1, true);
                    repair(max);
                }
                return;
            }
            descend(x, i, key, DeleteLine.DESCEND.line);
            x = x.kids.get(i);
        }
    }

    private void removeFromLeaf(Node x, int i, int key) {
        x.keys.remove(i);
        if (on()) {
            emitLit(new BtreeEvent.Remove(x.id, key), DeleteLine.REMOVE_LEAF.line, lit(x), "btree.n.delete.leaf", key, x.keys);
        }
    }

    /** Puts key {@code from.keys[j]} (predecessor or successor) in place of {@code x.keys[i]}. */
    private void replace(Node x, int i, int key, Node from, int j, boolean predecessor) {
        int repl = from.keys.remove(j);
        x.keys.set(i, repl);
        if (on()) {
            Set<BtreeHighlight> hl = Set.of(new NodeMark(x.id), new KeyMark(x.id, i), new NodeMark(from.id));
            emitLit(new BtreeEvent.Replace(x.id, key, repl, predecessor), DeleteLine.REPLACE.line, hl,
                    predecessor ? "btree.n.delete.predecessor" : "btree.n.delete.successor", key, repl);
        }
    }

    private void repair(Node x) {
        while (x.n() < minKeys) {
            if (x.parent == null) {
                if (x.n() == 0) {
                    root = x.leaf() ? null : x.kids.get(0);
                    if (root != null) {
                        root.parent = null;
                    }
                    if (on()) {
                        emitLit(new BtreeEvent.RootShrink(root == null ? -1 : root.id), DeleteLine.ROOT_SHRINK.line,
                                root == null ? Set.of() : lit(root), root == null ? "btree.n.emptied" : "btree.n.rootShrink");
                    }
                }
                return;
            }
            if (on()) {
                emitLit(new BtreeEvent.Underflow(x.id, x.n()), DeleteLine.UNDERFLOW.line, lit(x),
                        "btree.n.underflow", x.keys, x.n(), minKeys);
            }
            Node parent = x.parent;
            int pi = x.indexInParent();
            if (pi > 0 && parent.kids.get(pi - 1).n() > minKeys) {
                borrowLeft(x, pi);
                return;
            } else if (pi < parent.n() && parent.kids.get(pi + 1).n() > minKeys) {
                borrowRight(x, pi);
                return;
            } else if (pi == 0) {
                merge(x);
            } else {
                merge(parent.kids.get(pi - 1));
            }
            x = parent;
        }
    }

    /** USFCA's {@code stealFromLeft}: the parent's key comes down, the left sibling's last key goes up. */
    private Node borrowLeft(Node x, int pi) {
        Node parent = x.parent;
        Node left = parent.kids.get(pi - 1);
        x.keys.add(0, parent.keys.get(pi - 1));
        parent.keys.set(pi - 1, left.keys.remove(left.n() - 1));
        if (!x.leaf()) {
            Node moved = left.kids.remove(left.kids.size() - 1);
            moved.parent = x;
            x.kids.add(0, moved);
        }
        if (on()) {
            Set<BtreeHighlight> hl = Set.of(new NodeMark(x.id), new NodeMark(left.id), new KeyMark(parent.id, pi - 1));
            emitLit(new BtreeEvent.BorrowLeft(x.id, left.id), DeleteLine.BORROW_LEFT.line, hl, "btree.n.borrowLeft",
                    x.keys.get(0), parent.keys.get(pi - 1));
        }
        return x;
    }

    /** USFCA's {@code stealFromRight}. */
    private Node borrowRight(Node x, int pi) {
        Node parent = x.parent;
        Node right = parent.kids.get(pi + 1);
        x.keys.add(parent.keys.get(pi));
        parent.keys.set(pi, right.keys.remove(0));
        if (!x.leaf()) {
            Node moved = right.kids.remove(0);
            moved.parent = x;
            x.kids.add(moved);
        }
        if (on()) {
            Set<BtreeHighlight> hl = Set.of(new NodeMark(x.id), new NodeMark(right.id), new KeyMark(parent.id, pi));
            emitLit(new BtreeEvent.BorrowRight(x.id, right.id), DeleteLine.BORROW_RIGHT.line, hl, "btree.n.borrowRight",
                    x.keys.get(x.n() - 1), parent.keys.get(pi));
        }
        return x;
    }

    /** USFCA's {@code mergeRight}: {@code x}, the parent's key between, and the right sibling become one node. */
    private Node merge(Node x) {
        Node parent = x.parent;
        int pi = x.indexInParent();
        Node right = parent.kids.get(pi + 1);
        int down = parent.keys.remove(pi);
        parent.kids.remove(pi + 1);
        x.keys.add(down);
        x.keys.addAll(right.keys);
        for (Node c : right.kids) {
            c.parent = x;
        }
        x.kids.addAll(right.kids);
        if (on()) {
            emitLit(new BtreeEvent.Merge(x.id, right.id, down), DeleteLine.MERGE.line, Set.of(new NodeMark(x.id),
                    new NodeMark(parent.id)), "btree.n.merge", down, x.keys);
        }
        return x;
    }

    /**
     * USFCA's {@code doDeleteNotEmpty} (preemptive mode): before going down into a child with only
     * the minimum keys, borrow for it or merge it, so the key can be removed in one pass.
     */
    private void deleteNotEmpty(Node x, int key) {
        while (true) {
            int i = x.rank(key);
            if (i < x.n() && x.keys.get(i) == key) {
                if (x.leaf()) {
                    removeFromLeaf(x, i, key);
                    return;
                }
                Node left = x.kids.get(i);
                Node right = x.kids.get(i + 1);
                if (left.n() == minKeys) {
                    if (right.n() == minKeys) {
                        x = merge(left);
                        continue;
                    }
                    Node min = right;
                    while (!min.leaf()) {
                        Node c0 = min.kids.get(0);
                        if (c0.n() == minKeys) {
                            fixing(c0);
                            min = min.kids.get(1).n() == minKeys ? merge(c0) : borrowRight(c0, 0);
                        } else {
                            min = c0;
                        }
                    }
                    replace(x, i, key, min, 0, false);
                } else {
                    Node max = left;
                    while (!max.leaf()) {
                        int last = max.n();
                        Node cl = max.kids.get(last);
                        if (cl.n() == minKeys) {
                            fixing(cl);
                            // USFCA always merges here (it compares a node with a number); that can
                            // overfill the merged node, so borrow from the left when it has a spare key.
                            max = max.kids.get(last - 1).n() > minKeys ? borrowLeft(cl, last) : merge(max.kids.get(last - 1));
                        } else {
                            max = cl;
                        }
                    }
                    replace(x, i, key, max, max.n() - 1, true);
                }
                return;
            }
            descend(x, i, key, DeleteLine.DESCEND.line);
            Node child = x.kids.get(i);
            if (child.n() == minKeys) {
                fixing(child);
                if (i == x.n()) {
                    child = x.kids.get(i - 1).n() > minKeys ? borrowLeft(child, i) : merge(x.kids.get(i - 1));
                } else {
                    child = x.kids.get(i + 1).n() > minKeys ? borrowRight(child, i) : merge(child);
                }
            }
            x = child;
        }
    }

    private void fixing(Node child) {
        if (on()) {
            emitLit(new BtreeEvent.Underflow(child.id, child.n()), DeleteLine.FIX_CHILD.line, lit(child),
                    "btree.n.delete.fixChild", child.keys, minKeys);
        }
    }

    // ------------------------------------------------------------------ pictures

    /** The tree as an immutable picture, null when empty. */
    public BTreeSnap snapshot() {
        return root == null ? null : snap(root);
    }

    private static BTreeSnap snap(Node x) {
        List<BTreeSnap> kids = new ArrayList<>(x.kids.size());
        for (Node c : x.kids) {
            kids.add(snap(c));
        }
        return new BTreeSnap(x.id, x.keys, kids);
    }

    /** All keys in order. */
    public List<Integer> keys() {
        List<Integer> out = new ArrayList<>();
        inorder(root, out);
        return out;
    }

    private static void inorder(Node x, List<Integer> out) {
        if (x == null) {
            return;
        }
        for (int i = 0; i < x.n(); i++) {
            if (!x.leaf()) {
                inorder(x.kids.get(i), out);
            }
            out.add(x.keys.get(i));
        }
        if (!x.leaf()) {
            inorder(x.kids.get(x.n()), out);
        }
    }

    private Node newNode() {
        return new Node(nextId++);
    }
}
