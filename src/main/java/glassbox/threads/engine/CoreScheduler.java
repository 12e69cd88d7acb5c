package glassbox.threads.engine;

/**
 * Free threading (PEP 703, python3.13t), or one process per worker: up to {@code cores} threads
 * run {@code cpu} at once. A thread that finds every core busy waits; a freed core goes to the
 * longest-waiting thread (ties: listed first). No preemption: a thread keeps its core through
 * consecutive cpu bursts and gives it up when it starts io or ends. With a start cost (processes)
 * every worker first waits that long while its process starts, then begins its bursts.
 */
final class CoreScheduler extends SchedulerCore {
    private final int cores;
    private final long startCost;
    private int busy;

    CoreScheduler(Workload workload, int cores) {
        this(workload, cores, 0);
    }

    CoreScheduler(Workload workload, int cores, long startCost) {
        super(workload);
        this.cores = cores;
        this.startCost = startCost;
    }

    EventLog run() {
        if (startCost > 0) {
            for (int t = 0; t < n; t++) {
                log.add(0, t, EventType.WAIT, -1);
            }
            now = startCost;
        }
        return loop();
    }

    @Override
    void release(int t) {
        log.add(now, t, EventType.RELEASE, -1);
        busy--;
    }

    @Override
    void grant() {
        while (busy < cores) {
            int best = longestWaiter();
            if (best < 0) {
                break;
            }
            status[best] = HOLD;
            busy++;
            log.add(now, best, EventType.ACQUIRE, -1);
        }
        announceWaiters();
    }

    @Override
    int waitOther() {
        return -1;
    }
}
