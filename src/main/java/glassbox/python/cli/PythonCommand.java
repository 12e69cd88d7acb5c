package glassbox.python.cli;

import glassbox.core.BoundedInput;
import glassbox.core.Json;
import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.Limits;
import glassbox.python.engine.ScriptProblem;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glassbox python --script FILE} (alias {@code copy}): runs a script of the Python subset and
 * prints its variables, heap (lists, tuples, dicts, instances), output, step count and error as
 * JSON. Exit 0 when it ran to its end, 1 when a Python error or a safety cap stopped it (JSON still
 * printed), 2 when it is not valid Python, outside the subset, or cannot be read.
 */
@Command(name = "python", aliases = "copy", mixinStandardHelpOptions = true, versionProvider = glassbox.core.Version.class,
        description = {"Run a Python-subset script (copies, functions, classes, with, exceptions, generators) "
                + "and print its object graph as JSON.",
            "Exit 0: ran to the end; 1: a Python error stopped it; 2: invalid or unsupported script."})
public final class PythonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--script", required = true, paramLabel = "FILE",
            description = "The script (- reads standard input; at most 1 MiB).")
    String script;

    @picocli.CommandLine.Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        String source;
        try {
            source = BoundedInput.read(script, System.in);
        } catch (BoundedInput.Problem p) {
            throw new CommandLine.ParameterException(spec.commandLine(), p.getMessage());
        }
        CopyEngine.Report report;
        try {
            report = CopyEngine.run(source, Limits.cli());
        } catch (ScriptProblem p) {
            throw new CommandLine.ParameterException(spec.commandLine(), p.describe());
        }
        String json = Json.write(report.json());
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        int saved = save.record("python", java.util.Map.of("script", source), json);
        return saved != 0 ? saved : report.exitCode();
    }
}
