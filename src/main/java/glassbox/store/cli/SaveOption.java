package glassbox.store.cli;

import glassbox.core.Json;
import glassbox.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --save [--data-dir D]} for an experiment subcommand: records the run in the history the
 * window shows (File ▸ Run history) and {@code glassbox history list} prints. Add it with
 * {@code @Mixin SaveOption save;}, call {@link #check()} before the run and
 * {@link #record(String, Object, Object)} after printing the result.
 */
public final class SaveOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--save", description = "Record this run in the run history (see: glassbox history list).")
    boolean save;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "With --save: folder of the run history (default: GLASSBOX_HOME, else the user data folder).")
    String dataDir;

    public boolean enabled() {
        return save;
    }

    /** Checks the options before the run: {@code --data-dir} without {@code --save}, or a bad path, is exit 2. */
    public void check() {
        if (dataDir != null && !save) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--data-dir only goes with --save");
        }
        if (save) {
            DataDirOption.checkedDir(mixee, dataDir);
        }
    }

    /**
     * With {@code --save}, records the run ({@code params} and {@code results} are JSON text or
     * objects written as JSON). Returns the exit code: 0, or 1 when the run could not be recorded
     * (one line on stderr naming why and where).
     */
    public int record(String topic, Object params, Object results) {
        if (!save) {
            return 0;
        }
        Path dir = DataDirOption.checkedDir(mixee, dataDir);
        PrintWriter err = mixee.commandLine().getErr();
        try (Store store = Store.open(dir)) {
            if (store.problem() != null) {
                err.println("glassbox: run not saved: " + store.problem().describe(store.problemDetail()));
                err.flush();
                return 1;
            }
            store.saveRun(topic, asJson(params), asJson(results));
            return 0;
        } catch (SQLException e) {
            err.println("glassbox: run not saved: " + e.getMessage().lines().findFirst().orElse(""));
            err.flush();
            return 1;
        }
    }

    private static String asJson(Object value) {
        return value instanceof String s ? s : Json.write(value);
    }
}
