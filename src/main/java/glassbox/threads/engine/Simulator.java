package glassbox.threads.engine;

/**
 * Runs a workload under a policy in virtual time, exactly (integer nanoseconds) and
 * deterministically. Every thread starts at t = 0; ties go to the earlier-listed thread.
 */
public final class Simulator {
    private Simulator() {
    }

    /** Most events a run may record (an event log holds about 21 bytes per event). */
    public static final long MAX_EVENTS = 8_000_000L;
    /** Most work (cpu + io) of all threads together: 10⁹ ms, about 11.6 days of virtual time. */
    public static final long MAX_WORK_NANOS = 1_000_000_000_000_000L;

    /**
     * An upper bound on the events a run records, computed from the bursts without running:
     * a few per burst (a lock burst may also block once, give its slot back and take it again),
     * plus, where a switch interval forces hand-offs (gil, yield, with more than
     * one thread), four per interval of CPU work.
     */
    public static long estimateEvents(Workload workload, SimSettings settings) {
        long events = 0;
        long cpu = 0;
        for (ThreadSpec t : workload.threads()) {
            events += 4L * t.bursts().size() + 4;
            for (Burst b : t.bursts()) {
                if (b.isLocked()) {
                    events += 6;
                }
            }
            cpu = satAdd(cpu, t.cpuNanos());
        }
        Policy p = settings.policy();
        if (workload.size() > 1 && (p == Policy.GIL || p == Policy.YIELD)) {
            events = satAdd(events, satMul(4, cpu / settings.intervalNanos() + 1));
        }
        return events;
    }

    /** Refuses, naming the limit, a workload whose run would be too long or record too many events. */
    public static void checkCost(Workload workload, SimSettings settings) {
        long work = 0;
        for (ThreadSpec t : workload.threads()) {
            for (Burst b : t.bursts()) {
                work = satAdd(work, b.nanos());
            }
        }
        work = satAdd(work, satMul(workload.size(), settings.startNanos()));
        if (work > MAX_WORK_NANOS) {
            throw new WorkloadException(WorkloadException.Problem.TOO_COSTLY,
                    "the threads' work adds up to more than 1000000000 ms (the limit)",
                    "1000000000 ms of work");
        }
        long events = estimateEvents(workload, settings);
        if (events > MAX_EVENTS) {
            throw new WorkloadException(WorkloadException.Problem.TOO_COSTLY,
                    "this run would record about " + events + " events, more than the limit of " + MAX_EVENTS
                            + " (use fewer bursts, less CPU work or a longer --interval-ms)",
                    MAX_EVENTS + " events");
        }
    }

    public static Schedule run(Workload workload, SimSettings settings) {
        checkCost(workload, settings);
        EventLog log = switch (settings.policy()) {
            case GIL -> new LockScheduler(workload, settings.intervalNanos()).run();
            case GEVENT -> new LockScheduler(workload, Long.MAX_VALUE).run();
            case NOGIL -> new CoreScheduler(workload, settings.cores()).run();
            case PROCESS -> new CoreScheduler(workload, settings.cores(), settings.startNanos()).run();
            case SERIAL -> SerialScheduler.run(workload);
            case YIELD -> YieldScheduler.run(workload, settings.intervalNanos(), settings.switchCostNanos());
        };
        return new Schedule(workload, settings, Schedule.Source.SIMULATED, log);
    }

    private static long satAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static long satMul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }
}
