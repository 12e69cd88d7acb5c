package glassbox.threads.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The timeline's geometry, rebuilt from an event log: per thread, the intervals it spent running,
 * waiting, in io, blocked on the shared lock and done; the band of GIL holders (one at a time
 * except under nogil and process); and the band of the shared lock's holders ({@code lock} bursts).
 * Stored in primitive arrays sorted by start so a view can binary-search the visible window.
 */
public final class Lanes {
    private final Lane[] lanes;
    private final Lane band;
    private final Lane lockBand = new Lane();
    private final long wall;

    /** One row of intervals: [start, end) with a code (a {@link ThreadState} ordinal, or a thread index in the band). */
    public static final class Lane {
        private long[] starts = new long[16];
        private long[] ends = new long[16];
        private int[] codes = new int[16];
        private int size;
        private long[][] prefix;

        void add(long start, long end, int code) {
            if (end <= start) {
                return;
            }
            if (size > 0 && codes[size - 1] == code && ends[size - 1] == start) {
                ends[size - 1] = end;
                return;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                codes = Arrays.copyOf(codes, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            codes[size] = code;
            size++;
        }

        public int size() {
            return size;
        }

        public long start(int i) {
            return starts[i];
        }

        public long end(int i) {
            return ends[i];
        }

        public int code(int i) {
            return codes[i];
        }

        public ThreadState state(int i) {
            return ThreadState.ofOrdinal(codes[i]);
        }

        /** Index of the first interval ending after {@code time}. */
        public int firstEndingAfter(long time) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= time) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The code at {@code time}, or -1 when no interval covers it. */
        public int codeAt(long time) {
            int i = firstEndingAfter(time);
            return i < size && starts[i] <= time ? codes[i] : -1;
        }

        /**
         * Time spent in {@code code} before {@code time}: a prefix sum, so a view can pool a whole
         * pixel column of a million intervals with two binary searches.
         */
        public synchronized long timeBefore(int code, long time) {
            if (prefix == null || prefix.length <= code) {
                buildPrefix(code + 1);
            }
            int i = firstEndingAfter(time);
            long t = prefix[code][i];
            if (i < size && codes[i] == code && starts[i] < time) {
                t += time - starts[i];
            }
            return t;
        }

        private void buildPrefix(int codeCount) {
            int n = Math.max(codeCount, maxCode() + 1);
            prefix = new long[n][size + 1];
            for (int i = 0; i < size; i++) {
                for (int c = 0; c < n; c++) {
                    prefix[c][i + 1] = prefix[c][i];
                }
                prefix[codes[i]][i + 1] += ends[i] - starts[i];
            }
        }

        private int maxCode() {
            int m = 0;
            for (int i = 0; i < size; i++) {
                m = Math.max(m, codes[i]);
            }
            return m;
        }

        /** Total length of the intervals with {@code code}. */
        public long total(int code) {
            long sum = 0;
            for (int i = 0; i < size; i++) {
                if (codes[i] == code) {
                    sum += ends[i] - starts[i];
                }
            }
            return sum;
        }
    }

    private Lanes(int threads, long wall) {
        this.lanes = new Lane[threads];
        for (int i = 0; i < threads; i++) {
            lanes[i] = new Lane();
        }
        this.band = new Lane();
        this.wall = wall;
    }

    /** Replays {@code log} for {@code threads} threads; open intervals close at {@code wall}. */
    public static Lanes of(EventLog log, int threads, long wall) {
        Lanes out = new Lanes(threads, wall);
        int[] state = new int[threads];
        long[] since = new long[threads];
        boolean[] holding = new boolean[threads];
        long[] holdSince = new long[threads];
        Arrays.fill(state, -1);
        List<long[]> bandParts = new ArrayList<>();
        int lockHolder = -1;
        long lockSince = 0;
        for (int e = 0; e < log.size(); e++) {
            int t = log.thread(e);
            long time = log.time(e);
            int next = switch (log.type(e)) {
                case ACQUIRE -> {
                    holding[t] = true;
                    holdSince[t] = time;
                    yield ThreadState.RUNNING.ordinal();
                }
                case RELEASE -> {
                    if (holding[t]) {
                        bandParts.add(new long[] {holdSince[t], time, t});
                    }
                    holding[t] = false;
                    // a thread that blocked on the shared lock gives its slot back: still blocked
                    yield state[t] == ThreadState.BLOCKED.ordinal() ? state[t] : ThreadState.WAITING.ordinal();
                }
                case WAIT -> ThreadState.WAITING.ordinal();
                case DROP_REQUEST -> state[t];
                case IO_START -> ThreadState.IO.ordinal();
                case IO_END -> holding[t] ? ThreadState.RUNNING.ordinal() : ThreadState.WAITING.ordinal();
                case END -> ThreadState.DONE.ordinal();
                case LOCK_WAIT -> ThreadState.BLOCKED.ordinal();
                case LOCK -> {
                    lockHolder = t;
                    lockSince = time;
                    yield state[t] == ThreadState.BLOCKED.ordinal() ? ThreadState.WAITING.ordinal() : state[t];
                }
                case UNLOCK -> {
                    out.lockBand.add(lockSince, time, t);
                    lockHolder = -1;
                    yield state[t];
                }
            };
            if (next != state[t]) {
                if (state[t] >= 0) {
                    out.lanes[t].add(since[t], time, state[t]);
                }
                state[t] = next;
                since[t] = time;
            }
        }
        for (int t = 0; t < threads; t++) {
            if (state[t] >= 0) {
                out.lanes[t].add(since[t], Math.max(wall, since[t]), state[t]);
            }
            if (holding[t]) {
                bandParts.add(new long[] {holdSince[t], wall, t});
            }
        }
        if (lockHolder >= 0) {
            out.lockBand.add(lockSince, Math.max(wall, lockSince), lockHolder);
        }
        bandParts.sort((a, b) -> Long.compare(a[0], b[0]));
        for (long[] p : bandParts) {
            out.band.add(p[0], p[1], (int) p[2]);
        }
        return out;
    }

    public int threads() {
        return lanes.length;
    }

    public Lane lane(int thread) {
        return lanes[thread];
    }

    /** Who held the lock when: codes are thread indices. */
    public Lane band() {
        return band;
    }

    /** Who held the shared lock ({@code lock} bursts) when: codes are thread indices; empty without lock bursts. */
    public Lane lockBand() {
        return lockBand;
    }

    public long wall() {
        return wall;
    }
}
