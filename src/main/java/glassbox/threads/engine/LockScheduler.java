package glassbox.threads.engine;

/**
 * One lock, one holder: CPython 3.2+'s "new GIL" (with a finite switch interval) or gevent's one
 * OS thread (interval infinite: a task keeps the thread until it starts io or ends).
 *
 * <p>A waiter that has waited {@code interval} with no hand-off in between sets the drop request
 * (the wait restarts at every hand-off, like CPython's {@code switch_number} check); the holder
 * releases at once and the longest-waiting thread takes the lock. Starting io releases the lock at
 * once and the longest-waiting thread takes it at once. Within one instant: bursts that finish are
 * handled first (in list order), then a free lock is granted, then the drop request is checked.
 */
final class LockScheduler {
    private static final long NEVER = Long.MAX_VALUE;
    private static final byte NEW = 0;
    private static final byte HOLD = 1;
    private static final byte WAIT = 2;
    private static final byte IO = 3;
    private static final byte DONE = 4;

    private final Workload workload;
    private final long interval;
    private final int n;
    private final int[] burst;
    private final long[] remaining;
    private final byte[] status;
    private final long[] waitSince;
    private final boolean[] announced;
    private final long[] ioEnd;
    private final EventLog log = new EventLog();
    private int holder = -1;
    private int lastHolder = -1;
    private long lastHandoff;
    private long now;

    LockScheduler(Workload workload, long interval) {
        this.workload = workload;
        this.interval = interval;
        this.n = workload.size();
        this.burst = new int[n];
        this.remaining = new long[n];
        this.status = new byte[n];
        this.waitSince = new long[n];
        this.announced = new boolean[n];
        this.ioEnd = new long[n];
    }

    EventLog run() {
        for (int t = 0; t < n; t++) {
            begin(t, 0);
        }
        grant();
        while (true) {
            long next = nextTime();
            if (next == NEVER) {
                break;
            }
            if (holder >= 0) {
                remaining[holder] -= next - now;
            }
            now = next;
            for (int t = 0; t < n; t++) {
                if (t == holder && remaining[t] == 0) {
                    finishBurst(t);
                } else if (status[t] == IO && ioEnd[t] == now) {
                    log.add(now, t, EventType.IO_END, -1);
                    finishBurst(t);
                }
            }
            grant();
            if (holder >= 0 && deadline() == now) {
                dropRequest();
            }
        }
        return log;
    }

    private long nextTime() {
        long next = holder >= 0 ? now + remaining[holder] : NEVER;
        for (int t = 0; t < n; t++) {
            if (status[t] == IO) {
                next = Math.min(next, ioEnd[t]);
            }
        }
        return Math.min(next, deadline());
    }

    /** When the longest waiter's interval runs out (restarted at the last hand-off). */
    private long deadline() {
        if (holder < 0 || interval == NEVER) {
            return NEVER;
        }
        int w = longestWaiter();
        if (w < 0) {
            return NEVER;
        }
        return Math.max(waitSince[w], lastHandoff) + interval;
    }

    private int longestWaiter() {
        int best = -1;
        for (int t = 0; t < n; t++) {
            if (status[t] == WAIT && (best < 0 || waitSince[t] < waitSince[best])) {
                best = t;
            }
        }
        return best;
    }

    /** Starts burst {@code burst[t]} of thread t at the current time. */
    private void begin(int t, long time) {
        Burst b = workload.thread(t).bursts().get(burst[t]);
        if (b.isCpu()) {
            if (holder == t) {
                remaining[t] = b.nanos();
            } else {
                remaining[t] = b.nanos();
                status[t] = WAIT;
                waitSince[t] = time;
                announced[t] = false;
            }
        } else {
            if (holder == t) {
                release(t);
            }
            status[t] = IO;
            ioEnd[t] = time + b.nanos();
            log.add(time, t, EventType.IO_START, -1);
        }
    }

    private void finishBurst(int t) {
        burst[t]++;
        if (burst[t] == workload.thread(t).bursts().size()) {
            if (holder == t) {
                release(t);
            }
            status[t] = DONE;
            log.add(now, t, EventType.END, -1);
        } else {
            begin(t, now);
        }
    }

    private void release(int t) {
        log.add(now, t, EventType.RELEASE, -1);
        holder = -1;
    }

    /** A free lock goes to the longest waiter; new waiters are announced. */
    private void grant() {
        if (holder < 0) {
            int w = longestWaiter();
            if (w >= 0) {
                acquire(w);
            }
        }
        for (int t = 0; t < n; t++) {
            if (status[t] == WAIT && !announced[t]) {
                announced[t] = true;
                log.add(now, t, EventType.WAIT, holder);
            }
        }
    }

    private void acquire(int t) {
        log.add(now, t, EventType.ACQUIRE, lastHolder);
        if (lastHolder >= 0 && lastHolder != t) {
            lastHandoff = now;
        }
        holder = t;
        lastHolder = t;
        status[t] = HOLD;
    }

    private void dropRequest() {
        int w = longestWaiter();
        int h = holder;
        log.add(now, w, EventType.DROP_REQUEST, h);
        release(h);
        status[h] = WAIT;
        waitSince[h] = now;
        announced[h] = false;
        acquire(w);
        grant();
    }
}
