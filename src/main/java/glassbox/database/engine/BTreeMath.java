package glassbox.database.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic that links the measured index to the B+Tree tab: how many levels a B+Tree of a
 * given fan-out needs for N keys, and the small version of the index handed to that tab.
 */
public final class BTreeMath {
    /** H2's MVStore splits a page holding more than this many keys ({@code keysPerPage}). */
    public static final int H2_FANOUT = 48;

    private BTreeMath() {
    }

    /** Levels (root to leaves) of a B+Tree with at most {@code fanout} keys per page holding {@code n} keys. */
    public static int height(long n, int fanout) {
        if (n < 1 || fanout < 2) {
            throw new IllegalArgumentException("n >= 1 and fanout >= 2 needed");
        }
        int h = 1;
        double capacity = fanout;
        while (capacity < n) {
            capacity *= fanout;
            h++;
        }
        return h;
    }

    /** Leaf pages a full scan reads: every one. */
    public static long leafPages(long n, int fanout) {
        return (n + fanout - 1) / fanout;
    }

    /**
     * The key column of a {@code count}-row table built the way the experiment builds its table,
     * in insertion order, but shuffled deterministically so the small tree is not a lopsided
     * sorted-insert tree: a permutation of 1..count.
     */
    public static List<Long> smallIndexKeys(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count >= 1 needed");
        }
        long step = coprimeStep(count);
        List<Long> keys = new ArrayList<>(count);
        for (long x = 0; x < count; x++) {
            keys.add((x * step) % count + 1);
        }
        return keys;
    }

    /** A step near 0.618·n with gcd(step, n) = 1, so x·step mod n visits every residue once. */
    static long coprimeStep(long n) {
        if (n <= 2) {
            return 1;
        }
        long s = Math.max(1, Math.round(n * 0.6180339887));
        while (gcd(s, n) != 1) {
            s++;
        }
        return s;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
