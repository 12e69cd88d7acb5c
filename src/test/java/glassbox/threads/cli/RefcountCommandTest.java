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

/** {@code glassbox refcount} and {@code threads --policy process}: JSON on stdout, exit 2 and one line for bad input. */
class RefcountCommandTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
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
    void theIssuesExample() throws Exception {
        Result r = run("refcount", "--start", "1", "--thread", "T1=incref", "--thread", "T2=incref,decref",
                "--interleave", "T1,T2,T1,T1,T2,T2,T2,T2,T2");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("start", "final", "expected", "lost_updates", "freed_early", "steps");
        assertThat(j.get("final").asInt()).isEqualTo(1);
        assertThat(j.get("expected").asInt()).isEqualTo(2);
        assertThat(j.get("lost_updates").asInt()).isEqualTo(1);
        assertThat(j.get("freed_early").asBoolean()).isFalse();
        JsonNode first = j.get("steps").get(0);
        assertThat(first.toString()).isEqualTo("{\"thread\":\"T1\",\"op\":\"load\",\"reg\":1,\"count\":1}");
        assertThat(j.get("steps")).hasSize(9);
    }

    @Test
    void theGilKeepsTheCount() throws Exception {
        Result r = run("refcount", "--thread", "T1=incref", "--thread", "T2=incref,decref",
                "--interleave", "T1,T2,T1,T1,T2,T2,T2,T2,T2", "--gil");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("final").asInt()).isEqualTo(2);
        assertThat(j.get("lost_updates").asInt()).isZero();
    }

    @Test
    void defaultOrderIsEachThreadInTurn() throws Exception {
        Result r = run("refcount", "--thread", "T1=incref", "--thread", "T2=decref,decref");
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("final").asInt()).isEqualTo(0);
        assertThat(j.get("expected").asInt()).isEqualTo(0);
        assertThat(j.get("freed_early").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--thread T1=incref --interleave T1,T9,T1|unknown thread",
        "--thread T1=incref,steal|unknown op",
        "--thread T1=incref --thread T2=incref --interleave T1,T2|names 2 micro-ops but the threads have 6",
        "--thread T1=incref --thread T2=incref --interleave T1,T1,T1,T1,T2,T2|T1 4 times",
        "--thread T1incref|NAME=OPS",
        "--start abc --thread T1=incref|--start",
        "--start 0 --thread T1=incref|--start",
        "--thread T1=incref --thread T1=decref|used twice",
        "--thread T1=|unknown op",
    })
    void badInputExitsTwoWithOneLine(String args, String message) {
        Result r = run(("refcount " + args).split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(message).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void processPolicyPrintsTheSameJsonAsTheOthers() throws Exception {
        Result r = run("threads", "--policy", "process", "--start-ms", "30", "--thread", "T1=cpu:100", "--thread", "T2=cpu:100");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("policy", "wall_ms", "handoffs", "threads", "events");
        assertThat(j.get("policy").asText()).isEqualTo("process");
        assertThat(j.get("wall_ms").asDouble()).isEqualTo(130.0);
        assertThat(j.get("threads").get("T2").get("end_ms").asDouble()).isEqualTo(130.0);
        assertThat(j.get("events").get(0).get("kind").asText()).isEqualTo("wait");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--policy gil --no-events --thread T1=cpu:1000000000000 --thread T2=cpu:1|1000000000 ms (the limit)",
        "--policy gil --interval-ms 0.000001 --thread T1=cpu:100 --thread T2=cpu:100|limit of 8000000",
        "--policy process --start-ms 20000 --thread T1=cpu:1|--start-ms",
        "--policy process --start-ms x --thread T1=cpu:1|--start-ms",
    })
    void oversizedOrBadRunsAreRefusedBeforeRunning(String args, String message) {
        Result r = run(("threads " + args).split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains(message).doesNotContain("\n");
    }

    @Test
    void eightThreadsOfAMillionRepetitionsAreRefused() {
        String[] args = new String[3 + 16];
        args[0] = "threads";
        args[1] = "--policy";
        args[2] = "gil";
        for (int i = 0; i < 8; i++) {
            args[3 + 2 * i] = "--thread";
            args[4 + 2 * i] = "T" + i + "=1000000*(io:1,cpu:0.1)";
        }
        Result r = run(args);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("4000000").doesNotContain("\n");
    }
}
