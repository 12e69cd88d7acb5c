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
final class LockScheduler extends SchedulerCore {
    private final long interval;
    private int holder = -1;
    private int lastHolder = -1;
    private long lastHandoff;

    LockScheduler(Workload workload, long interval) {
        super(workload);
        this.interval = interval;
    }

    EventLog run() {
        return loop();
    }

    /** When the longest waiter's interval runs out (restarted at the last hand-off). */
    @Override
    long deadline() {
        if (holder < 0 || interval == NEVER) {
            return NEVER;
        }
        int w = longestWaiter();
        if (w < 0) {
            return NEVER;
        }
        return Math.max(waitSince[w], lastHandoff) + interval;
    }

    @Override
    void afterGrant() {
        if (holder >= 0 && deadline() == now) {
            dropRequest();
        }
    }

    @Override
    void release(int t) {
        log.add(now, t, EventType.RELEASE, -1);
        holder = -1;
    }

    /** A free lock goes to the longest waiter; new waiters are announced. */
    @Override
    void grant() {
        if (holder < 0) {
            int w = longestWaiter();
            if (w >= 0) {
                acquire(w);
            }
        }
        announceWaiters();
    }

    @Override
    int waitOther() {
        return holder;
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
