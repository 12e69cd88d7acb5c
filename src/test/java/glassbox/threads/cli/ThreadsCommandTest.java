package glassbox.threads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.app.GlassboxCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code glassbox threads}: JSON on stdout, exit 2 and one clear line on stderr for bad input. */
class ThreadsCommandTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            CommandLine cl = GlassboxCommand.commandLine();
            cl.setErr(new PrintWriter(err));
            code = cl.execute(args);
        } finally {
            System.setOut(old);
        }
        return new Result(code, bytes.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void printsTheWorkedExample() throws Exception {
        Result r = run("threads", "--policy", "gil", "--interval-ms", "5", "--thread", "T1=cpu:100", "--thread", "T2=cpu:100");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("policy").asText()).isEqualTo("gil");
        assertThat(json.get("wall_ms").asDouble()).isEqualTo(200.0);
        assertThat(json.get("handoffs").asInt()).isEqualTo(39);
        JsonNode t1 = json.get("threads").get("T1");
        assertThat(t1.get("cpu_ms").asDouble()).isEqualTo(100.0);
        assertThat(t1.get("wait_ms").asDouble()).isEqualTo(95.0);
        assertThat(t1.get("end_ms").asDouble()).isEqualTo(195.0);
        JsonNode first = json.get("events").get(0);
        assertThat(first.get("t_ms").asDouble()).isZero();
        assertThat(first.get("thread").asText()).isEqualTo("T1");
        assertThat(first.get("kind").asText()).isEqualTo("acquire");
    }

    @Test
    void convoyFromTheCommandLine() throws Exception {
        Result r = run("threads", "--policy", "gil", "--thread", "T1=cpu:1000", "--thread", "T2=100*(io:1,cpu:0.1)");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("threads").get("T2").get("end_ms").asDouble()).isEqualTo(610.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--policy gil --thread T1cpu:5|NAME=BURSTS",
        "--policy gil --thread T1=cpu:0|must be positive",
        "--policy gil --thread T1=io:-2|must be positive",
        "--policy fast --thread T1=cpu:5|unknown policy",
        "--policy gil|no threads",
        "--policy gil --thread T1=3*(cpu:1|expected ')'",
        "--policy nogil --cores 0 --thread T1=cpu:1|--cores",
        "--policy gil --interval-ms -1 --thread T1=cpu:1|--interval-ms",
    })
    void badInputExitsTwoWithOneClearLine(String args, String message) {
        String[] argv = ("threads " + args).split(" ");
        Result r = run(argv);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("glassbox: ").contains(message).doesNotContain("\n");
    }
}
