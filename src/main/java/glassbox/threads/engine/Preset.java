package glassbox.threads.engine;

import java.util.List;

/** Ready-made workloads that each make one point, with the policy that shows it best. */
public enum Preset {
    TWO_CPU("threads.preset.twoCpu", Policy.GIL, "5", 2, "0", Policy.NOGIL,
            List.of("T1=cpu:100", "T2=cpu:100")),
    TWO_IO("threads.preset.twoIo", Policy.GIL, "5", 2, "0", Policy.SERIAL,
            List.of("T1=5*(io:20,cpu:1)", "T2=5*(io:20,cpu:1)")),
    CONVOY("threads.preset.convoy", Policy.GIL, "5", 2, "0", Policy.NOGIL,
            List.of("T1=cpu:1000", "T2=100*(io:1,cpu:0.1)")),
    GEVENT("threads.preset.gevent", Policy.GEVENT, "5", 2, "0", Policy.SERIAL,
            List.of("eat=io:2000", "play=io:1000")),
    PING_PONG("threads.preset.pingPong", Policy.YIELD, "1", 1, "20", Policy.GIL,
            List.of("ping=10*(cpu:1)", "pong=10*(cpu:1)")),
    BLOCKING_SLEEP("threads.preset.blockingSleep", Policy.YIELD, "1", 1, "20", Policy.GEVENT,
            List.of("ping=3*(cpu:1,io:100)", "pong=3*(cpu:1,io:100)")),
    CPU_PROCESSES("threads.preset.cpuProcesses", Policy.PROCESS, "5", 4, "0", Policy.GIL,
            List.of("W1=cpu:200", "W2=cpu:200", "W3=cpu:200", "W4=cpu:200")),
    IO_PROCESSES("threads.preset.ioProcesses", Policy.PROCESS, "5", 4, "0", Policy.GIL,
            List.of("W1=5*(io:20,cpu:1)", "W2=5*(io:20,cpu:1)", "W3=5*(io:20,cpu:1)", "W4=5*(io:20,cpu:1)")),
    SHORT_TASKS("threads.preset.shortTasks", Policy.PROCESS, "5", 4, "0", Policy.GIL,
            List.of("W1=cpu:5", "W2=cpu:5", "W3=cpu:5", "W4=cpu:5")),
    SHARED_COUNTER("threads.preset.sharedCounter", Policy.PROCESS, "5", 4, "0", Policy.GIL,
            List.of("W1=10*(cpu:8,lock:2)", "W2=10*(cpu:8,lock:2)", "W3=10*(cpu:8,lock:2)", "W4=10*(cpu:8,lock:2)"));

    private final String labelKey;
    private final Policy policy;
    private final String intervalMs;
    private final int cores;
    private final String switchCostUs;
    private final Policy comparePolicy;
    private final List<String> threads;

    Preset(String labelKey, Policy policy, String intervalMs, int cores, String switchCostUs, Policy comparePolicy,
           List<String> threads) {
        this.labelKey = labelKey;
        this.policy = policy;
        this.intervalMs = intervalMs;
        this.cores = cores;
        this.switchCostUs = switchCostUs;
        this.comparePolicy = comparePolicy;
        this.threads = threads;
    }

    public String labelKey() {
        return labelKey;
    }

    public Policy policy() {
        return policy;
    }

    public String intervalMs() {
        return intervalMs;
    }

    public int cores() {
        return cores;
    }

    public String switchCostUs() {
        return switchCostUs;
    }

    /** The policy compare mode sets against {@link #policy()}. */
    public Policy comparePolicy() {
        return comparePolicy;
    }

    /** Process start cost in ms (the default, 30 ms, for every preset). */
    public String startMs() {
        return "30";
    }

    /** {@code NAME=BURSTS} per thread. */
    public List<String> threads() {
        return threads;
    }

    public Workload workload() {
        return Workload.parse(threads);
    }

    public SimSettings settings() {
        return SimSettings.parse(policy, intervalMs, cores, switchCostUs, startMs());
    }
}
