package glassbox.threads.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why CPython has a GIL: two threads changing one object's {@code ob_refcnt} as the machine does it
 * (load, add or sub, store, each a separate step). Without the GIL an interleaving can put one
 * thread's load before another's store, so one update overwrites the other (a lost update); the
 * count goes wrong and can reach 0 while a thread still holds the object, which is then freed
 * under it. With the GIL a thread that has started an incref or decref finishes it before any other
 * thread's micro-op runs (CPython never switches threads inside {@code Py_INCREF}).
 */
public final class RefcountRace {
    /** Most threads in one race. */
    public static final int MAX_THREADS = 8;
    /** Highest start count accepted. */
    public static final int MAX_START = 1_000_000;

    /**
     * One micro-op as it ran: who, what, the thread's register and {@code ob_refcnt} afterwards, the
     * event it marks (a freeing store is marked FREED even when it also lost an update), and whether
     * this store overwrote another thread's update.
     */
    public record Step(String thread, int threadIndex, RefOp refOp, MicroOp op, int reg, int count, Event event,
                       boolean lost) {
    }

    /** What a micro-op did that the narration and the scrubber mark. */
    public enum Event implements glassbox.player.EventKind {
        LOST_UPDATE("lost_update", "threads.rc.event.lost"),
        FREED("freed", "threads.rc.event.freed"),
        USE_AFTER_FREE("use_after_free", "threads.rc.event.uaf");

        private final String id;
        private final String labelKey;

        Event(String id, String labelKey) {
            this.id = id;
            this.labelKey = labelKey;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }
    }

    /** The whole race: inputs, every micro-op and the outcome. */
    public record Result(int start, List<RefThread> threads, List<String> order, boolean gil, List<Step> steps) {
        public Result {
            threads = List.copyOf(threads);
            order = List.copyOf(order);
            steps = List.copyOf(steps);
        }

        /** ob_refcnt after the last store. */
        public int finalCount() {
            int c = start;
            for (Step s : steps) {
                c = s.count();
            }
            return c;
        }

        /** start + increfs - decrefs: what the count would be if no update were lost. */
        public int expected() {
            int e = start;
            for (RefThread t : threads) {
                for (RefOp op : t.ops()) {
                    e += op.delta();
                }
            }
            return e;
        }

        public int lostUpdates() {
            return Math.abs(expected() - finalCount());
        }

        /** True when a store left the count at 0 or below while the expected count is above 0. */
        public boolean freedEarly() {
            return expected() > 0 && steps.stream().anyMatch(s -> s.op() == MicroOp.STORE && s.count() <= 0);
        }

        /** Index of the first step marked {@code event}, or -1. */
        public int first(Event event) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).event() == event) {
                    return i;
                }
            }
            return -1;
        }
    }

    private RefcountRace() {
    }

    /** Each thread to its end in turn: T1's micro-ops, then T2's, and so on. */
    public static List<String> inTurn(List<RefThread> threads) {
        List<String> out = new ArrayList<>();
        for (RefThread t : threads) {
            for (int i = 0; i < t.microOps(); i++) {
                out.add(t.name());
            }
        }
        return out;
    }

    /**
     * Two threads (or more): the second thread's micro-ops all run after the first thread's first
     * {@code point} micro-ops, then the rest of the first thread, then the others in turn. Point 0
     * runs the second thread first; the first thread's micro-op count runs them in turn.
     */
    public static List<String> atPoint(List<RefThread> threads, int point) {
        List<String> out = new ArrayList<>();
        RefThread a = threads.get(0);
        int p = Math.max(0, Math.min(a.microOps(), point));
        for (int i = 0; i < p; i++) {
            out.add(a.name());
        }
        if (threads.size() > 1) {
            for (int i = 0; i < threads.get(1).microOps(); i++) {
                out.add(threads.get(1).name());
            }
        }
        for (int i = p; i < a.microOps(); i++) {
            out.add(a.name());
        }
        for (int k = 2; k < threads.size(); k++) {
            for (int i = 0; i < threads.get(k).microOps(); i++) {
                out.add(threads.get(k).name());
            }
        }
        return out;
    }

    /** A seeded random interleaving: reproducible for the same seed. */
    public static List<String> random(List<RefThread> threads, long seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        int[] left = threads.stream().mapToInt(RefThread::microOps).toArray();
        int total = java.util.Arrays.stream(left).sum();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            int pick = rnd.nextInt(total - k);
            for (int t = 0; t < left.length; t++) {
                if (pick < left[t]) {
                    left[t]--;
                    out.add(threads.get(t).name());
                    break;
                }
                pick -= left[t];
            }
        }
        return out;
    }

    /**
     * Runs the race.
     *
     * @param order names, in order, the thread that performs its next micro-op; null for
     *              {@link #inTurn}. Must name each thread exactly as many times as it has micro-ops.
     * @param gil   a thread that has started an op finishes it before another thread's micro-op
     */
    public static Result run(int start, List<RefThread> threads, List<String> order, boolean gil) {
        check(start, threads);
        List<String> seq = order == null ? inTurn(threads) : List.copyOf(order);
        int[] idx = checkOrder(threads, seq);
        int n = threads.size();
        int[] nextMicro = new int[n];
        int[] reg = new int[n];
        int[] loaded = new int[n];
        boolean[] used = new boolean[seq.size()];
        int count = start;
        boolean freed = false;
        int expected = start;
        for (RefThread t : threads) {
            for (RefOp op : t.ops()) {
                expected += op.delta();
            }
        }
        List<Step> steps = new ArrayList<>();
        int holder = -1;
        for (int k = 0; k < seq.size(); k++) {
            if (used[k]) {
                continue;
            }
            int t = idx[k];
            if (gil && holder >= 0 && holder != t) {
                // the holder finishes its op first, taking its own later turns in the order
                while (nextMicro[holder] % 3 != 0) {
                    int later = nextUnused(idx, used, holder, k + 1);
                    used[later] = true;
                    count = micro(threads, holder, nextMicro, reg, loaded, count, steps, freed, expected);
                    freed |= freedBy(steps);
                }
                holder = -1;
            }
            used[k] = true;
            count = micro(threads, t, nextMicro, reg, loaded, count, steps, freed, expected);
            freed |= freedBy(steps);
            holder = nextMicro[t] % 3 == 0 ? -1 : t;
        }
        return new Result(start, threads, seq, gil, steps);
    }

    private static boolean freedBy(List<Step> steps) {
        Step last = steps.get(steps.size() - 1);
        return last.event() == Event.FREED;
    }

    private static int nextUnused(int[] idx, boolean[] used, int thread, int from) {
        for (int i = from; i < idx.length; i++) {
            if (!used[i] && idx[i] == thread) {
                return i;
            }
        }
        throw new IllegalStateException("order checked: thread has turns left");
    }

    /** Performs thread t's next micro-op; returns the count afterwards. */
    private static int micro(List<RefThread> threads, int t, int[] nextMicro, int[] reg, int[] loaded, int count,
                             List<Step> steps, boolean freed, int expected) {
        RefThread th = threads.get(t);
        RefOp op = th.ops().get(nextMicro[t] / 3);
        int phase = nextMicro[t] % 3;
        nextMicro[t]++;
        MicroOp micro;
        Event event = freed ? Event.USE_AFTER_FREE : null;
        boolean lost = false;
        switch (phase) {
            case 0 -> {
                micro = MicroOp.LOAD;
                reg[t] = count;
                loaded[t] = count;
            }
            case 1 -> {
                micro = op.arithmetic();
                reg[t] += op.delta();
            }
            default -> {
                micro = MicroOp.STORE;
                if (!freed) {
                    if (count != loaded[t]) {
                        event = Event.LOST_UPDATE;
                        lost = true;
                    }
                    boolean lastStore = isLastStore(threads, nextMicro);
                    if (reg[t] <= 0 && (expected > 0 || !lastStore)) {
                        event = Event.FREED;
                    }
                }
                count = reg[t];
            }
        }
        steps.add(new Step(th.name(), t, op, micro, reg[t], count, event, lost));
        return count;
    }

    private static boolean isLastStore(List<RefThread> threads, int[] nextMicro) {
        for (int t = 0; t < threads.size(); t++) {
            if (nextMicro[t] < threads.get(t).microOps()) {
                return false;
            }
        }
        return true;
    }

    private static void check(int start, List<RefThread> threads) {
        if (start < 1 || start > MAX_START) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    "--start must be between 1 and " + MAX_START + " (the object exists, so it has a reference), got " + start,
                    "start must be between 1 and " + MAX_START);
        }
        if (threads == null || threads.isEmpty()) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    "no threads: give at least one --thread NAME=OPS", "no threads");
        }
        if (threads.size() > MAX_THREADS) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    "more than " + MAX_THREADS + " threads (the limit)", "more than " + MAX_THREADS + " threads");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RefThread t : threads) {
            if (!seen.add(t.name())) {
                throw new WorkloadException(WorkloadException.Problem.DUPLICATE,
                        "thread name \"" + t.name() + "\" is used twice", t.name());
            }
        }
    }

    /** Maps each entry to its thread index; refuses unknown names and wrong counts. */
    private static int[] checkOrder(List<RefThread> threads, List<String> seq) {
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < threads.size(); t++) {
            index.put(threads.get(t).name(), t);
        }
        int total = threads.stream().mapToInt(RefThread::microOps).sum();
        if (seq.size() != total) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    "--interleave names " + seq.size() + " micro-ops but the threads have " + total
                            + " (3 per incref or decref)",
                    "the interleaving names " + seq.size() + " micro-ops, the threads have " + total);
        }
        int[] idx = new int[seq.size()];
        int[] counts = new int[threads.size()];
        for (int k = 0; k < seq.size(); k++) {
            Integer t = index.get(seq.get(k).trim());
            if (t == null) {
                throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                        "--interleave names unknown thread \"" + seq.get(k) + "\"",
                        "unknown thread \"" + seq.get(k) + "\"");
            }
            idx[k] = t;
            counts[t]++;
        }
        for (int t = 0; t < threads.size(); t++) {
            if (counts[t] != threads.get(t).microOps()) {
                throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                        "--interleave names " + threads.get(t).name() + " " + counts[t] + " times but it has "
                                + threads.get(t).microOps() + " micro-ops",
                        threads.get(t).name() + " named " + counts[t] + " times, has " + threads.get(t).microOps()
                                + " micro-ops");
            }
        }
        return idx;
    }
}
