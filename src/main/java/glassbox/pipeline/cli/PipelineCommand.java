package glassbox.pipeline.cli;

import glassbox.core.Json;
import glassbox.pipeline.engine.Pipeline;
import glassbox.pipeline.engine.Scenario;
import glassbox.core.BoundedInput;
import java.io.InputStream;
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
                        + "\"view\": {\"status\": 200, \"raise\": false, \"template\": false, \"render_raise\": false}}",
                "\"view\" is required; unknown keys, hooks spelt differently and respond/raise for a hook not in "
                        + "\"hooks\" are refused (exit 2)."})
public final class PipelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "FILE",
            description = "Scenario JSON file (at most 1 MiB and " + Pipeline.MAX_MIDDLEWARE + " middleware), or - for stdin.")
    String scenario;

    /** Where "-" reads from (System.in unless a test says otherwise). */
    InputStream stdin = System.in;

    @picocli.CommandLine.Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        Scenario s;
        try {
            s = Scenario.parse(read());
        } catch (Scenario.ScenarioException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Scenario.Result r;
        try {
            r = s.run();
        } catch (RuntimeException e) { // a defect, not the user's input: one line, exit 1
            spec.commandLine().getErr().println("glassbox: the scenario could not be run: " + e.getMessage());
            return 1;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", r.calls());
        out.put("status", r.status());
        String json = Json.write(out);
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return save.record("pipeline", java.util.Map.of("scenario", scenario), json);
    }

    private String read() {
        try {
            return BoundedInput.read(scenario, stdin);
        } catch (BoundedInput.Problem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scenario: " + e.getMessage());
        }
    }
}
