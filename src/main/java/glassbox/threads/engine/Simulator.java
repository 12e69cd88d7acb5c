package glassbox.threads.engine;

/**
 * Runs a workload under a policy in virtual time, exactly (integer nanoseconds) and
 * deterministically. Every thread starts at t = 0; ties go to the earlier-listed thread.
 */
public final class Simulator {
    private Simulator() {
    }

    public static Schedule run(Workload workload, SimSettings settings) {
        EventLog log = switch (settings.policy()) {
            case GIL -> new LockScheduler(workload, settings.intervalNanos()).run();
            case GEVENT -> new LockScheduler(workload, Long.MAX_VALUE).run();
            case NOGIL -> new CoreScheduler(workload, settings.cores()).run();
            case SERIAL -> SerialScheduler.run(workload);
            case YIELD -> YieldScheduler.run(workload, settings.intervalNanos(), settings.switchCostNanos());
        };
        return new Schedule(workload, settings, Schedule.Source.SIMULATED, log);
    }
}
