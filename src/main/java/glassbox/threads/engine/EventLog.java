package glassbox.threads.engine;

import java.util.Arrays;

/**
 * The events of a run in time order, stored in primitive arrays so a million of them stay small:
 * time (ns), thread index, type and the other thread involved (-1 for none): for an acquire the
 * thread that held before, for a drop request the holder asked to drop.
 */
public final class EventLog {
    private long[] times = new long[64];
    private int[] threads = new int[64];
    private int[] others = new int[64];
    private byte[] types = new byte[64];
    private int size;

    /** Appends an event; times must not go backwards. */
    public void add(long time, int thread, EventType type, int other) {
        if (size > 0 && time < times[size - 1]) {
            throw new IllegalStateException("event at " + time + " before " + times[size - 1]);
        }
        if (size == times.length) {
            int n = size * 2;
            times = Arrays.copyOf(times, n);
            threads = Arrays.copyOf(threads, n);
            others = Arrays.copyOf(others, n);
            types = Arrays.copyOf(types, n);
        }
        times[size] = time;
        threads[size] = thread;
        others[size] = other;
        types[size] = (byte) type.ordinal();
        size++;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[check(i)];
    }

    public int thread(int i) {
        return threads[check(i)];
    }

    public int other(int i) {
        return others[check(i)];
    }

    public EventType type(int i) {
        return EventType.ofOrdinal(types[check(i)]);
    }

    /** Index of the first event at or after {@code time} (size when none). */
    public int firstAtOrAfter(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }
}
