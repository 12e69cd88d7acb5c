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

class CopyCommandTest {
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
        Result r = run("copy", "--script", script("x = 1\nfor i in x:\n    pass\n").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("glassbox: line 2: not supported: for loops");
        Result bad = run("copy", "--script", script("x = (1,\n").toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("line 1: SyntaxError");
        Result missing = run("copy", "--script", dir.resolve("nope.py").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such script file");
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
}
