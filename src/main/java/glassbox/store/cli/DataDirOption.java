package glassbox.store.cli;

import glassbox.store.DataDir;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --data-dir D} for the history subcommands: the folder holding {@code glassbox.mv.db}. */
public final class DataDirOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the run history (default: GLASSBOX_HOME, else the user data folder).")
    String dataDir;

    /** The folder, absolute and checked; a path that could carry H2 URL settings is a usage error (exit 2). */
    Path resolve() {
        return checkedDir(mixee, dataDir);
    }

    static Path checkedDir(CommandSpec spec, String dataDir) {
        if (dataDir != null && dataDir.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data-dir must name a folder");
        }
        try {
            return DataDir.checked(DataDir.resolve(dataDir));
        } catch (DataDir.UnsafePath e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data-dir is not a usable path: " + e.getReason());
        }
    }
}
