package glassbox.threads.engine;

/**
 * The state every slot-based scheduler shares (the GIL's one slot, free threading's cores, one
 * core per process): per thread its current burst, the time left in it, its status, since when it
 * waits and when its io ends; the event loop that advances virtual time to the next thing that
 * happens; and the grant of free slots to the longest-waiting threads (ties: listed first).
 * Subclasses say how many slots there are and who the events name as "other".
 *
 * <p>The shared lock of {@code lock} bursts is taken when the thread runs (holds a slot) and its
 * burst is a lock burst. A thread that finds it taken gives its slot back (as CPython's
 * {@code lock.acquire()} drops the GIL while it blocks) and blocks; when the holder's lock burst
 * ends the lock goes to the longest-blocked thread (first come, first served: real locks promise
 * no order), which then waits for a slot again.
 */
abstract class SchedulerCore {
    static final long NEVER = Long.MAX_VALUE;
    static final byte NEW = 0;
    static final byte HOLD = 1;
    static final byte WAIT = 2;
    static final byte IO = 3;
    static final byte DONE = 4;
    static final byte BLOCKED = 5;

    final Workload workload;
    final int n;
    final int[] burst;
    final long[] remaining;
    final byte[] status;
    final long[] waitSince;
    final boolean[] announced;
    final long[] ioEnd;
    final EventLog log = new EventLog();
    long now;
    int lockHolder = -1;
    /** False when no thread has a lock burst: then the event loop skips the lock bookkeeping. */
    private final boolean locks;

    SchedulerCore(Workload workload) {
        this.workload = workload;
        this.n = workload.size();
        this.burst = new int[n];
        this.remaining = new long[n];
        this.status = new byte[n];
        this.waitSince = new long[n];
        this.announced = new boolean[n];
        this.ioEnd = new long[n];
        this.locks = workload.threads().stream().anyMatch(t -> t.bursts().stream().anyMatch(Burst::isLocked));
    }

    /** Runs from time {@code now} (every thread starts its first burst then) to the last event. */
    final EventLog loop() {
        for (int t = 0; t < n; t++) {
            begin(t);
        }
        grantAndSettle();
        while (true) {
            long next = deadline();
            for (int t = 0; t < n; t++) {
                if (status[t] == HOLD) {
                    next = Math.min(next, now + remaining[t]);
                } else if (status[t] == IO) {
                    next = Math.min(next, ioEnd[t]);
                }
            }
            if (next == NEVER) {
                break;
            }
            for (int t = 0; t < n; t++) {
                if (status[t] == HOLD) {
                    remaining[t] -= next - now;
                }
            }
            now = next;
            for (int t = 0; t < n; t++) {
                if (status[t] == HOLD && remaining[t] == 0) {
                    finishBurst(t);
                } else if (status[t] == IO && ioEnd[t] == now) {
                    log.add(now, t, EventType.IO_END, -1);
                    finishBurst(t);
                }
            }
            grantAndSettle();
            afterGrant();
            settleLocks();
        }
        return log;
    }

    private void grantAndSettle() {
        grant();
        settleLocks();
    }

    /**
     * Running threads at a lock burst take the shared lock, or block on it and give their slot
     * back (which may let another thread run, so repeat until nothing changes).
     */
    final void settleLocks() {
        boolean changed = locks;
        while (changed) {
            changed = false;
            for (int t = 0; t < n; t++) {
                if (status[t] != HOLD || lockHolder == t || !current(t).isLocked()) {
                    continue;
                }
                if (lockHolder < 0) {
                    lockHolder = t;
                    log.add(now, t, EventType.LOCK, -1);
                } else {
                    log.add(now, t, EventType.LOCK_WAIT, lockHolder);
                    release(t);
                    status[t] = BLOCKED;
                    waitSince[t] = now;
                    changed = true;
                }
            }
            if (changed) {
                grant();
            }
        }
    }

    /** The holder's lock burst ended: the lock goes to the longest-blocked thread, which then needs a slot. */
    private void unlock(int t) {
        log.add(now, t, EventType.UNLOCK, -1);
        lockHolder = -1;
        int next = -1;
        for (int u = 0; u < n; u++) {
            if (status[u] == BLOCKED && (next < 0 || waitSince[u] < waitSince[next])) {
                next = u;
            }
        }
        if (next >= 0) {
            lockHolder = next;
            log.add(now, next, EventType.LOCK, t);
            status[next] = WAIT;
            waitSince[next] = now;
            announced[next] = false;
        }
    }

    private Burst current(int t) {
        return workload.thread(t).bursts().get(burst[t]);
    }

    /** A time before which something other than bursts and io must happen (the GIL's drop request). */
    long deadline() {
        return NEVER;
    }

    /** Called after every grant, at the current time. */
    void afterGrant() {
    }

    /** Frees the slot {@code t} holds and logs the release; {@code status[t]} is set by the caller. */
    abstract void release(int t);

    /** Gives free slots to waiters, then announces new waiters. */
    abstract void grant();

    /** The "other" thread a new waiter's wait event names (-1 for none). */
    abstract int waitOther();

    /** Starts burst {@code burst[t]} of thread t at the current time. */
    final void begin(int t) {
        Burst b = current(t);
        remaining[t] = b.nanos();
        if (b.isCpu()) {
            if (status[t] != HOLD) {
                status[t] = WAIT;
                waitSince[t] = now;
                announced[t] = false;
            }
        } else {
            if (status[t] == HOLD) {
                release(t);
            }
            status[t] = IO;
            ioEnd[t] = now + b.nanos();
            log.add(now, t, EventType.IO_START, -1);
        }
    }

    final void finishBurst(int t) {
        if (lockHolder == t && current(t).isLocked()) {
            unlock(t);
        }
        burst[t]++;
        if (burst[t] == workload.thread(t).bursts().size()) {
            if (status[t] == HOLD) {
                release(t);
            }
            status[t] = DONE;
            log.add(now, t, EventType.END, -1);
        } else {
            begin(t);
        }
    }

    final int longestWaiter() {
        int best = -1;
        for (int t = 0; t < n; t++) {
            if (status[t] == WAIT && (best < 0 || waitSince[t] < waitSince[best])) {
                best = t;
            }
        }
        return best;
    }

    final void announceWaiters() {
        for (int t = 0; t < n; t++) {
            if (status[t] == WAIT && !announced[t]) {
                announced[t] = true;
                log.add(now, t, EventType.WAIT, waitOther());
            }
        }
    }
}
