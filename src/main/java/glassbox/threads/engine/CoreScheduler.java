package glassbox.threads.engine;

/**
 * Free threading (PEP 703, python3.13t) or one process per task: up to {@code cores} threads run
 * {@code cpu} at once. A thread that finds every core busy waits; a freed core goes to the
 * longest-waiting thread (ties: listed first). No preemption: a thread keeps its core through
 * consecutive cpu bursts and gives it up when it starts io or ends.
 */
final class CoreScheduler {
    private static final long NEVER = Long.MAX_VALUE;
    private static final byte HOLD = 1;
    private static final byte WAIT = 2;
    private static final byte IO = 3;
    private static final byte DONE = 4;

    private final Workload workload;
    private final int cores;
    private final int n;
    private final int[] burst;
    private final long[] remaining;
    private final byte[] status;
    private final long[] waitSince;
    private final boolean[] announced;
    private final long[] ioEnd;
    private final EventLog log = new EventLog();
    private int busy;
    private long now;

    CoreScheduler(Workload workload, int cores) {
        this.workload = workload;
        this.cores = cores;
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
            begin(t);
        }
        grant();
        while (true) {
            long next = NEVER;
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
            grant();
        }
        return log;
    }

    private void begin(int t) {
        Burst b = workload.thread(t).bursts().get(burst[t]);
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

    private void finishBurst(int t) {
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

    private void release(int t) {
        log.add(now, t, EventType.RELEASE, -1);
        busy--;
    }

    private void grant() {
        while (busy < cores) {
            int best = -1;
            for (int t = 0; t < n; t++) {
                if (status[t] == WAIT && (best < 0 || waitSince[t] < waitSince[best])) {
                    best = t;
                }
            }
            if (best < 0) {
                break;
            }
            status[best] = HOLD;
            busy++;
            log.add(now, best, EventType.ACQUIRE, -1);
        }
        for (int t = 0; t < n; t++) {
            if (status[t] == WAIT && !announced[t]) {
                announced[t] = true;
                log.add(now, t, EventType.WAIT, -1);
            }
        }
    }
}
