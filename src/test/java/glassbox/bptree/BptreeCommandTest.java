package glassbox.bptree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.app.GlassboxCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code glassbox bptree}: the JSON document, and exit 2 with one clear line for bad input. */
class BptreeCommandTest {
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
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

    @Test
    void printsResultsTreeLeavesAndSteps() throws Exception {
        Run r = run("bptree", "--order", "4", "--ops", "i 5, i 5, d 7, i 3, i 4, i 6, s 3, r 2 9");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("order").asInt()).isEqualTo(4);
        JsonNode res = j.get("results");
        assertThat(res.get(0).toString()).isEqualTo("{\"op\":\"i 5\",\"ok\":true}");
        assertThat(res.get(1).toString()).isEqualTo("{\"op\":\"i 5\",\"ok\":false,\"error\":\"duplicate key 5\"}");
        assertThat(res.get(2).toString()).isEqualTo("{\"op\":\"d 7\",\"ok\":false,\"error\":\"key 7 not found\"}");
        assertThat(res.get(6).toString()).isEqualTo("{\"op\":\"s 3\",\"found\":true,\"path\":[[5],[3,4]]}");
        assertThat(res.get(7).toString()).isEqualTo("{\"op\":\"r 2 9\",\"keys\":[3,4,5,6],\"leaves_visited\":2}");
        assertThat(j.get("tree").toString()).isEqualTo("{\"keys\":[5],\"children\":[{\"keys\":[3,4]},{\"keys\":[5,6]}]}");
        assertThat(j.get("leaves").toString()).isEqualTo("[[3,4],[5,6]]");
        assertThat(j.get("steps").asInt()).isPositive();
    }

    @Test
    void theWorkedExampleFromTheCommandLine() throws Exception {
        Run r = run("bptree", "--order", "5", "--ops", "i5,i15,i25,i35,i45,i55,i65,i75,i85,d45,d55,d5,d15");
        assertThat(r.json().get("tree").toString())
                .isEqualTo("{\"keys\":[75],\"children\":[{\"keys\":[25,35,65]},{\"keys\":[75,85]}]}");
    }

    @Test
    void anEmptyTreeIsNull() throws Exception {
        Run r = run("bptree", "--order", "3", "--ops", "i 1, d 1, s 1, r 0 5");
        JsonNode j = r.json();
        assertThat(j.get("tree").isNull()).isTrue();
        assertThat(j.get("leaves").size()).isZero();
        assertThat(j.get("results").get(2).get("path").size()).isZero();
        assertThat(j.get("results").get(3).get("leaves_visited").asInt()).isZero();
    }

    @Test
    void readsOpsFromAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ops.txt");
        Files.writeString(f, "i 1\ni 2\ni 3\n# comment\ns 2\n");
        Run r = run("bptree", "--order", "3", "--ops-file", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.json().get("tree").toString())
                .isEqualTo("{\"keys\":[2],\"children\":[{\"keys\":[1]},{\"keys\":[2,3]}]}");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() {
        for (String[] args : new String[][] {
            {"bptree", "--order", "2", "--ops", "i 1"},
            {"bptree", "--order", "1025", "--ops", "i 1"},
            {"bptree", "--order", "4", "--ops", "i x"},
            {"bptree", "--order", "4", "--ops", "q 5"},
            {"bptree", "--order", "4", "--ops", "r 5"},
            {"bptree", "--order", "4", "--ops", "i 1 2"},
            {"bptree", "--order", "4", "--ops", "i 99999999999"},
            {"bptree", "--order", "4", "--ops-file", "/no/such/file"},
            {"bptree", "--order", "4"},
        }) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void anEmptyOpIsNamedNotSkipped() {
        Run r = run("bptree", "--order", "4", "--ops", "i 1, ,i 2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("empty op after op 1 'i 1'");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(run("bptree", "--order", "4", "--ops", ",i 1").code()).isEqualTo(2);
        assertThat(run("bptree", "--order", "4", "--ops", "i 1,, i 2").code()).isEqualTo(2);
    }

    @Test
    void aTwentyDigitKeyIsOutOfRangeNotMalformed() {
        Run r = run("bptree", "--order", "4", "--ops", "i 12345678901234567890");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("out of range").contains("2147483647").doesNotContain("not an integer");
    }

    @Test
    void millionsOfOpsAreRefusedByTheLimitNotByMemory() {
        String ops = "i 1, ".repeat(3_000_000) + "i 1";
        Run r = run("bptree", "--order", "4", "--ops", ops);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("200000");
        assertThat(r.err().length()).isLessThan(300);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void opsFilesAreBoundedAndCheckedWithOneLineMessages(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("ops.bin");
        Files.write(binary, new byte[] {'i', ' ', '1', 0, 1, 2});
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "i 1\n".repeat(300_000));
        for (String[] c : new String[][] {
            {"/dev/zero", "larger than 1 MiB"},
            {dir.toString(), "is a folder"},
            {binary.toString(), "binary"},
            {big.toString(), "larger than 1 MiB"},
            {"/no/such/file", "no such file"},
        }) {
            Run r = run("bptree", "--order", "4", "--ops-file", c[0]);
            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aTrailingSeparatorAndBlankLinesStillRun(@TempDir Path dir) throws Exception {
        assertThat(run("bptree", "--order", "4", "--ops", "i 1, i 2,").code()).isZero();
        Path f = dir.resolve("ops.txt");
        Files.writeString(f, "i 1,\n\ni 2\n");
        Run r = run("bptree", "--order", "3", "--ops-file", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.json().get("leaves").toString()).isEqualTo("[[1,2]]");
    }

    @Test
    void theWindowOptionsStillTakeTheTabName() {
        CommandLine.ParseResult pr = GlassboxCommand.commandLine().parseArgs("--tab", "bptree", "--demo");
        assertThat(pr.hasSubcommand()).isFalse();
        assertThat(pr.matchedOptionValue("--tab", "")).isEqualTo("bptree");
    }
}
