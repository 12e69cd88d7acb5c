package glassbox.threads.engine;

import glassbox.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The refcount race on real Java threads: each thread increments one shared counter
 * {@code increments} times, three ways. A plain field updated as load, add, store
 * ({@code count = count + 1}, not atomic: another core's store can fall in between and one update
 * is lost, exactly the race the GIL prevents); an {@link AtomicInteger} (one indivisible
 * read-modify-write, as free-threaded CPython's shared counts use); and a lock around the plain
 * update (what the GIL amounts to). Lost updates = expected − final.
 */
public final class LiveRefcount {
    /** Most increments per thread accepted. */
    public static final int MAX_INCREMENTS = 50_000_000;

    /** How one counter fared. */
    public record Count(String kind, long expected, long actual) {
        public long lost() {
            return expected - actual;
        }
    }

    /** The three counters after the same work. */
    public record Result(int threads, int increments, Count plain, Count atomic, Count locked) {
    }

    /** The counter with no protection; volatile so every load and store really goes to memory. */
    private static final class Plain {
        volatile int count;
    }

    private LiveRefcount() {
    }

    /**
     * @param threads    how many threads increment at once (this machine's cores in the app)
     * @param increments increments per thread
     */
    public static Result run(int threads, int increments, Progress progress) {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be 1 to 64: " + threads);
        }
        if (increments < 1 || increments > MAX_INCREMENTS) {
            throw new IllegalArgumentException("increments must be 1 to " + MAX_INCREMENTS + ": " + increments);
        }
        long expected = (long) threads * increments;
        Plain plain = new Plain();
        race(threads, () -> {
            for (int i = 0; i < increments; i++) {
                int c = plain.count;
                plain.count = c + 1;
            }
        }, progress, 0);
        AtomicInteger atomic = new AtomicInteger();
        race(threads, () -> {
            for (int i = 0; i < increments; i++) {
                atomic.incrementAndGet();
            }
        }, progress, 1);
        Plain guarded = new Plain();
        ReentrantLock lock = new ReentrantLock();
        race(threads, () -> {
            for (int i = 0; i < increments; i++) {
                lock.lock();
                try {
                    guarded.count = guarded.count + 1;
                } finally {
                    lock.unlock();
                }
            }
        }, progress, 2);
        return new Result(threads, increments, new Count("plain", expected, plain.count),
                new Count("atomic", expected, atomic.get()), new Count("lock", expected, guarded.count));
    }

    private static void race(int threads, Runnable work, Progress progress, int phase) {
        progress.checkCancelled();
        progress.report("REFCOUNT", phase, 3);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    go.await();
                    work.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "glassbox-refcount-" + t);
            th.setDaemon(true);
            all.add(th);
            th.start();
        }
        go.countDown();
        try {
            for (Thread th : all) {
                th.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("live refcount race failed: " + failure.get(), failure.get());
        }
        progress.report("REFCOUNT", phase + 1, 3);
    }
}
