package glassbox.bptree.view;

import glassbox.bptree.engine.NodeSnap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every node of a tree (or a bulk load's forest) sits, in world units: leaves side by side on
 * one baseline, each parent centred over its children. Levels are kept sorted by x so a viewport
 * can pick out its visible nodes by bisection. Pure geometry, no toolkit.
 */
final class TreeLayout {
    static final double MIN_CELL = 36;
    static final double NODE_H = 30;
    static final double LEVEL_GAP = 64;
    static final double LEAF_GAP = 18;

    /** One placed node: left edge {@code x}, top {@code y}, width {@code w}; its parent's id or -1. */
    record Placed(NodeSnap node, double x, double y, double w, int level, long parent, int childIndex) {
        double cx() {
            return x + w / 2;
        }

        double right() {
            return x + w;
        }

        /** Where the pointer to child {@code i} leaves this node (between keys i−1 and i). */
        double slotX(int i) {
            double sx = x + i * (w / Math.max(1, node.size()));
            return Math.max(x + 5, Math.min(x + w - 5, sx));
        }
    }

    private final List<List<Placed>> levels = new ArrayList<>(); // index 0 = top row
    private final Map<Long, Placed> byId = new HashMap<>();
    private final double cell;
    private double width;
    private int rows;

    /** Width of one key cell: wide enough for the longest key in the leaves. */
    static double cellFor(List<NodeSnap> forest) {
        int digits = 1;
        for (NodeSnap s : forest) {
            digits = Math.max(digits, digits(s));
        }
        return Math.max(MIN_CELL, digits * 9 + 12);
    }

    private static int digits(NodeSnap s) {
        if (!s.leaf()) {
            int d = 1;
            for (NodeSnap c : s.children()) {
                d = Math.max(d, digits(c));
            }
            return d;
        }
        int d = 1;
        for (int k : s.keys()) {
            d = Math.max(d, String.valueOf(k).length());
        }
        return d;
    }

    double nodeWidth(NodeSnap s) {
        return Math.max(1, s.size()) * cell;
    }

    double cell() {
        return cell;
    }

    TreeLayout(List<NodeSnap> forest) {
        cell = cellFor(forest);
        int top = 0;
        for (NodeSnap s : forest) {
            top = Math.max(top, height(s));
        }
        rows = forest.isEmpty() ? 0 : top + 1;
        for (int r = 0; r < rows; r++) {
            levels.add(new ArrayList<>());
        }
        double[] cursor = {0};
        for (NodeSnap s : forest) {
            place(s, height(s), -1, 0, cursor);
            cursor[0] += LEAF_GAP;
        }
        width = Math.max(0, cursor[0] - 2 * LEAF_GAP);
    }

    private static int height(NodeSnap s) {
        int h = 0;
        while (!s.leaf()) {
            s = s.children().get(0);
            h++;
        }
        return h;
    }

    /** Places {@code s} (level {@code level} from the bottom); returns it. */
    private Placed place(NodeSnap s, int level, long parent, int childIndex, double[] cursor) {
        double w = nodeWidth(s);
        int row = rows - 1 - level;
        double y = row * (NODE_H + LEVEL_GAP);
        Placed p;
        if (s.leaf()) {
            p = new Placed(s, cursor[0], y, w, level, parent, childIndex);
            cursor[0] += w + LEAF_GAP;
        } else {
            Placed first = null;
            Placed last = null;
            for (int i = 0; i < s.children().size(); i++) {
                Placed c = place(s.children().get(i), level - 1, s.id(), i, cursor);
                if (first == null) {
                    first = c;
                }
                last = c;
            }
            double mid = (first.cx() + last.cx()) / 2;
            p = new Placed(s, mid - w / 2, y, w, level, parent, childIndex);
        }
        levels.get(row).add(p);
        byId.put(s.id(), p);
        return p;
    }

    int rows() {
        return rows;
    }

    double width() {
        return width;
    }

    double height() {
        return rows == 0 ? 0 : rows * NODE_H + (rows - 1) * LEVEL_GAP;
    }

    List<Placed> row(int r) {
        return levels.get(r);
    }

    Placed get(long id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    /** The nodes of row {@code r} that overlap [x0, x1] (rows are sorted by x). */
    List<Placed> visible(int r, double x0, double x1) {
        List<Placed> row = levels.get(r);
        int lo = 0;
        int hi = row.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (row.get(mid).right() < x0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < row.size() && row.get(end).x() <= x1) {
            end++;
        }
        return row.subList(lo, end);
    }
}
