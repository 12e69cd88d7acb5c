package glassbox.threads.cli;

import glassbox.core.Json;
import glassbox.threads.engine.RefThread;
import glassbox.threads.engine.RefcountJson;
import glassbox.threads.engine.RefcountRace;
import glassbox.threads.engine.WorkloadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox refcount}: the refcount race behind the GIL, micro-op by micro-op, as JSON. */
@Command(name = "refcount", mixinStandardHelpOptions = true,
        description = {"Race Py_INCREF/Py_DECREF on one object: each is load, add/sub, store; with or without the GIL.",
                "Example: refcount --start 1 --thread T1=incref --thread T2=incref,decref --interleave T1,T2,T1,T1,T2,T2,T2,T2,T2"})
public final class RefcountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--start", paramLabel = "N", defaultValue = "1",
            description = "ob_refcnt before the threads run, 1 to 1000000 (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--thread", paramLabel = "NAME=OPS", required = true,
            description = "A thread and its ops, e.g. T2=incref,decref (at most 100 ops). Repeat for more threads (at most 8).")
    List<String> threads;

    @Option(names = "--interleave", paramLabel = "NAMES",
            description = "Comma-separated thread names: who runs its next micro-op, in order; exactly as many as the "
                    + "threads' micro-ops (3 per op). Default: each thread to its end in turn.")
    String interleave;

    @Option(names = "--gil", description = "Hold the GIL: a started incref/decref finishes before another thread's micro-op.")
    boolean gil;

    @Override
    public Integer call() {
        RefcountRace.Result result;
        try {
            int s = parseStart(start);
            if (threads.size() > RefcountRace.MAX_THREADS) {
                throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                        "more than " + RefcountRace.MAX_THREADS + " threads (the limit)", "too many threads");
            }
            List<RefThread> ts = new ArrayList<>();
            for (String t : threads) {
                ts.add(RefThread.parse(t));
            }
            List<String> order = null;
            if (interleave != null) {
                if (interleave.length() > 100_000) {
                    throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                            "--interleave is longer than 100000 characters (the limit)", "too long");
                }
                order = Arrays.stream(interleave.split(",", -1)).map(String::trim).toList();
            }
            result = RefcountRace.run(s, ts, order, gil);
        } catch (WorkloadException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Json.print(RefcountJson.of(result));
        return 0;
    }

    private static int parseStart(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    "--start needs a whole number from 1 to " + RefcountRace.MAX_START + ", got '" + shown + "'", "start");
        }
    }
}
