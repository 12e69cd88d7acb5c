package glassbox.python.cli;

import glassbox.core.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import glassbox.app.GlassboxCommand;

class PythonCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return Json.MAPPER.readTree(out);
        }
    }

    private Result run(String... args) {
        CommandLine cl = GlassboxCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private Path script(String text) throws Exception {
        Path p = dir.resolve("s.py");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void printsVarsHeapOutputAndStepsAndExitsZero() throws Exception {
        Result r = run("copy", "--script", script("a = [1, (2,)]\nn = 3\nprint(a)\n").toString());
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("vars").get("a").get("ref").asText()).isEqualTo("o1");
        assertThat(j.get("vars").get("n").get("int").asInt()).isEqualTo(3);
        assertThat(j.get("heap").get("o2").get("type").asText()).isEqualTo("tuple");
        assertThat(j.get("output").get(0).asText()).isEqualTo("[1, (2,)]");
        assertThat(j.get("steps").asInt()).isEqualTo(4);
        assertThat(j.has("error")).isFalse();
    }

    @Test
    void runtimeErrorExitsOneWithTheJsonAndTheError() throws Exception {
        Result r = run("copy", "--script", script("import copy\na = [1]\nb = copy.copy(a)\nb[5]\n").toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode e = r.json().get("error");
        assertThat(e.get("line").asInt()).isEqualTo(4);
        assertThat(e.get("type").asText()).isEqualTo("IndexError");
        assertThat(e.get("message").asText()).isEqualTo("list index out of range");
        assertThat(r.json().get("vars").has("copy")).isFalse();
    }

    @Test
    void unsupportedOrInvalidScriptsExitTwoWithOneLine() throws Exception {
        Result r = run("copy", "--script", script("x = 1\nf = lambda: x\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("glassbox: line 2: not supported: lambda expressions");
        Result bad = run("copy", "--script", script("x = (1,\n").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("line 1: SyntaxError");
        Result missing = run("copy", "--script", dir.resolve("nope.py").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void dashReadsTheScriptFromStandardInput() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("print('from stdin')\n".getBytes(StandardCharsets.UTF_8)));
            Result r = run("copy", "--script", "-");
            assertThat(r.exit()).isZero();
            assertThat(r.json().get("output").get(0).asText()).isEqualTo("from stdin");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theCopyTabNameStillWorksAsAnOptionValue() {
        assertThat(GlassboxCommand.opensWindow(new String[] {"--tab", "copy"})).isTrue();
        assertThat(GlassboxCommand.opensWindow(new String[] {"copy", "--script", "x.py"})).isFalse();
    }

    @Test
    void pythonNameRunsClassesAndPrintsInstanceObjects() throws Exception {
        Result r = run("python", "--script", script("class Conn:\n    def __init__(self, name):\n"
                + "        self.name = name\n        self.log = []\nc = Conn('db')\nd = c\ndef f(): pass\n").toString());
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("vars").has("Conn")).isFalse();
        assertThat(j.get("vars").has("f")).isFalse();
        assertThat(j.get("vars").get("d").get("ref").asText()).isEqualTo("o1");
        JsonNode o1 = j.get("heap").get("o1");
        assertThat(o1.get("type").asText()).isEqualTo("instance");
        assertThat(o1.get("class").asText()).isEqualTo("Conn");
        assertThat(o1.get("attrs").get(0).get(0).asText()).isEqualTo("name");
        assertThat(o1.get("attrs").get(1).get(1).get("ref").asText()).isEqualTo("o2");
    }

    @Test
    void errorLineIsWhereTheExceptionWasRaisedInTheInnermostFrame() throws Exception {
        Result r = run("python", "--script", script("def a():\n    return b()\ndef b():\n    return [][1]\na()\n").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("error").get("line").asInt()).isEqualTo(4);
    }

    @Test
    void deepNestingAndLongSumsGiveResultsNotStackOverflows() throws Exception {
        StringBuilder nested = new StringBuilder("a = []\n");
        nested.append("a = [a]\n".repeat(2000));
        Result r = run("python", "--script", script(nested.toString()).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("Error");
        assertThat(r.json().get("heap")).hasSize(2001);
        String sum = "x = " + "1 + ".repeat(4999) + "1\n";
        Result s = run("python", "--script", script(sum).toString());
        assertThat(s.exit()).isZero();
        assertThat(s.json().get("vars").get("x").get("int").asInt()).isEqualTo(5000);
    }

    @Test
    void runawayLoopStopsAtTheStepCapWithAClearMessage() throws Exception {
        Result r = run("python", "--script", script("n = 0\nwhile True:\n    n += 1\n").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("error").get("type").asText()).isEqualTo("ResourceLimit");
        assertThat(r.json().get("error").get("message").asText()).contains("steps (the safety cap)");
    }

    @Test
    void oversizedStandardInputIsRefusedWithOneLine() throws Exception {
        InputStream saved = System.in;
        try {
            byte[] big = "x = 1\n".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            System.setIn(new ByteArrayInputStream(big));
            Result r = run("python", "--script", "-");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines().count()).isEqualTo(1);
            assertThat(r.err()).contains("larger than 1 MiB");
        } finally {
            System.setIn(saved);
        }
    }
}
