package glassbox.threads.engine;

import glassbox.core.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a workload on real Java threads: {@code cpu} spins on arithmetic for that long, {@code io}
 * sleeps, {@code lock} spins while holding one real lock the threads share (a thread that finds it
 * taken lets the GIL or its core go while it blocks, as {@code lock.acquire()} does). Under {@code gil} the threads contend for a {@link NewGil}; under {@code nogil} they run
 * freely on the machine's cores. Durations are multiplied by a scale so runs stay short; recorded
 * times are divided by it again, so live lanes line up with the simulation.
 */
public final class LiveRunner {
    /** How often the holder looks at the drop request, in real nanoseconds (CPython: every few bytecodes). */
    static final long CHECK_NANOS = 50_000;
    /** Aim for live runs (gil + nogil together) of about this long. */
    public static final long TARGET_NANOS = 1_500_000_000L;

    private LiveRunner() {
    }

    /** A scale (≤ 1) that keeps a gil plus a nogil live run near {@link #TARGET_NANOS}. */
    public static double defaultScale(Workload w, SimSettings s) {
        long gil = Simulator.run(w, s.withPolicy(Policy.GIL)).wall();
        long nogil = Simulator.run(w, s.withPolicy(Policy.NOGIL)).wall();
        return Math.min(1.0, (double) TARGET_NANOS / Math.max(1, gil + nogil));
    }

    /**
     * Runs {@code w} live under {@code policy} (gil or nogil; others are not live-runnable).
     *
     * @throws CancellationException when the monitor cancels
     */
    public static Schedule run(Workload w, SimSettings settings, double scale, Progress monitor) {
        Policy policy = settings.policy().usesCores() ? Policy.NOGIL : Policy.GIL;
        LiveRecorder rec = new LiveRecorder(scale);
        long expected = Math.round(Simulator.run(w, settings.withPolicy(policy)).wall() * scale);
        NewGil gil = policy == Policy.GIL ? new NewGil(Math.round(settings.intervalNanos() * scale), rec) : null;
        CountDownLatch done = new CountDownLatch(w.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        SharedLock shared = new SharedLock();
        for (int t = 0; t < w.size(); t++) {
            Worker worker = new Worker(t, w.thread(t), scale, gil, shared, rec, monitor);
            Thread th = new Thread(() -> {
                try {
                    go.await();
                    worker.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "glassbox-live-" + w.thread(t).name());
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        go.countDown();
        try {
            while (!done.await(20, TimeUnit.MILLISECONDS)) {
                monitor.report("LIVE", Math.min(rec.elapsedNanos(), expected), Math.max(1, expected));
                if (monitor.cancelled()) {
                    threads.forEach(Thread::interrupt);
                }
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        Throwable f = failure.get();
        if (f instanceof InterruptedException || f instanceof CancellationException || monitor.cancelled()) {
            throw new CancellationException("live run cancelled");
        }
        if (f != null) {
            throw new IllegalStateException("live run failed: " + f, f);
        }
        return new Schedule(w, settings.withPolicy(policy), Schedule.Source.LIVE, rec.log());
    }

    /** The one lock of {@code lock} bursts: a fair lock, and who holds it (for the events' "other"). */
    private static final class SharedLock {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile int holder = -1;
    }

    /** One thread of the workload doing its bursts for real. */
    private static final class Worker {
        private final int index;
        private final ThreadSpec spec;
        private final double scale;
        private final NewGil gil;
        private final SharedLock shared;
        private final LiveRecorder rec;
        private final Progress monitor;
        private boolean holding;
        private long sink;

        Worker(int index, ThreadSpec spec, double scale, NewGil gil, SharedLock shared, LiveRecorder rec, Progress monitor) {
            this.index = index;
            this.spec = spec;
            this.scale = scale;
            this.gil = gil;
            this.shared = shared;
            this.rec = rec;
            this.monitor = monitor;
        }

        void run() throws InterruptedException {
            try {
                for (Burst b : spec.bursts()) {
                    long nanos = Math.max(1, Math.round(b.nanos() * scale));
                    if (b.isLocked()) {
                        locked(nanos);
                    } else if (b.isCpu()) {
                        cpu(nanos);
                    } else {
                        letGo(false);
                        rec.record(index, EventType.IO_START, -1);
                        sleep(nanos);
                        rec.record(index, EventType.IO_END, -1);
                    }
                }
                letGo(false);
                rec.record(index, EventType.END, -1);
            } finally {
                if (holding && gil != null) {
                    gil.drop(index, false);
                }
            }
        }

        /** {@code with lock:} around cpu work: blocked, it lets its slot go and takes it again after. */
        private void locked(long nanos) throws InterruptedException {
            runCode();
            if (!shared.lock.tryLock()) {
                rec.record(index, EventType.LOCK_WAIT, shared.holder);
                letGo(false);
                shared.lock.lockInterruptibly();
            }
            try {
                shared.holder = index;
                rec.record(index, EventType.LOCK, -1);
                cpu(nanos);
                rec.record(index, EventType.UNLOCK, -1);
            } finally {
                shared.holder = -1;
                shared.lock.unlock();
            }
        }

        /** Takes the GIL (or, free, a core: recorded only) unless the thread already runs. */
        private void runCode() throws InterruptedException {
            if (!holding) {
                if (gil != null) {
                    gil.take(index);
                } else {
                    rec.record(index, EventType.ACQUIRE, -1);
                }
                holding = true;
            }
        }

        private void cpu(long nanos) throws InterruptedException {
            runCode();
            long worked = 0;
            while (worked < nanos) {
                long chunk = Math.min(CHECK_NANOS, nanos - worked);
                long t0 = System.nanoTime();
                long x = sink;
                while (System.nanoTime() - t0 < chunk) {
                    for (int i = 0; i < 64; i++) {
                        x = x * 6364136223846793005L + 1442695040888963407L;
                    }
                }
                sink = x;
                worked += System.nanoTime() - t0;
                if (monitor.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("cancelled");
                }
                if (gil != null && gil.dropRequested() && worked < nanos) {
                    gil.drop(index, true);
                    holding = false;
                    gil.take(index);
                    holding = true;
                }
            }
        }

        private void letGo(boolean forced) throws InterruptedException {
            if (holding) {
                if (gil != null) {
                    gil.drop(index, forced);
                } else {
                    rec.record(index, EventType.RELEASE, -1);
                }
                holding = false;
            }
        }

        private void sleep(long nanos) throws InterruptedException {
            long end = System.nanoTime() + nanos;
            long left;
            while ((left = end - System.nanoTime()) > 0) {
                if (monitor.cancelled() || Thread.interrupted()) {
                    throw new InterruptedException("cancelled");
                }
                LockSupport.parkNanos(Math.min(left, 10_000_000L));
            }
        }
    }
}
