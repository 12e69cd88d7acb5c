package glassbox.database.cli;

import glassbox.core.Json;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.IndexResult;
import glassbox.database.engine.RunControl;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox index}: builds an indexed table of N rows and times index lookups against scans. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build a table of N rows (H2 in a temporary file by default, or a MySQL/MariaDB server), "
                + "index one column, and time point and range lookups on it against the same lookups on an "
                + "unindexed copy (median of R runs, a new key each run).")
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows in the table (1 to 10000000).")
    long rows;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "5", description = "Timed runs per query, a new key each, after warm-up (500 indexed, 2 scanned) (1 to 1000, default: ${DEFAULT-VALUE}).")
    int repeat;

    @Mixin
    DatabaseOptions database;

    @picocli.CommandLine.Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        DatabaseOptions.checkRange(spec, "--rows", rows, IndexExperiment.MIN_ROWS, IndexExperiment.MAX_ROWS);
        DatabaseOptions.checkRange(spec, "--repeat", repeat, 1, 1000);
        DatabaseOptions.Target target = database.check(spec);
        IndexResult r = DatabaseOptions.run(spec, target, true, db -> new IndexExperiment(db).run(rows, repeat, RunControl.NONE));
        return DatabaseOptions.print(spec, save, java.util.Map.of("experiment", "index", "rows", rows, "repeat", repeat),
                Json.write(r.toJson()));
    }
}
