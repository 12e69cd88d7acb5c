package glassbox.bptree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code glassbox btree} and {@code glassbox innodb}: the JSON documents, and exit 2 with one line for bad input. */
class BtreeCommandsTest {
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void btreePrintsResultsTreeAndSteps() throws Exception {
        Run r = run(new BtreeCommand(), "--order", "3", "--ops", "i 5, i 3, i 5, i 8, d 4, s 3, s 5, r 2 9");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("order").asInt()).isEqualTo(3);
        JsonNode res = j.get("results");
        assertThat(res.get(0).toString()).isEqualTo("{\"op\":\"i 5\",\"ok\":true}");
        assertThat(res.get(2).toString()).isEqualTo("{\"op\":\"i 5\",\"ok\":false,\"error\":\"duplicate key 5\"}");
        assertThat(res.get(4).toString()).isEqualTo("{\"op\":\"d 4\",\"ok\":false,\"error\":\"key 4 not found\"}");
        assertThat(res.get(5).toString()).isEqualTo("{\"op\":\"s 3\",\"found\":true,\"path\":[[5],[3]]}");
        assertThat(res.get(6).toString()).as("the B-Tree stops in the root").isEqualTo("{\"op\":\"s 5\",\"found\":true,\"path\":[[5]]}");
        assertThat(res.get(7).toString()).isEqualTo("{\"op\":\"r 2 9\",\"keys\":[3,5,8],\"nodes_read\":3,\"node_arrivals\":5}");
        assertThat(j.get("tree").toString()).isEqualTo("{\"keys\":[5],\"children\":[{\"keys\":[3]},{\"keys\":[8]}]}");
        assertThat(j.get("steps").asInt()).isPositive();
        assertThat(j.size()).isEqualTo(4);
    }

    @Test
    void btreePreemptiveSplitWithAnEvenOrder() throws Exception {
        Run r = run(new BtreeCommand(), "--order", "4", "--preemptive-split", "--ops", "i 1, i 2, i 3, i 4");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("tree").toString())
                .isEqualTo("{\"keys\":[2],\"children\":[{\"keys\":[1]},{\"keys\":[3,4]}]}");
        Run plain = run(new BtreeCommand(), "--order", "4", "--ops", "i 1, i 2, i 3, i 4");
        assertThat(plain.json().get("tree").toString())
                .isEqualTo("{\"keys\":[2],\"children\":[{\"keys\":[1]},{\"keys\":[3,4]}]}");
    }

    @Test
    void anEmptyTreeIsNull() throws Exception {
        Run r = run(new BtreeCommand(), "--order", "5", "--ops", "i 1, d 1");
        assertThat(r.json().get("tree").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--order 2 --ops i1|order 2 is outside 3..1024",
        "--order 1025 --ops i1|order 1025 is outside 3..1024",
        "--order 5 --preemptive-split --ops i1|--preemptive-split needs an even order",
        "--order 4 --ops x 1|malformed op 'x 1'",
        "--order 4 --ops i abc|key 'abc' in op 'i abc' is not an integer",
        "--order 4 --ops r 1|a range needs two keys",
        "--order 4 --ops ,|no operations given",
    })
    void btreeRefusesBadInputWithOneLine(String args, String message) {
        Run r = run(new BtreeCommand(), args.split(" (?=--)|(?<=--order|--ops) "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow()).contains(message);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void innodbTheClassicFigure() throws Exception {
        Run r = run(new InnodbCommand(), "--rows", "21902400");
        assertThat(r.code()).isZero();
        assertThat(r.json().toString()).isEqualTo(
                "{\"internal_fanout\":1170,\"rows_per_leaf\":16,\"height\":3,\"capacity_by_height\":[16,18720,21902400]}");
        assertThat(run(new InnodbCommand(), "--rows", "21902401").json().get("height").asInt()).isEqualTo(4);
        assertThat(run(new InnodbCommand(), "--rows", "16").json().get("height").asInt()).isEqualTo(1);
        assertThat(run(new InnodbCommand(), "--rows", "0").json().get("capacity_by_height").toString()).isEqualTo("[16]");
    }

    @Test
    void innodbKnobs() throws Exception {
        JsonNode j = run(new InnodbCommand(), "--rows", "1000000", "--page-bytes", "16384", "--page-overhead-bytes", "384",
                "--fill", "0.5", "--row-bytes", "200").json();
        assertThat(j.get("internal_fanout").asLong()).isEqualTo(8000 / 14);
        assertThat(j.get("rows_per_leaf").asLong()).isEqualTo(40);
        assertThat(j.get("height").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--rows -1|rows must be in",
        "--rows 10 --page-bytes 0|page-bytes must be positive",
        "--rows 10 --key-bytes -8|key-bytes must be positive",
        "--rows 10 --pointer-bytes 0|pointer-bytes must be positive",
        "--rows 10 --row-bytes 0|row-bytes must be positive",
        "--rows 10 --fill 0|fill must be in (0, 1]",
        "--rows 10 --fill 1.5|fill must be in (0, 1]",
        "--rows 10 --row-bytes 20000|a row of 20000 bytes is larger than the usable page",
        "--rows 10 --key-bytes 20000|is larger than the usable page",
        "--rows 10 --page-overhead-bytes 16384|leaves no room",
        "--rows x|Invalid value",
    })
    void innodbRefusesBadKnobs(String args, String message) {
        Run r = run(new InnodbCommand(), args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("Exception");
    }
}
