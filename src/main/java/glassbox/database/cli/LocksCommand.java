package glassbox.database.cli;

import glassbox.core.Json;
import glassbox.database.engine.LockExperiment;
import glassbox.database.engine.LockParams;
import glassbox.database.engine.LockResult;
import glassbox.database.engine.LockStrategy;
import glassbox.database.engine.RunControl;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox locks}: B buyers race for S units on H2 with one locking strategy. */
@Command(name = "locks", mixinStandardHelpOptions = true,
        description = "Let B buyers on T threads each buy one unit of a product with S in stock, "
                + "protected by a locking strategy, and count what happened.")
public final class LocksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "none, pessimistic, optimistic or atomic.")
    String strategy;

    @Option(names = "--stock", defaultValue = "100", paramLabel = "S", description = "Units in stock (0 to 1000000, default: ${DEFAULT-VALUE}).")
    int stock;

    @Option(names = "--buyers", defaultValue = "200", paramLabel = "B", description = "Buyers, one unit each (1 to 10000, default: ${DEFAULT-VALUE}).")
    int buyers;

    @Option(names = "--threads", defaultValue = "8", paramLabel = "T", description = "Threads the buyers run on (1 to 64, default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--think-ms", defaultValue = "1", paramLabel = "MS", description = "Pause between reading and writing the stock, ms (0 to 1000, default: ${DEFAULT-VALUE}).")
    int thinkMs;

    @Mixin
    DatabaseOptions database;

    @picocli.CommandLine.Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        LockStrategy s = LockStrategy.parse(strategy).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown strategy '" + strategy + "' (use none, pessimistic, optimistic or atomic)"));
        LockParams params;
        try {
            params = new LockParams(s, stock, buyers, threads, thinkMs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        DatabaseOptions.Target target = database.check(spec);
        LockResult r = DatabaseOptions.run(spec, target, false, db -> new LockExperiment(db).run(params, RunControl.NONE));
        return DatabaseOptions.print(spec, save, java.util.Map.of("experiment", "locks", "strategy", strategy, "stock", stock, "buyers", buyers, "threads", threads, "think_ms", thinkMs),
                Json.write(r.toJson()));
    }
}
