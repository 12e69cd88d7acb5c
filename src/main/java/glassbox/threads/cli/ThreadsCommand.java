package glassbox.threads.cli;

import glassbox.core.Json;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.ScheduleJson;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.Workload;
import glassbox.threads.engine.WorkloadException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox threads}: simulates a workload under a GIL policy and prints the schedule as JSON. */
@Command(name = "threads", mixinStandardHelpOptions = true,
        description = {"Simulate threads under the GIL, free threading, serial, gevent, generators or processes, in virtual time.",
                "BURSTS := ITEM (\",\" ITEM)*   ITEM := (cpu|io):MS | N*(BURSTS)",
                "Example: threads --policy gil --thread T1=cpu:100 --thread T2=cpu:100"})
public final class ThreadsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "POLICY",
            description = "gil, nogil, serial, gevent, yield or process.")
    String policy;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "5",
            description = "GIL switch interval / generator slice in ms (default: ${DEFAULT-VALUE}).")
    String intervalMs;

    @Option(names = "--cores", paramLabel = "N", defaultValue = "2",
            description = "Cores for nogil and process (default: ${DEFAULT-VALUE}).")
    int cores;

    @Option(names = "--start-ms", paramLabel = "MS", defaultValue = "30",
            description = "Time one worker process takes to start under process (fork/spawn), in ms, 0 to 10000 "
                    + "(default: ${DEFAULT-VALUE}).")
    String startMs;

    @Option(names = "--switch-cost-us", paramLabel = "US", defaultValue = "0",
            description = "Cost of one generator switch under yield, in µs (default: ${DEFAULT-VALUE}).")
    String switchCostUs;

    @Option(names = "--thread", paramLabel = "NAME=BURSTS",
            description = "A thread, e.g. T2=100*(io:1,cpu:0.1) or W1=10*(cpu:8,lock:2) (lock: cpu inside with lock: on the one shared lock). Repeat for more threads, in order.")
    List<String> threads;

    @Option(names = "--no-events", description = "Leave the events list out.")
    boolean noEvents;

    @picocli.CommandLine.Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        Workload workload;
        SimSettings settings;
        try {
            settings = SimSettings.parse(Policy.parse(policy), intervalMs, cores, switchCostUs, startMs);
            workload = Workload.parse(threads);
            Simulator.checkCost(workload, settings);
        } catch (WorkloadException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Schedule schedule = Simulator.run(workload, settings);
        String json = Json.write(ScheduleJson.of(schedule, !noEvents));
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return save.record("threads", java.util.Map.of("policy", policy, "threads", threads), json);
    }
}
