package glassbox.pipeline.cli;

import glassbox.core.Json;
import glassbox.pipeline.engine.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glassbox pipeline --scenario FILE}: which middleware hooks Django calls, in order, and the final status. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Run a Django middleware call-order scenario (new-style MIDDLEWARE, DEBUG off) and print "
                + "{\"calls\": [...], \"status\": N}.",
                "Scenario: {\"middleware\": [{\"name\": \"Auth\", \"hooks\": [\"process_request\", ...], "
                        + "\"respond\": {\"process_request\": 401}, \"raise\": [\"process_response\"]}], "
                        + "\"view\": {\"status\": 200, \"raise\": false, \"template\": false}}"})
public final class PipelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE", description = "Scenario JSON file, or - for stdin.")
    String scenario;

    /** Where "-" reads from (System.in unless a test says otherwise). */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        Scenario s;
        try {
            s = Scenario.parse(read());
        } catch (Scenario.ScenarioException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Scenario.Result r = s.run();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", r.calls());
        out.put("status", r.status());
        spec.commandLine().getOut().println(Json.write(out));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String read() {
        try {
            if (scenario.equals("-")) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(scenario), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such scenario file: " + scenario);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + scenario + ": " + e.getMessage());
        }
    }
}
