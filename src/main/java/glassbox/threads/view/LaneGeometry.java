package glassbox.threads.view;

import glassbox.threads.engine.Lanes;
import java.util.ArrayList;
import java.util.List;

/**
 * Level of detail for one lane: turns the intervals inside a time window into at most a couple of
 * rectangles per pixel column. Intervals a pixel or wider are drawn as they are; narrower ones are
 * pooled per pixel column and the column takes the code that filled most of it. Adjacent
 * rectangles with the same code merge. Pure arithmetic, so it is unit-tested without a screen.
 */
public final class LaneGeometry {
    /**
     * A horizontal run [x0, x1) in pixels with a code (state ordinal or thread index). When many
     * intervals share a pixel column, {@code share} is the fraction of the column's time in this
     * code and {@code offset} the fraction stacked below it; otherwise share is 1 and offset 0.
     */
    public record Run(double x0, double x1, int code, double offset, double share) {
        public Run(double x0, double x1, int code) {
            this(x0, x1, code, 0, 1);
        }

        public double width() {
            return x1 - x0;
        }

        public boolean stacked() {
            return share < 1;
        }
    }

    private LaneGeometry() {
    }

    /**
     * @param lane  the intervals
     * @param start window start (ns)
     * @param end   window end (ns)
     * @param x0    pixel of {@code start}
     * @param width pixels from start to end
     * @param codes how many distinct codes there are (for pooling)
     */
    public static List<Run> runs(Lanes.Lane lane, double start, double end, double x0, double width, int codes) {
        List<Run> out = new ArrayList<>();
        if (end <= start || width <= 0) {
            return out;
        }
        double scale = width / (end - start);
        int first = lane.firstEndingAfter((long) Math.floor(start));
        int last = lane.firstEndingAfter((long) Math.ceil(end));
        if (last - first > 4 * width) {
            return byColumn(lane, start, end, x0, width, codes);
        }
        long[] pool = new long[Math.max(1, codes)];
        int column = Integer.MIN_VALUE;
        int n = lane.size();
        for (int i = lane.firstEndingAfter((long) Math.floor(start)); i < n && lane.start(i) < end; i++) {
            double s = Math.max(start, lane.start(i));
            double e = Math.min(end, lane.end(i));
            double a = x0 + (s - start) * scale;
            double b = x0 + (e - start) * scale;
            if (b - a >= 1.0) {
                column = flush(out, pool, column);
                add(out, a, b, lane.code(i));
            } else {
                int c = (int) Math.floor(a);
                if (c != column) {
                    column = flush(out, pool, column);
                    column = c;
                }
                int code = lane.code(i);
                if (code >= 0 && code < pool.length) {
                    pool[code] += lane.end(i) - lane.start(i);
                }
            }
        }
        flush(out, pool, column);
        return out;
    }

    /** Many intervals per pixel: each column takes the code that fills most of it (prefix sums). */
    private static List<Run> byColumn(Lanes.Lane lane, double start, double end, double x0, double width, int codes) {
        List<Run> out = new ArrayList<>();
        int columns = (int) Math.ceil(width);
        double perColumn = (end - start) / width;
        long[] before = new long[codes];
        long t0 = (long) Math.floor(start);
        for (int k = 0; k < codes; k++) {
            before[k] = lane.timeBefore(k, t0);
        }
        long[] in = new long[codes];
        List<Run> previous = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            long t1 = (long) Math.floor(start + (c + 1) * perColumn);
            long total = 0;
            for (int k = 0; k < codes; k++) {
                long after = lane.timeBefore(k, t1);
                in[k] = after - before[k];
                before[k] = after;
                total += in[k];
            }
            current.clear();
            double offset = 0;
            for (int k = 0; k < codes && total > 0; k++) {
                if (in[k] > 0) {
                    double share = (double) in[k] / total;
                    current.add(new Run(x0 + c, x0 + Math.min(c + 1, width), k, offset, share >= 0.999 ? 0.999 : share));
                    offset += share;
                }
            }
            if (sameStack(previous, current)) {
                for (int i = 0; i < current.size(); i++) {
                    Run p = previous.get(i);
                    int at = out.lastIndexOf(p);
                    Run grown = new Run(p.x0(), current.get(i).x1(), p.code(), p.offset(), p.share());
                    out.set(at, grown);
                    previous.set(i, grown);
                }
            } else {
                out.addAll(current);
                previous = new ArrayList<>(current);
            }
        }
        return out;
    }

    private static boolean sameStack(List<Run> a, List<Run> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).code() != b.get(i).code() || Math.abs(a.get(i).share() - b.get(i).share()) > 0.03
                    || Math.abs(a.get(i).offset() - b.get(i).offset()) > 0.03) {
                return false;
            }
        }
        return true;
    }

    private static int flush(List<Run> out, long[] pool, int column) {
        if (column == Integer.MIN_VALUE) {
            return column;
        }
        int best = -1;
        for (int k = 0; k < pool.length; k++) {
            if (pool[k] > 0 && (best < 0 || pool[k] > pool[best])) {
                best = k;
            }
        }
        if (best >= 0) {
            double a = column;
            if (!out.isEmpty() && out.get(out.size() - 1).x1() > a) {
                a = out.get(out.size() - 1).x1();
            }
            if (column + 1 > a) {
                add(out, a, column + 1, best);
            }
        }
        java.util.Arrays.fill(pool, 0);
        return Integer.MIN_VALUE;
    }

    private static void add(List<Run> out, double a, double b, int code) {
        if (!out.isEmpty()) {
            Run last = out.get(out.size() - 1);
            if (last.code() == code && a - last.x1() <= 0.5) {
                out.set(out.size() - 1, new Run(last.x0(), Math.max(b, last.x1()), code));
                return;
            }
            if (a < last.x1()) {
                a = last.x1();
                if (b <= a) {
                    return;
                }
            }
        }
        out.add(new Run(a, b, code));
    }
}
