package glassbox.bptree.engine.btree;

import glassbox.bptree.engine.BPlusTree;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.NodeSnap;
import glassbox.bptree.engine.RangeResult;
import glassbox.bptree.engine.SearchResult;
import glassbox.bptree.engine.StepEvent;
import glassbox.core.Narration;
import glassbox.player.EventKind;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The same keys in a B-Tree and a B+Tree of the same order, one operation run on both and stepped
 * together: step i pairs the B-Tree's step i with the B+Tree's step i (a side that has finished
 * keeps its last picture), then one summary step compares what each read.
 */
public final class SideBySide {
    /** Most keys a side-by-side scene holds (both trees stay readable). */
    public static final int MAX_KEYS = 120;

    /** The operations both trees run. */
    public enum Op {
        SEARCH, RANGE, INSERT, DELETE
    }

    /**
     * A side-by-side input.
     *
     * @param order both trees' order, 3..10
     * @param keys  the keys both trees hold before the operation (distinct)
     * @param op    the operation
     * @param a     the key (search, insert, delete) or the range's start
     * @param b     the range's end (ignored otherwise)
     * @param preemptive whether the B-Tree splits full nodes on the way down (even orders only, as USFCA)
     */
    public record Input(int order, List<Integer> keys, Op op, int a, int b, boolean preemptive) {
        public static final int MAX_ORDER = 10;

        /** An input whose B-Tree splits only when a node overflows (USFCA's default). */
        public Input(int order, List<Integer> keys, Op op, int a, int b) {
            this(order, keys, op, a, b, false);
        }

        public Input {
            keys = List.copyOf(keys);
            if (order < 3 || order > MAX_ORDER) {
                throw new IllegalArgumentException("order must be in 3.." + MAX_ORDER + ": " + order);
            }
            if (keys.size() > MAX_KEYS) {
                throw new IllegalArgumentException("at most " + MAX_KEYS + " keys: " + keys.size());
            }
            if (new HashSet<>(keys).size() != keys.size()) {
                throw new IllegalArgumentException("keys must be distinct");
            }
            if (op == Op.RANGE && a > b) {
                throw new IllegalArgumentException("range start " + a + " is after its end " + b);
            }
            if (preemptive && !BTree.offersPreemptiveSplit(order)) {
                throw new IllegalArgumentException("preemptive split needs an even order (as in USFCA): " + order);
            }
        }
    }

    private SideBySide() {
    }

    /** Builds both trees from the keys (not traced), then runs the operation on both, paired. */
    public static Trace<CompareFrame> run(Input in) {
        BTree bt = new BTree(in.order(), in.preemptive());
        BPlusTree bp = new BPlusTree(in.order());
        for (int k : in.keys()) {
            bt.insert(k);
            bp.insert(k);
        }
        Trace<BtreeFrame> left;
        Trace<BptreeFrame> right;
        Narration summary;
        switch (in.op()) {
            case SEARCH -> {
                var l = bt.traceSearch(in.a());
                var r = bp.traceSearch(in.a());
                left = l.trace();
                right = r.trace();
                summary = searchSummary(in.a(), l.result(), r.result(), bt.snapshot(), bp.snapshot());
            }
            case RANGE -> {
                var l = bt.traceRange(in.a(), in.b());
                var r = bp.traceRange(in.a(), in.b());
                left = l.trace();
                right = r.trace();
                summary = rangeSummary(in, l.result(), r.result(), bp.height());
            }
            case INSERT -> {
                left = bt.traceInsert(in.a()).trace();
                right = bp.traceInsert(in.a()).trace();
                summary = Narration.of("btree.cmp.insert.summary", String.valueOf(in.a()));
            }
            default -> {
                left = bt.traceDelete(in.a()).trace();
                right = bp.traceDelete(in.a()).trace();
                summary = Narration.of("btree.cmp.delete.summary", String.valueOf(in.a()));
            }
        }
        return pair(left, right, summary);
    }

    static Trace<CompareFrame> pair(Trace<BtreeFrame> left, Trace<BptreeFrame> right, Narration summary) {
        Trace.Builder<CompareFrame> out = Trace.builder(left.codeKey());
        int n = Math.max(left.size(), right.size());
        for (int i = 0; i < n; i++) {
            boolean lDone = i >= left.size();
            boolean rDone = i >= right.size();
            Step<BtreeFrame> l = left.step(Math.min(i, left.size() - 1));
            Step<BptreeFrame> r = right.step(Math.min(i, right.size() - 1));
            Narration say = lDone ? Narration.of("btree.cmp.rightOnly", r.narration())
                    : rDone ? Narration.of("btree.cmp.leftOnly", l.narration())
                    : Narration.of("btree.cmp.both", l.narration(), r.narration());
            Set<CompareHighlight> lit = new HashSet<>();
            if (!lDone) {
                for (Object h : l.highlights()) {
                    if (h instanceof BtreeHighlight bh) {
                        lit.add(new CompareHighlight.InBtree(bh));
                    }
                }
            }
            if (!rDone) {
                lit.addAll(plusMarks(r.state().event()));
            }
            CompareFrame f = new CompareFrame(l.state(), r.state(), lDone, rDone,
                    facts(l.state().root()), facts(r.state()));
            out.add(f, say, lDone ? 0 : l.line(), lit, event(lDone ? null : l.state().event(), rDone ? null : r.state().event()));
        }
        Step<BtreeFrame> l = left.last();
        Step<BptreeFrame> r = right.last();
        out.add(new CompareFrame(l.state(), r.state(), true, true, facts(l.state().root()), facts(r.state())),
                summary, 0, Set.of(), CompareEventKind.SUMMARY);
        return out.build();
    }

    private static EventKind event(BtreeEvent l, StepEvent r) {
        if (l instanceof BtreeEvent.Found f && f.found()) {
            return CompareEventKind.BTREE_STOPS;
        }
        if (r instanceof StepEvent.Found f && f.found()) {
            return CompareEventKind.BPTREE_LEAF;
        }
        boolean plusSplit = r instanceof StepEvent.LeafSplit || r instanceof StepEvent.InternalSplit;
        if (l instanceof BtreeEvent.Split) {
            return plusSplit ? CompareEventKind.BOTH_SPLIT : CompareEventKind.BTREE_SPLIT;
        }
        if (plusSplit) {
            return CompareEventKind.BPTREE_SPLIT;
        }
        if (l instanceof BtreeEvent.Merge || l instanceof BtreeEvent.BorrowLeft || l instanceof BtreeEvent.BorrowRight
                || r instanceof StepEvent.Merge || r instanceof StepEvent.BorrowLeft || r instanceof StepEvent.BorrowRight) {
            return CompareEventKind.RESTRUCTURE;
        }
        return null;
    }

    /** The B+Tree's typed step event, as the nodes and keys to light. */
    static Set<CompareHighlight> plusMarks(StepEvent e) {
        Set<CompareHighlight> out = new HashSet<>();
        if (e instanceof StepEvent.Descend d) {
            out.add(new CompareHighlight.PlusNode(d.node()));
        } else if (e instanceof StepEvent.Found f && f.leaf() >= 0) {
            out.add(new CompareHighlight.PlusNode(f.leaf()));
            if (f.found()) {
                out.add(new CompareHighlight.PlusKey(f.leaf(), f.index()));
            }
        } else if (e instanceof StepEvent.RangeWalk w && w.leaf() >= 0) {
            out.add(new CompareHighlight.PlusNode(w.leaf()));
            if (w.index() >= 0) {
                out.add(new CompareHighlight.PlusKey(w.leaf(), w.index()));
            } else {
                out.add(new CompareHighlight.PlusLink(w.leaf()));
            }
        } else if (e instanceof StepEvent.Place p) {
            out.add(new CompareHighlight.PlusNode(p.leaf()));
            out.add(new CompareHighlight.PlusKey(p.leaf(), p.index()));
        } else if (e instanceof StepEvent.LeafSplit s) {
            out.add(new CompareHighlight.PlusNode(s.left()));
            out.add(new CompareHighlight.PlusNode(s.right()));
        } else if (e instanceof StepEvent.InternalSplit s) {
            out.add(new CompareHighlight.PlusNode(s.left()));
            out.add(new CompareHighlight.PlusNode(s.right()));
        } else if (e instanceof StepEvent.Merge m) {
            out.add(new CompareHighlight.PlusNode(m.left()));
        } else if (e instanceof StepEvent.BorrowLeft b) {
            out.add(new CompareHighlight.PlusNode(b.node()));
        } else if (e instanceof StepEvent.BorrowRight b) {
            out.add(new CompareHighlight.PlusNode(b.node()));
        } else if (e instanceof StepEvent.Remove r) {
            out.add(new CompareHighlight.PlusNode(r.leaf()));
        }
        return out;
    }

    private static Narration searchSummary(int key, BtreeSearch l, SearchResult r, BTreeSnap bt, NodeSnap bp) {
        int plusLevel = bp == null ? -1 : internalLevel(bp, key, 1);
        Narration met = plusLevel > 0
                ? Narration.of("btree.cmp.search.metAbove", String.valueOf(key), plusLevel)
                : Narration.of("btree.cmp.search.notAbove");
        Narration where = !l.found() ? Narration.of("btree.cmp.search.btreeMissing")
                : l.path().size() < (bt == null ? 0 : bt.height())
                ? Narration.of("btree.cmp.search.btreeInternal", l.path().size())
                : Narration.of("btree.cmp.search.btreeLeaf", l.path().size());
        return Narration.of("btree.cmp.search.summary", String.valueOf(key), where, r.path().size(), met);
    }

    /** Level (root 1) of the first internal node holding {@code key} as a separator, or -1. */
    private static int internalLevel(NodeSnap s, int key, int level) {
        if (s.leaf()) {
            return -1;
        }
        if (s.keys().contains(key)) {
            return level;
        }
        int i = 0;
        while (i < s.keys().size() && key >= s.keys().get(i)) {
            i++;
        }
        return internalLevel(s.children().get(i), key, level + 1);
    }

    private static Narration rangeSummary(Input in, BtreeRange l, RangeResult r, int plusHeight) {
        int internal = Math.max(0, plusHeight - 1);
        return Narration.of("btree.cmp.range.summary", String.valueOf(in.a()), String.valueOf(in.b()), l.keys().size(),
                l.nodesRead(), l.arrivals(), internal, r.leavesVisited(), internal + r.leavesVisited(),
                Math.max(0, r.leavesVisited() - 1));
    }

    /** Height, nodes, keys per node and where values live, for a B-Tree picture. */
    public static TreeFacts facts(BTreeSnap root) {
        if (root == null) {
            return new TreeFacts(0, 0, 0, 0, 0, false);
        }
        int[] acc = {0, 0, Integer.MAX_VALUE, 0};
        walk(root, acc);
        return new TreeFacts(root.height(), acc[0], acc[1], acc[2], acc[3], false);
    }

    private static void walk(BTreeSnap s, int[] acc) {
        acc[0]++;
        acc[1] += s.keys().size();
        acc[2] = Math.min(acc[2], s.keys().size());
        acc[3] = Math.max(acc[3], s.keys().size());
        s.children().forEach(c -> walk(c, acc));
    }

    /** The same numbers for a B+Tree picture (its internal keys are separator copies). */
    public static TreeFacts facts(BptreeFrame f) {
        NodeSnap root = f.root();
        if (root == null) {
            return new TreeFacts(0, 0, 0, 0, 0, true);
        }
        int[] acc = {0, 0, Integer.MAX_VALUE, 0};
        walk(root, acc);
        int h = 0;
        for (NodeSnap x = root; x != null; x = x.leaf() ? null : x.children().get(0)) {
            h++;
        }
        return new TreeFacts(h, acc[0], acc[1], acc[2], acc[3], true);
    }

    private static void walk(NodeSnap s, int[] acc) {
        acc[0]++;
        acc[1] += s.keys().size();
        acc[2] = Math.min(acc[2], s.keys().size());
        acc[3] = Math.max(acc[3], s.keys().size());
        s.children().forEach(c -> walk(c, acc));
    }

    /** The course notes' id=28 example at order 5: 28 is the B-Tree's root key and a B+Tree root separator. */
    public static Input notesExample() {
        return new Input(5, List.of(10, 20, 28, 30, 40, 50, 60), Op.SEARCH, 28, 0);
    }
}
