package glassbox.threads.engine;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A real lock with CPython 3.2+'s "new GIL" protocol ({@code Python/ceval_gil.c}): a waiter waits
 * on {@code gil_cond} for the switch interval; if it timed out with no switch in between
 * ({@code switch_number} unchanged) it sets {@code gil_drop_request}, which the holder checks often
 * and obeys by dropping the lock and (FORCE_SWITCHING) waiting until another thread took it. Waiters
 * queue in arrival order so the longest-waiting thread takes a freed lock.
 */
final class NewGil {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition cond = mutex.newCondition();
    private final Condition switchCond = mutex.newCondition();
    private final ArrayDeque<Integer> waiters = new ArrayDeque<>();
    private final long intervalNanos;
    private final LiveRecorder recorder;
    private volatile boolean dropRequest;
    private int holder = -1;
    private int lastHolder = -1;
    private long switchNumber;

    NewGil(long intervalNanos, LiveRecorder recorder) {
        this.intervalNanos = Math.max(1, intervalNanos);
        this.recorder = recorder;
    }

    /** Checked by the holder between small chunks of work (the eval breaker). */
    boolean dropRequested() {
        return dropRequest;
    }

    void take(int t) throws InterruptedException {
        mutex.lockInterruptibly();
        try {
            if (holder >= 0 || !waiters.isEmpty()) {
                waiters.addLast(t);
                recorder.record(t, EventType.WAIT, holder);
                try {
                    while (!myTurn(t)) {
                        long saved = switchNumber;
                        long left = intervalNanos;
                        while (left > 0 && !myTurn(t) && switchNumber == saved) {
                            left = cond.awaitNanos(left);
                        }
                        if (left <= 0 && holder >= 0 && switchNumber == saved && waiters.peekFirst() == t && !dropRequest) {
                            dropRequest = true;
                            recorder.record(t, EventType.DROP_REQUEST, holder);
                        }
                    }
                } finally {
                    waiters.remove((Integer) t);
                }
            }
            holder = t;
            recorder.record(t, EventType.ACQUIRE, lastHolder);
            if (lastHolder != t) {
                lastHolder = t;
                switchNumber++;
            }
            dropRequest = false;
            switchCond.signalAll();
            cond.signalAll();
        } finally {
            mutex.unlock();
        }
    }

    /** Releases; when {@code forced} (a drop request), waits until another thread has taken it. */
    void drop(int t, boolean forced) throws InterruptedException {
        mutex.lock();
        try {
            if (holder != t) {
                return;
            }
            recorder.record(t, EventType.RELEASE, -1);
            holder = -1;
            cond.signalAll();
            if (forced) {
                while (lastHolder == t && !waiters.isEmpty()) {
                    switchCond.await(10, TimeUnit.MILLISECONDS);
                }
            }
        } finally {
            mutex.unlock();
        }
    }

    private boolean myTurn(int t) {
        return holder < 0 && waiters.peekFirst() == t;
    }
}
