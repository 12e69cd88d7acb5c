package glassbox.bptree.engine.innodb;

import java.util.ArrayList;
import java.util.List;

/**
 * The fan-out arithmetic behind "three levels hold about 21.9 million rows": how many node
 * pointers an internal page holds, how many rows a leaf page holds, and how many rows a tree of
 * each height can hold. An estimate: it ignores record headers, the page directory, variable-length
 * keys, half-full pages after random inserts, and rows stored off-page.
 *
 * @param pageBytes     page size (InnoDB: 16,384)
 * @param keyBytes      primary key size (BIGINT: 8)
 * @param pointerBytes  child page number stored beside each key (InnoDB: 6 in the classic figure)
 * @param rowBytes      average row size in a leaf
 * @param overheadBytes bytes of each page not used for records (header, trailer, directory)
 * @param fill          the share of the rest that is filled, in (0, 1]
 */
public record InnodbMath(long pageBytes, long keyBytes, long pointerBytes, long rowBytes, long overheadBytes,
                         double fill) {
    /** Most rows the CLI and the view accept (a quadrillion). */
    public static final long MAX_ROWS = 1_000_000_000_000_000L;

    /** The classic figure's knobs: 16 KiB pages, BIGINT keys, 6-byte pointers, 1 KiB rows. */
    public static InnodbMath classic() {
        return new InnodbMath(16384, 8, 6, 1024, 0, 1.0);
    }

    /** Checks the knobs; throws IllegalArgumentException naming the first bad one. */
    public InnodbMath {
        positive("page-bytes", pageBytes);
        positive("key-bytes", keyBytes);
        positive("pointer-bytes", pointerBytes);
        positive("row-bytes", rowBytes);
        if (overheadBytes < 0) {
            throw new IllegalArgumentException("page-overhead-bytes must not be negative: " + overheadBytes);
        }
        if (overheadBytes >= pageBytes) {
            throw new IllegalArgumentException("page-overhead-bytes " + overheadBytes + " leaves no room in a "
                    + pageBytes + "-byte page");
        }
        if (!(fill > 0 && fill <= 1)) {
            throw new IllegalArgumentException("fill must be in (0, 1]: " + fill);
        }
        double usable = (pageBytes - overheadBytes) * fill;
        if (keyBytes + pointerBytes > usable) {
            throw new IllegalArgumentException("an entry of " + (keyBytes + pointerBytes)
                    + " bytes (key + pointer) is larger than the usable page (" + (long) usable + " bytes)");
        }
        if (rowBytes > usable) {
            throw new IllegalArgumentException("a row of " + rowBytes + " bytes is larger than the usable page ("
                    + (long) usable + " bytes)");
        }
        if (Math.floor(usable / (keyBytes + pointerBytes) + 1e-9) < 2) {
            throw new IllegalArgumentException("an internal page holds fewer than 2 entries of "
                    + (keyBytes + pointerBytes) + " bytes: the tree could not branch");
        }
    }

    private static void positive(String name, long v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
    }

    private double usable() {
        return (pageBytes - overheadBytes) * fill;
    }

    /** F = ⌊(page − overhead) × fill / (key + pointer)⌋: children per internal page. */
    public long internalFanout() {
        return (long) Math.floor(usable() / (keyBytes + pointerBytes) + 1e-9);
    }

    /** R = ⌊(page − overhead) × fill / row⌋: rows per leaf page. */
    public long rowsPerLeaf() {
        return (long) Math.floor(usable() / rowBytes + 1e-9);
    }

    /** Rows a tree of {@code height} levels holds: R × F^(h−1), saturating at Long.MAX_VALUE. */
    public long capacity(int height) {
        if (height < 1) {
            throw new IllegalArgumentException("height must be at least 1: " + height);
        }
        long c = rowsPerLeaf();
        for (int h = 1; h < height; h++) {
            c = c > Long.MAX_VALUE / internalFanout() ? Long.MAX_VALUE : c * internalFanout();
        }
        return c;
    }

    /** The least height whose capacity is at least {@code rows} (1 for rows ≤ R). */
    public int heightFor(long rows) {
        if (rows < 0 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be in 0.." + MAX_ROWS + ": " + rows);
        }
        int h = 1;
        while (capacity(h) < rows) {
            h++;
        }
        return h;
    }

    /** Capacities of heights 1..{@code height}. */
    public List<Long> capacities(int height) {
        List<Long> out = new ArrayList<>();
        for (int h = 1; h <= height; h++) {
            out.add(capacity(h));
        }
        return out;
    }
}
