package glassbox.database.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.app.GlassboxCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DatabaseCliTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = GlassboxCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void indexPrintsTheSpecifiedShape() throws Exception {
        assertThat(run("index", "--rows", "3000", "--repeat", "3")).isZero();
        JsonNode j = json();
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("rows", "build_ms", "point", "range", "plans");
        assertThat(j.get("rows").asLong()).isEqualTo(3000);
        for (String q : List.of("point", "range")) {
            List<String> t = new ArrayList<>();
            j.get(q).fieldNames().forEachRemaining(t::add);
            assertThat(t).containsExactly("indexed_us", "scan_us", "speedup");
            assertThat(j.get(q).get("indexed_us").asDouble()).isPositive();
        }
        assertThat(j.get("plans").get("indexed").asText()).contains("IDX_ITEMS_K");
        assertThat(j.get("plans").get("scan").asText()).contains("tableScan");
    }

    @Test
    void compositePrintsEachQuerysPlanAndTheTwoRatios() throws Exception {
        assertThat(run("composite", "--rows", "5000", "--repeat", "2")).isZero();
        JsonNode j = json();
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("rows", "repeat", "build_ms", "queries", "prefix_ratio", "covering_ratio");
        List<String> queries = new ArrayList<>();
        j.get("queries").fieldNames().forEachRemaining(queries::add);
        assertThat(queries).containsExactly("by_a", "by_b", "covering", "all_columns");
        assertThat(j.get("queries").get("by_a").get("uses_index").asBoolean()).isTrue();
        assertThat(j.get("queries").get("by_b").get("uses_index").asBoolean()).isFalse();
        assertThat(j.get("queries").get("by_b").get("plan").asText()).contains("tableScan");
        assertThat(j.get("queries").get("covering").get("rows").asLong()).isEqualTo(5);
        assertThat(j.get("prefix_ratio").asDouble()).isPositive();
    }

    @Test
    void compositeRefusesTooFewRowsInOneLine() {
        assertThat(run("composite", "--rows", "999")).isEqualTo(2);
        assertThat(err.toString()).contains("--rows must be between 1000 and 2000000 (got 999)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void indexWritesToAFileDatabase(@TempDir Path dir) {
        assertThat(run("index", "--rows", "1000", "--repeat", "1", "--db", dir.resolve("bench").toString())).isZero();
        assertThat(Files.exists(dir.resolve("bench.mv.db"))).isTrue();
    }

    @Test
    void indexRejectsTooFewRows() {
        assertThat(run("index", "--rows", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--rows must be between 1 and 10000000");
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void locksPrintsTheSpecifiedShapeAndKeepsTheInvariants() throws Exception {
        for (String s : List.of("pessimistic", "optimistic", "atomic")) {
            out.getBuffer().setLength(0);
            assertThat(run("locks", "--strategy", s, "--stock", "10", "--buyers", "25", "--threads", "4")).isZero();
            JsonNode j = json();
            List<String> fields = new ArrayList<>();
            j.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("strategy", "stock_before", "stock_after", "orders", "oversold",
                    "lost_updates", "retries", "rejected", "elapsed_ms");
            assertThat(j.get("strategy").asText()).isEqualTo(s);
            assertThat(j.get("orders").asInt()).isEqualTo(10);
            assertThat(j.get("stock_after").asInt()).isZero();
            assertThat(j.get("oversold").asInt()).isZero();
            assertThat(j.get("lost_updates").asInt()).isZero();
            assertThat(j.get("orders").asInt() + j.get("rejected").asInt()).isEqualTo(25);
        }
    }

    @Test
    void locksWithoutLockingShowsTheRaceWithDefaults() throws Exception {
        assertThat(run("locks", "--strategy", "none")).isZero();
        JsonNode j = json();
        assertThat(j.get("stock_before").asInt()).isEqualTo(100);
        assertThat(j.get("lost_updates").asInt()).isPositive();
        assertThat(j.get("oversold").asInt()).isPositive();
    }

    @Test
    void locksRejectsAnUnknownStrategy() {
        assertThat(run("locks", "--strategy", "greedy")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown strategy 'greedy'").contains("pessimistic");
    }

    @Test
    void locksRejectsZeroThreads() {
        assertThat(run("locks", "--strategy", "atomic", "--threads", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads must be between 1 and 64");
    }
}
