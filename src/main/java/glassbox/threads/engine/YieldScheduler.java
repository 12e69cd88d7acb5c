package glassbox.threads.engine;

/**
 * Generator ping-pong on one OS thread: the running task yields to the next one (round robin, in
 * list order) after every {@code interval} of cpu; {@code io} (a blocking {@code time.sleep}) stalls
 * the whole thread; each switch costs {@code switchCost} of nobody running. A {@code lock} burst
 * runs whole: a generator does not yield inside its {@code with lock:} (one OS thread: a second
 * generator taking the same lock would deadlock it), so the lock is never contended.
 */
final class YieldScheduler {
    private YieldScheduler() {
    }

    static EventLog run(Workload workload, long interval, long switchCost) {
        int n = workload.size();
        EventLog log = new EventLog();
        int[] burst = new int[n];
        long[] remaining = new long[n];
        boolean[] done = new boolean[n];
        for (int t = 0; t < n; t++) {
            remaining[t] = workload.thread(t).bursts().get(0).nanos();
        }
        log.add(0, 0, EventType.ACQUIRE, -1);
        for (int t = 1; t < n; t++) {
            log.add(0, t, EventType.WAIT, 0);
        }
        long now = 0;
        long used = 0;
        int cur = 0;
        while (true) {
            Burst b = workload.thread(cur).bursts().get(burst[cur]);
            boolean finishedBurst;
            if (b.isLocked()) {
                log.add(now, cur, EventType.LOCK, -1);
                now += remaining[cur];
                used += remaining[cur];
                remaining[cur] = 0;
                log.add(now, cur, EventType.UNLOCK, -1);
                finishedBurst = true;
            } else if (b.isCpu()) {
                long run = Math.min(remaining[cur], interval - used);
                now += run;
                used += run;
                remaining[cur] -= run;
                finishedBurst = remaining[cur] == 0;
            } else {
                log.add(now, cur, EventType.IO_START, -1);
                now += b.nanos();
                log.add(now, cur, EventType.IO_END, -1);
                finishedBurst = true;
            }
            if (finishedBurst) {
                burst[cur]++;
                if (burst[cur] == workload.thread(cur).bursts().size()) {
                    done[cur] = true;
                    log.add(now, cur, EventType.RELEASE, -1);
                    log.add(now, cur, EventType.END, -1);
                } else {
                    remaining[cur] = workload.thread(cur).bursts().get(burst[cur]).nanos();
                }
            }
            boolean sliceOver = used >= interval;
            if (!done[cur] && !sliceOver) {
                continue;
            }
            int next = nextAlive(done, cur);
            if (next < 0) {
                break;
            }
            if (next != cur) {
                if (!done[cur]) {
                    log.add(now, cur, EventType.RELEASE, -1);
                    log.add(now, cur, EventType.WAIT, next);
                }
                now += switchCost;
                log.add(now, next, EventType.ACQUIRE, cur);
            }
            used = 0;
            cur = next;
        }
        return log;
    }

    private static int nextAlive(boolean[] done, int cur) {
        int n = done.length;
        for (int k = 1; k <= n; k++) {
            int t = (cur + k) % n;
            if (!done[t]) {
                return t;
            }
        }
        return -1;
    }
}
