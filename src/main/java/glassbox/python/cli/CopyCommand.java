package glassbox.python.cli;

import glassbox.core.Json;
import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.Limits;
import glassbox.python.engine.ScriptProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glassbox copy --script FILE}: runs a script of the Python subset and prints its variables,
 * heap, output, step count and error as JSON. Exit 0 when it ran to its end, 1 when a Python error
 * stopped it (JSON still printed), 2 when it is not valid Python or outside the subset.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, versionProvider = glassbox.core.Version.class,
        description = {"Run a Python-subset script (aliasing, copy.copy, copy.deepcopy) and print its object graph as JSON.",
            "Exit 0: ran to the end; 1: a Python error stopped it; 2: invalid or unsupported script."})
public final class CopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--script", required = true, paramLabel = "FILE", description = "The script (- reads standard input).")
    String script;

    @Override
    public Integer call() {
        String source = read();
        CopyEngine.Report report;
        try {
            report = CopyEngine.run(source, Limits.cli());
        } catch (ScriptProblem p) {
            throw new CommandLine.ParameterException(spec.commandLine(), p.describe());
        }
        spec.commandLine().getOut().println(Json.write(report.json()));
        spec.commandLine().getOut().flush();
        return report.exitCode();
    }

    private String read() {
        try {
            if (script.equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path p = Path.of(script);
            if (!Files.isRegularFile(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such script file: " + script);
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), script + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + script + ": " + e.getMessage());
        }
    }
}
