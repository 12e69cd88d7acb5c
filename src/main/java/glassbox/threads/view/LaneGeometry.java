package glassbox.threads.view;

import glassbox.threads.engine.Lanes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Level of detail for one lane: turns the intervals inside a time window into at most a couple of
 * rectangles per pixel column. Intervals a pixel or wider are drawn as they are; narrower ones are
 * pooled per pixel column and the column takes the code that filled most of it. Adjacent
 * rectangles with the same code merge. Pure arithmetic, so it is unit-tested without a screen.
 */
public final class LaneGeometry {
    /** A horizontal run [x0, x1) in pixels with a code (state ordinal or thread index). */
    public record Run(double x0, double x1, int code) {
        public double width() {
            return x1 - x0;
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

    /** Calls {@code each} with the distinct pixel columns of the given times (ticks, one per column). */
    public static void columns(long[] times, int count, double start, double end, double x0, double width, IntConsumer each) {
        double scale = width / (end - start);
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            int c = (int) Math.floor(x0 + (times[i] - start) * scale);
            if (c != last) {
                each.accept(c);
                last = c;
            }
        }
    }
}
