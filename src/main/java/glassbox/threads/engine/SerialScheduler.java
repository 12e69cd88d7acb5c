package glassbox.threads.engine;

/**
 * One thread after another, each to its end, io included: the baseline with no concurrency (a
 * {@code lock} burst takes the shared lock, which nobody else can want meanwhile).
 */
final class SerialScheduler {
    private SerialScheduler() {
    }

    static EventLog run(Workload workload) {
        EventLog log = new EventLog();
        long now = 0;
        for (int t = 0; t < workload.size(); t++) {
            log.add(0, t, t == 0 ? EventType.ACQUIRE : EventType.WAIT, t == 0 ? -1 : 0);
        }
        for (int t = 0; t < workload.size(); t++) {
            if (t > 0) {
                log.add(now, t, EventType.ACQUIRE, t - 1);
            }
            for (Burst b : workload.thread(t).bursts()) {
                if (b.isLocked()) {
                    log.add(now, t, EventType.LOCK, -1);
                    now += b.nanos();
                    log.add(now, t, EventType.UNLOCK, -1);
                } else if (b.isCpu()) {
                    now += b.nanos();
                } else {
                    log.add(now, t, EventType.IO_START, -1);
                    now += b.nanos();
                    log.add(now, t, EventType.IO_END, -1);
                }
            }
            log.add(now, t, EventType.RELEASE, -1);
            log.add(now, t, EventType.END, -1);
        }
        return log;
    }
}
