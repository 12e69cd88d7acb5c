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
import org.junit.jupiter.params.provider.CsvSource;
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
        "{\"middleware\": [{\"name\": \"A\"}, {\"name\": \"A\"}], \"view\": {}}",
        "{\"middleware\": [], \"view\": {\"status\": 700}}",
        "{\"middleware\": [{\"hooks\": []}], \"view\": {}}",
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
        assertThat(r.err()).contains("--scenario: no such file");
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

    /** Issue 15: the contract is strict, and each refusal names the field. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"middleware\": [], \"view\": {}, \"extra\": 1}|extra: unknown key",
        "{\"middleware\": [{\"name\": \"A\", \"hook\": [\"process_request\"]}], \"view\": {}}|middleware[0].hook: unknown key",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"Process_Request\"]}], \"view\": {}}|middleware[0].hooks: unknown hook",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\" process_request\"]}], \"view\": {}}|middleware[0].hooks: unknown hook",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_view\"], \"respond\": {\"process_request\": 401}}], \"view\": {}}|middleware[0].respond.process_request: process_request is not in \"hooks\"",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [], \"raise\": [\"process_response\"]}], \"view\": {}}|middleware[0].raise: process_response is not in \"hooks\"",
        "{\"middleware\": []}|view: missing",
        "{\"middleware\": [], \"view\": {\"stauts\": 200}}|view.stauts: unknown key",
        "{\"middleware\": [], \"view\": {\"status\": 9223372036854775808}}|view.status: 9223372036854775808 is outside 100..599",
        "{\"middleware\": [], \"view\": {\"status\": 18446744073709551816}}|view.status: 18446744073709551816 is outside 100..599",
        "{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_request\"], \"respond\": {\"process_request\": 401}, \"raise\": [\"process_request\"]}], \"view\": {}}|middleware[0].raise: process_request is also in \"respond\"",
    })
    void strictScenariosNameTheField(String scenario, String message) throws Exception {
        Path f = dir.resolve("strict.json");
        Files.writeString(f, scenario);
        Run r = run("pipeline", "--scenario", f.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("glassbox: " + message);
        assertThat(r.err()).doesNotContain("-9223372036854775808");
    }

    @Test
    void tenThousandMiddlewareAreRefusedNamingTheLimit() throws Exception {
        for (int n : new int[] {101, 10_000}) {
            StringBuilder sb = new StringBuilder("{\"middleware\": [");
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"name\": \"M").append(i).append("\", \"hooks\": [\"process_request\"]}");
            }
            Path f = dir.resolve("big.json");
            Files.writeString(f, sb.append("], \"view\": {}}"));
            Run r = run("pipeline", "--scenario", f.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("limit of 100");
        }
    }

    @Test
    void theLimitItselfRunsWithoutOverflowingTheStack() throws Exception {
        StringBuilder sb = new StringBuilder("{\"middleware\": [");
        for (int i = 0; i < 100; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\": \"M").append(i)
                    .append("\", \"hooks\": [\"process_request\", \"process_exception\", \"process_response\"]}");
        }
        Path f = dir.resolve("hundred.json");
        Files.writeString(f, sb.append("], \"view\": {\"raise\": true}}"));
        Run r = run("pipeline", "--scenario", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("calls")).hasSize(300 + 1);
        assertThat(r.json().get("status").asInt()).isEqualTo(500);
    }

    @Test
    void aMillionMiddlewareDoNotHangThePipeline() {
        java.util.List<glassbox.pipeline.engine.Middleware> many = java.util.Collections.nCopies(1_000_000,
                new glassbox.pipeline.engine.ScriptedMiddleware("M", java.util.Map.of()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new glassbox.pipeline.engine.Pipeline(many,
                glassbox.pipeline.engine.ScriptedView.ok(), null)).hasMessageContaining("limit of 100");
    }

    @Test
    void devZeroAndBinaryFilesAreRefusedWithinTheCap() throws Exception {
        Run zero = run("pipeline", "--scenario", "/dev/zero");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("1 MiB");
        Path bin = dir.resolve("bin.json");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThat(run("pipeline", "--scenario", bin.toString()).err()).contains("not UTF-8");
        assertThat(run("pipeline", "--scenario", dir.toString()).err()).contains("is a folder");
    }

    @Test
    void restRefusesABodyForMethodsWithoutOne() throws Exception {
        for (String m : new String[] {"GET", "DELETE", "HEAD", "OPTIONS"}) {
            Run r = run("rest", m, "/api/users", "extra-body");
            assertThat(r.code()).as(m).isEqualTo(2);
            assertThat(r.err()).contains("extra argument 'extra-body'");
            assertThat(r.out()).isEmpty();
        }
        assertThat(run("rest", "POST", "/api/users", "{\"name\": \"Ada\"}").code()).isZero();
        assertThat(run("rest", "GET", "/api/users", "a", "b").code()).isEqualTo(2);
    }

    @Test
    void restAnswers4xxEnvelopesWithExitZero() throws Exception {
        Run r = run("rest", "POST", "/api/users", "{\"name\": \"Ada\", \"age\": 9223372036854775808}");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("code").asInt()).isEqualTo(400);
        Run wrap = run("rest", "POST", "/api/users", "{\"name\": \"Ada\", \"age\": 18446744073709551621}");
        assertThat(wrap.json().get("code").asInt()).as("2^64+5 must not wrap to 5").isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/tmp/x;INIT=RUNSCRIPT FROM '/etc/hostname'",
        "%s/x;INIT=CREATE ALIAS T AS $$ void t() {} $$\\;CALL T()",
        "%s/y;TRACE_LEVEL_FILE=3",
        "jdbc:h2:mem:x",
        "mem:x",
        "tcp://localhost/x",
        "%s/a:b",
        "",
        " ",
        "%s",
        "%s/no/such/folder/x",
        "%s/nested/../no-such/x",
    })
    void restRefusesBadDatabasePathsAndCreatesNothing(String pattern) throws Exception {
        String db = pattern.replace("%s", dir.toString());
        java.util.Set<String> before = listing(dir);
        java.util.Set<String> tmpBefore = listing(Path.of("/tmp"));
        Run r = run("rest", "--db", db, "GET", "/api/users");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("glassbox: --db: ").doesNotContain("ostname\n");
        assertThat(listing(dir)).isEqualTo(before);
        assertThat(listing(Path.of("/tmp"))).filteredOn(n -> n.startsWith("x")).isSubsetOf(tmpBefore);
    }

    @Test
    void restRefusesFilesThatAreNotItsDatabaseAndLeavesThemByteIdentical() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        Path fake = dir.resolve("fake.mv.db");
        Files.writeString(fake, "not an h2 file at all");
        Path foreign = dir.resolve("foreign");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + foreign, "owner", "secret")) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }
        Path foreignFile = dir.resolve("foreign.mv.db");
        Path other = dir.resolve("other");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "")) {
            c.createStatement().execute("CREATE TABLE t (x INT)");
        }
        Path otherFile = dir.resolve("other.mv.db");
        java.util.Map<Path, String> sums = new java.util.HashMap<>();
        for (Path p : java.util.List.of(text, fake, foreignFile, otherFile)) {
            sums.put(p, sha(p));
        }
        java.util.Set<String> before = listing(dir);
        for (Path p : java.util.List.of(text, fake, foreign, foreignFile, other)) {
            Run r = run("rest", "--db", p.toString(), "GET", "/api/users");
            assertThat(r.code()).as(p + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        for (Path p : sums.keySet()) {
            assertThat(sha(p)).as(p.toString()).isEqualTo(sums.get(p));
        }
        assertThat(listing(dir)).isEqualTo(before).noneMatch(n -> n.endsWith(".trace.db"));
    }

    @Test
    void restOpensItsOwnDatabaseByEitherName() throws Exception {
        Path db = dir.resolve("users");
        assertThat(run("rest", "--db", db.toString(), "GET", "/api/users").code()).isZero();
        assertThat(run("rest", "--db", db + ".mv.db", "GET", "/api/users/6").json().get("code").asInt()).isEqualTo(200);
        assertThat(listing(dir)).containsExactly("users.mv.db");
    }

    static java.util.Set<String> listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    static String sha(Path p) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
