package glassbox.python.view;

import glassbox.python.engine.CopyState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything goes, decided once for a whole trace so the picture is stable while stepping:
 * variables keep their rows, and every object keeps the place it got when it first appeared
 * (column = distance from a variable, row = next free place in that column, aligned with the name
 * or parent that first reached it). Sizes are the largest the object gets in the trace.
 */
final class GraphLayout {
    /** A rectangle in drawing coordinates. */
    record Box(double x, double y, double w, double h) {
    }

    final double unit;
    final double cellW;
    final double cellH;
    final double header;
    final double indexH;
    final double pad;
    final double keyW;
    final double rowH;
    final double varH;
    final double frameX;
    final double frameW;
    final double nameW;
    final double top;
    private final double gapX;
    private final double gapY;
    private final Map<String, Box> boxes = new LinkedHashMap<>();
    private final Map<String, Double> varY = new LinkedHashMap<>();
    private double width;
    private double height;

    private GraphLayout(double scale) {
        unit = scale;
        cellW = 50 * scale;
        cellH = 34 * scale;
        header = 22 * scale;
        indexH = 16 * scale;
        pad = 6 * scale;
        keyW = 84 * scale;
        rowH = 32 * scale;
        varH = 42 * scale;
        frameX = 12 * scale;
        nameW = 84 * scale;
        frameW = nameW + cellW + 2 * pad + 16 * scale;
        top = 44 * scale;
        gapX = 50 * scale;
        gapY = 26 * scale;
    }

    /** Lays out every state of a trace (in order) at a font scale (1 = 13px text). */
    static GraphLayout of(List<CopyState> states, double scale) {
        GraphLayout g = new GraphLayout(scale);
        g.compute(states);
        return g;
    }

    Box box(String id) {
        return boxes.get(id);
    }

    double varY(String name) {
        return varY.getOrDefault(name, top);
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private void compute(List<CopyState> states) {
        Map<String, Integer> column = new HashMap<>();
        Map<String, Integer> maxSlots = new HashMap<>();
        Map<String, String> type = new HashMap<>();
        Map<String, String> anchor = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (CopyState s : states) {
            for (CopyState.Variable v : s.vars()) {
                varY.computeIfAbsent(v.key(), n -> top + varY.size() * varH);
            }
            Map<String, CopyState.HeapObject> objects = new HashMap<>();
            for (CopyState.HeapObject o : s.heap()) {
                objects.put(o.id(), o);
                maxSlots.merge(o.id(), o.slots().size(), Math::max);
                type.put(o.id(), o.type());
            }
            Deque<String[]> queue = new ArrayDeque<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CopyState.Variable v : s.vars()) {
                if (v.value().isRef()) {
                    queue.add(new String[] {v.value().ref(), "var:" + v.key(), "0"});
                }
            }
            walk(queue, seen, objects, column, anchor, order);
            if (s.deepcopy() != null) {
                for (CopyState.MemoEntry m : s.deepcopy().memo()) {
                    int col = column.getOrDefault(m.source(), 0);
                    queue.add(new String[] {m.copy(), "obj:" + m.source(), String.valueOf(col)});
                }
                walk(queue, seen, objects, column, anchor, order);
            }
            for (CopyState.HeapObject o : s.heap()) {
                queue.add(new String[] {o.id(), null, "0"});
                walk(queue, seen, objects, column, anchor, order);
            }
        }
        Map<Integer, Double> colWidth = new HashMap<>();
        Map<String, double[]> size = new HashMap<>();
        int maxCol = 0;
        for (String id : order) {
            double[] wh = size(type.get(id), maxSlots.getOrDefault(id, 0));
            size.put(id, wh);
            colWidth.merge(column.get(id), wh[0], Math::max);
            maxCol = Math.max(maxCol, column.get(id));
        }
        double[] colX = new double[maxCol + 1];
        double x = frameX + frameW + gapX;
        for (int c = 0; c <= maxCol; c++) {
            colX[c] = x;
            x += colWidth.getOrDefault(c, 0.0) + gapX;
        }
        Map<Integer, Double> colNext = new HashMap<>();
        for (String id : order) {
            int c = column.get(id);
            double[] wh = size.get(id);
            double y = colNext.getOrDefault(c, top);
            String a = anchor.get(id);
            if (a != null && a.startsWith("var:")) {
                y = Math.max(y, varY(a.substring(4)) - pad);
            } else if (a != null && a.startsWith("obj:") && boxes.containsKey(a.substring(4))) {
                y = Math.max(y, boxes.get(a.substring(4)).y());
            }
            boxes.put(id, new Box(colX[c], y, wh[0], wh[1]));
            colNext.put(c, y + wh[1] + gapY);
            width = Math.max(width, colX[c] + wh[0] + gapX);
            height = Math.max(height, y + wh[1] + gapY);
        }
        width = Math.max(width, frameX + frameW + gapX);
        height = Math.max(height, top + varY.size() * varH + gapY);
    }

    /** Breadth-first from the queued roots: first reach fixes an object's column and anchor. */
    private static void walk(Deque<String[]> queue, java.util.Set<String> seen, Map<String, CopyState.HeapObject> objects,
                             Map<String, Integer> column, Map<String, String> anchor, List<String> order) {
        while (!queue.isEmpty()) {
            String[] item = queue.poll();
            String id = item[0];
            if (!objects.containsKey(id) || !seen.add(id)) {
                continue;
            }
            if (!column.containsKey(id)) {
                column.put(id, Integer.parseInt(item[2]));
                anchor.put(id, item[1]);
                order.add(id);
            }
            int depth = column.get(id);
            for (CopyState.Slot slot : objects.get(id).slots()) {
                if (slot.key() != null && slot.key().isRef()) {
                    queue.add(new String[] {slot.key().ref(), "obj:" + id, String.valueOf(depth + 1)});
                }
                if (slot.value().isRef()) {
                    queue.add(new String[] {slot.value().ref(), "obj:" + id, String.valueOf(depth + 1)});
                }
            }
        }
    }

    /** Cells or rows drawn per object; the rest is summarised in one "+n" cell (level of detail). */
    static final int MAX_DRAWN = 24;

    /** How many cells or rows an object of {@code slots} items shows. */
    static int drawn(int slots) {
        return slots > MAX_DRAWN ? MAX_DRAWN + 1 : slots;
    }

    /** Width and height of an object drawn with {@code slots} cells or rows. */
    double[] size(String type, int slots) {
        slots = drawn(slots);
        if (!"list".equals(type) && !"tuple".equals(type)) {
            return new double[] {2 * pad + 2 * keyW, header + Math.max(1, slots) * rowH + pad};
        }
        return new double[] {2 * pad + Math.max(1, slots) * cellW, header + cellH + indexH + pad};
    }
}
