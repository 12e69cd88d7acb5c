package glassbox.bptree.view;

import glassbox.bptree.engine.Highlights;
import glassbox.bptree.engine.NodeSnap;
import glassbox.bptree.engine.StepEvent;
import glassbox.bptree.view.TreeLayout.Placed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How one step is emphasised: which nodes, key cells, edges and next links are lit (from the
 * step's typed highlights), in which style (from the step's event kind), and which keys fly where
 * while the change animates (a copied or moved separator rising, a borrowed key rotating through
 * the parent, a separator pulled down by a merge).
 */
final class StepPainter {
    static final StepPainter NONE = new StepPainter(null, Set.of());

    /** Receives one flying key: its text and the left/centre-y of its cell now. */
    @FunctionalInterface
    interface FlySink {
        void fly(String text, double x, double y);
    }

    private final StepEvent event;
    private final Set<Long> nodes = new HashSet<>();
    private final Map<Long, Set<Integer>> keys = new HashMap<>();
    private final Set<Highlights.EdgeLit> edges = new HashSet<>();
    private final Set<Long> links = new HashSet<>();

    StepPainter(StepEvent event, Set<?> highlights) {
        this.event = event;
        for (Object h : highlights) {
            if (h instanceof Highlights.NodeLit n) {
                nodes.add(n.id());
            } else if (h instanceof Highlights.KeyLit k) {
                keys.computeIfAbsent(k.id(), x -> new HashSet<>()).add(k.index());
            } else if (h instanceof Highlights.EdgeLit e) {
                edges.add(e);
            } else if (h instanceof Highlights.LinkLit l) {
                links.add(l.leaf());
            }
        }
    }

    void emphasise(NodeSnap s, NodeView v) {
        v.emphasise(nodes.contains(s.id()) ? nodeStyle(s.id()) : "", keys.getOrDefault(s.id(), Set.of()), keyStyle());
    }

    /** The nodes this step lights. */
    Set<Long> litNodes() {
        return nodes;
    }

    boolean edgeLit(long parent, int child) {
        return edges.contains(new Highlights.EdgeLit(parent, child));
    }

    boolean linkLit(long leaf) {
        return links.contains(leaf);
    }

    /** The outline style of a lit node for this step. */
    String nodeStyle(long id) {
        if (event == null) {
            return "bp-hl";
        }
        return switch (event.kind()) {
            case REFUSE -> "bp-refused";
            case OVERFLOW, UNDERFLOW -> "bp-trouble";
            case LEAF_SPLIT -> id == ((StepEvent.LeafSplit) event).right() ? "bp-new" : "bp-hl";
            case INTERNAL_SPLIT -> id == ((StepEvent.InternalSplit) event).right() ? "bp-new" : "bp-hl";
            case NEW_ROOT -> "bp-new";
            case MERGE -> "bp-merged";
            case FOUND -> ((StepEvent.Found) event).found() ? "bp-found" : "bp-refused";
            default -> "bp-hl";
        };
    }

    String keyStyle() {
        if (event == null) {
            return "bp-key-hl";
        }
        return switch (event.kind()) {
            case FOUND -> "bp-key-found";
            case RANGE_WALK -> ((StepEvent.RangeWalk) event).taken() ? "bp-key-found" : "bp-key-hl";
            default -> "bp-key-hl";
        };
    }

    /** Emits the keys in flight at progress {@code t} of the change from {@code was} to {@code now}. */
    void fly(FlySink sink, TreeLayout was, TreeLayout now, double t) {
        if (event == null) {
            return;
        }
        switch (event.kind()) {
            case PLACE -> {
                StepEvent.Place e = (StepEvent.Place) event;
                double[] to = cell(now, e.leaf(), e.key());
                if (to != null) {
                    move(sink, e.key(), new double[] {to[0], to[1] - 2 * TreeLayout.NODE_H}, to, t);
                }
            }
            case LEAF_SPLIT -> {
                StepEvent.LeafSplit e = (StepEvent.LeafSplit) event;
                move(sink, e.key(), cell(now, e.right(), e.key()), cell(now, e.parent(), e.key()), t);
            }
            case INTERNAL_SPLIT -> {
                StepEvent.InternalSplit e = (StepEvent.InternalSplit) event;
                move(sink, e.key(), cell(was, e.left(), e.key()), cell(now, e.parent(), e.key()), t);
            }
            case BORROW_LEFT -> {
                StepEvent.BorrowLeft e = (StepEvent.BorrowLeft) event;
                rotate(sink, was, now, e.node(), e.sibling(), e.parent(), e.key(), e.separator(), t);
            }
            case BORROW_RIGHT -> {
                StepEvent.BorrowRight e = (StepEvent.BorrowRight) event;
                rotate(sink, was, now, e.node(), e.sibling(), e.parent(), e.key(), e.separator(), t);
            }
            case MERGE -> {
                StepEvent.Merge e = (StepEvent.Merge) event;
                if (!e.leaf()) {
                    move(sink, e.separator(), cell(was, e.parent(), e.separator()), cell(now, e.left(), e.separator()), t);
                }
            }
            default -> {
                // nothing flies
            }
        }
    }

    /**
     * A borrow: the key that {@code node} receives comes from the sibling (leaf) or down from the
     * parent (internal); the new separator goes up into the parent from the sibling.
     */
    private static void rotate(FlySink sink, TreeLayout was, TreeLayout now, long node, long sibling, long parent,
                               int key, int separator, double t) {
        double[] from = cell(was, sibling, key);
        if (from == null) {
            from = cell(was, parent, key);
        }
        move(sink, key, from, cell(now, node, key), t);
        double[] sepFrom = cell(was, sibling, separator);
        if (sepFrom == null) {
            sepFrom = cell(now, sibling, separator);
        }
        move(sink, separator, sepFrom, cell(now, parent, separator), t);
    }

    private static void move(FlySink sink, int key, double[] from, double[] to, double t) {
        if (from == null || to == null) {
            return;
        }
        sink.fly(String.valueOf(key), from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t);
    }

    /** Left edge and centre-y of the cell holding {@code key} in node {@code id}, or null. */
    private static double[] cell(TreeLayout l, long id, int key) {
        Placed p = l == null ? null : l.get(id);
        if (p == null) {
            return null;
        }
        int i = p.node().keys().indexOf(key);
        if (i < 0) {
            return null;
        }
        return new double[] {p.x() + i * l.cell(), p.y() + TreeLayout.NODE_H / 2};
    }
}
