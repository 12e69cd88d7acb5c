package glassbox.pipeline.bench;

import glassbox.pipeline.engine.Builtin;
import glassbox.pipeline.engine.Journeys;
import glassbox.pipeline.engine.Middleware;
import glassbox.pipeline.engine.Pipeline;
import glassbox.pipeline.engine.PipelineListener;
import glassbox.pipeline.engine.RequestSpec;
import glassbox.pipeline.engine.Scenario;
import glassbox.pipeline.engine.Site;
import glassbox.pipeline.engine.StackEntry;
import glassbox.pipeline.engine.UsersResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a Send costs: the bare handler over Django's default stack and the H2 GET (reference), the
 * same with every step recorded for the player, and a call-order scenario as the CLI runs it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBench {
    Site site;
    List<StackEntry> entries;
    List<Middleware> stack;
    Scenario scenario;
    RequestSpec get;

    @Setup(Level.Trial)
    public void setUp() {
        site = new Site(UsersResource.inMemory());
        entries = Builtin.defaults().stream().map(StackEntry::of).toList();
        stack = entries.stream().map(StackEntry::toMiddleware).toList();
        get = new RequestSpec("GET", "/api/users", Map.of("Accept-Encoding", "gzip"), "");
        StringBuilder sb = new StringBuilder("{\"middleware\": [");
        for (int i = 0; i < 8; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\": \"M").append(i).append("\", \"hooks\": [\"process_request\", "
                    + "\"process_view\", \"process_exception\", \"process_template_response\", \"process_response\"]}");
        }
        scenario = Scenario.parse(sb.append("], \"view\": {\"status\": 200, \"template\": true}}").toString());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        site.users().close();
    }

    @Benchmark
    public Object bareHandle() {
        return new Pipeline(stack, site, site).handle(get.toRequest(), PipelineListener.NONE);
    }

    @Benchmark
    public Object recordedJourney() {
        return Journeys.run(site, entries, List.of(get));
    }

    @Benchmark
    public Object scenarioCallOrder() {
        return scenario.run();
    }
}
