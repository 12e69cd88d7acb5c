package glassbox.database.cli;

import glassbox.core.Json;
import glassbox.database.engine.CompositeExperiment;
import glassbox.database.engine.CompositeResult;
import glassbox.database.engine.RunControl;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox composite}: a composite index (a, b), the leftmost-prefix rule and a covering query, timed and explained. */
@Command(name = "composite", mixinStandardHelpOptions = true,
        description = "Build pairs(id, a, b, pad) of N rows with an index on (a, b) (H2 in a temporary file by default, "
                + "or a MySQL/MariaDB server), then time and EXPLAIN WHERE a = ?, WHERE b = ?, SELECT a, b … WHERE a = ? "
                + "and SELECT * … WHERE a = ? (rounds of all four, a new value each round, medians).")
public final class CompositeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows in the table (1000 to 2000000).")
    long rows;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "5",
            description = "Timed rounds after 20 warm-up rounds (1 to 1000, default: ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin
    DatabaseOptions database;

    @Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        DatabaseOptions.checkRange(spec, "--rows", rows, CompositeExperiment.A_VALUES, CompositeExperiment.MAX_ROWS);
        DatabaseOptions.checkRange(spec, "--repeat", repeat, 1, 1000);
        DatabaseOptions.Target target = database.check(spec);
        CompositeResult r = DatabaseOptions.run(spec, target, true,
                db -> new CompositeExperiment(db).run(rows, repeat, RunControl.NONE));
        return DatabaseOptions.print(spec, save, java.util.Map.of("experiment", "composite", "rows", rows, "repeat", repeat),
                Json.write(r.toJson()));
    }
}
