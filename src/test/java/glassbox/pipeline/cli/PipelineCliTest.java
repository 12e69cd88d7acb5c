package glassbox.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.app.GlassboxCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code glassbox pipeline} and {@code glassbox rest}, through the real command line. */
class PipelineCliTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return MAPPER.readTree(out);
        }
    }

    static Run run(String... args) {
        CommandLine cl = GlassboxCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Path> goldens() throws Exception {
        Path root = Path.of("src/test/resources/glassbox/pipeline/scenarios");
        return Files.list(root).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void goldenScenarios(Path golden) throws Exception {
        JsonNode g = MAPPER.readTree(golden.toFile());
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, g.get("scenario").toString());
        Run r = run("pipeline", "--scenario", scenario.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json()).as(golden.getFileName().toString()).isEqualTo(g.get("expected"));
        assertThat(r.out().indexOf("\"calls\"")).isLessThan(r.out().indexOf("\"status\""));
    }

    @Test
    void readsTheScenarioFromStdin() throws Exception {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream("{\"middleware\": [], \"view\": {\"status\": 201}}".getBytes(StandardCharsets.UTF_8)));
        try {
            Run r = run("pipeline", "--scenario", "-");
            assertThat(r.json().toString()).isEqualTo("{\"calls\":[\"view\"],\"status\":201}");
        } finally {
            System.setIn(old);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_everything\"]}]}",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"raise\": [\"process_nothing\"]}]}",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"respond\": {\"process_request\": 600}}]}",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"respond\": {\"process_request\": 99}}]}",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"respond\": {\"process_request\": \"x\"}}]}",
        "{\"middleware\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}",
        "{\"middleware\": [], \"view\": {\"status\": 700}}",
        "{\"middleware\": [{\"hooks\": []}]}",
        "not json at all",
        "[1, 2]"
    })
    void badScenariosExitTwoWithOneLine(String scenario) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, scenario);
        Run r = run("pipeline", "--scenario", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("glassbox: ");
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("pipeline", "--scenario", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such scenario file");
    }

    @Test
    void restPrintsTheEnvelopeInMemory() throws Exception {
        Run r = run("rest", "GET", "/api/users/1");
        assertThat(r.code()).isZero();
        assertThat(r.json().toString()).isEqualTo("{\"code\":200,\"status\":\"success\",\"data\":{\"id\":1,\"name\":\"Ada\",\"age\":36}}");
        Run missing = run("rest", "delete", "/api/users/99");
        assertThat(missing.json().get("status").asText()).isEqualTo("fail");
        assertThat(missing.json().get("code").asInt()).isEqualTo(404);
    }

    @Test
    void restWithAFileKeepsData() throws Exception {
        Path db = dir.resolve("users");
        Run created = run("rest", "--db", db.toString(), "POST", "/api/users", "{\"name\": \"Bobby'); DROP TABLE users;--\", \"age\": 9}");
        assertThat(created.json().get("code").asInt()).isEqualTo(201);
        Run again = run("rest", "--db", db.toString(), "GET", "/api/users/7");
        assertThat(again.json().get("data").get("name").asText()).isEqualTo("Bobby'); DROP TABLE users;--");
    }

    @Test
    void restRejectsBadMethodAndPath() {
        assertThat(run("rest", "FETCH", "/api/users").code()).isEqualTo(2);
        assertThat(run("rest", "GET", "api/users").code()).isEqualTo(2);
    }
}
