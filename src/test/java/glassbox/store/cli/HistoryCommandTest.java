package glassbox.store.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import glassbox.core.Json;
import glassbox.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class HistoryCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    /** The command a topic would write: prints its result, then records it with --save. */
    @Command(name = "demo")
    static final class DemoCommand implements Callable<Integer> {
        @Mixin
        SaveOption save;

        @Override
        public Integer call() {
            save.check();
            System.out.println("{\"answer\": 42}");
            return save.record("threads", "{\"policy\":\"gil\"}", java.util.Map.of("wall_ms", 200));
        }
    }

    static Result run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("glassbox: " + ex.getMessage());
            return 2;
        });
        int code = cl.execute(args);
        cl.getErr().flush();
        return new Result(code, out.toString(), err.toString());
    }

    private Result history(String... args) {
        return run(new HistoryCommand(), args);
    }

    @Test
    void savedRunsAreListedAndExportedAndAnExportImportsIntoAnotherFolder() throws Exception {
        String d = dir.resolve("a").toString();
        assertThat(run(new DemoCommand(), "--save", "--data-dir", d).code()).isZero();
        assertThat(run(new DemoCommand(), "--save", "--data-dir", d).code()).isZero();
        assertThat(run(new DemoCommand()).code()).isZero(); // without --save: nothing recorded

        Result list = history("list", "--data-dir", d);
        assertThat(list.code()).isZero();
        JsonNode runs = Json.MAPPER.readTree(list.out());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("topic").asText()).isEqualTo("threads");
        assertThat(runs.get(0).get("params").get("policy").asText()).isEqualTo("gil");
        assertThat(runs.get(0).get("results").get("wall_ms").asInt()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(history("list", "--data-dir", d, "--topic", "bptree").out())).isEmpty();

        Result export = history("export", "--data-dir", d);
        assertThat(export.code()).isZero();
        Path file = Files.writeString(dir.resolve("export.json"), export.out());
        String b = dir.resolve("b").toString();
        Result imported = history("import", "--data-dir", b, file.toString());
        assertThat(imported.err()).isEmpty();
        assertThat(imported.code()).isZero();
        assertThat(Json.MAPPER.readTree(imported.out()).get("imported").asInt()).isEqualTo(2);
        JsonNode again = Json.MAPPER.readTree(history("export", "--data-dir", b).out());
        JsonNode first = Json.MAPPER.readTree(export.out());
        for (int i = 0; i < 2; i++) {
            for (String f : List.of("topic", "at", "params", "results")) {
                assertThat(again.get("runs").get(i).get(f)).isEqualTo(first.get("runs").get(i).get(f));
            }
        }
    }

    @Test
    void listingAnEmptyFolderPrintsNothingSavedAndCreatesNothing() throws Exception {
        Result r = history("list", "--data-dir", dir.resolve("none").toString());
        assertThat(r.code()).isZero();
        assertThat(Json.MAPPER.readTree(r.out())).isEmpty();
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aBadImportChangesNothingAndNamesTheField() throws Exception {
        String d = dir.toString();
        run(new DemoCommand(), "--save", "--data-dir", d);
        String good = "{\"format\":\"glassbox-history\",\"version\":1,\"runs\":[{\"topic\":\"threads\","
                + "\"at\":\"2026-01-31T12:00:00Z\",\"params\":{},\"results\":{}}]}";
        List<String[]> bad = List.of(
                new String[] {good.replace("\"runs\"", "\"rusn\""), "unknown key rusn"},
                new String[] {good.replace("\"topic\"", "\"topik\""), "unknown key runs[0].topik"},
                new String[] {good.replace(",\"results\":{}", ""), "missing runs[0].results"},
                new String[] {good.replace("\"threads\"", "\"Threads!\""), "runs[0].topic must be"},
                new String[] {good.replace("2026-01-31T12:00:00Z", "yesterday"), "runs[0].at must be"},
                new String[] {good.replace("\"params\":{}", "\"params\":[]"), "runs[0].params must be a JSON object"},
                new String[] {good.replace("\"version\":1", "\"version\":2"), "version must be 1"},
                new String[] {good.replace("glassbox-history", "other"), "format must be"},
                new String[] {good + " {}", "not valid JSON"},
                new String[] {good.replace("\"version\":1", "\"version\":1,\"version\":1"), "not valid JSON"},
                new String[] {"[]", "an export is a JSON object"},
                new String[] {"", "an export is a JSON object"});
        String before = Store.class.getSimpleName() + sha(dir.resolve(Store.DB_FILE));
        for (String[] c : bad) {
            Path f = Files.writeString(dir.resolve("bad.json"), c[0]);
            Result r = history("import", "--data-dir", d, f.toString());
            assertThat(r.code()).as(c[0]).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("Exception", "\tat ");
        }
        assertThat(Store.class.getSimpleName() + sha(dir.resolve(Store.DB_FILE))).isEqualTo(before);
        assertThat(history("import", "--data-dir", d, dir.resolve("nosuch.json").toString()).err())
                .contains("no such file");
        Path ok = Files.writeString(dir.resolve("good.json"), good);
        assertThat(history("import", "--data-dir", d, ok.toString()).code()).isZero();
        assertThat(Json.MAPPER.readTree(history("list", "--data-dir", d).out())).hasSize(2);
    }

    @Test
    void aDataDirThatCouldCarryUrlSettingsIsABadArgument() {
        String evil = dir.resolve("x;INIT=RUNSCRIPT FROM '/etc/hostname'").toString();
        for (Result r : List.of(history("list", "--data-dir", evil), history("export", "--data-dir", evil),
                run(new DemoCommand(), "--save", "--data-dir", evil))) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("does not accept");
        }
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(run(new DemoCommand(), "--data-dir", dir.toString()).err()).contains("--data-dir only goes with --save");
    }

    @Test
    void aDamagedHistoryIsAFailureWhileRunningAndStaysUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve(Store.DB_FILE), "not a database");
        Result list = history("list", "--data-dir", dir.toString());
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err().strip()).isEqualTo("glassbox: cannot read the history: " + file
                + " is not a Glassbox run history this version knows (left untouched)");
        Result save = run(new DemoCommand(), "--save", "--data-dir", dir.toString());
        assertThat(save.code()).isEqualTo(1);
        assertThat(save.err()).startsWith("glassbox: run not saved: " + file);
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }

    private static String sha(Path f) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
