package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --save} on every experiment subcommand records the run; {@code history list} reads it back. */
class SaveRunsTest {
    @TempDir
    Path dir;

    @Test
    void everyExperimentSubcommandRecordsItsRunWithSave() throws Exception {
        String d = dir.toString();
        Path script = Files.writeString(dir.resolve("s.py"), "a = [1]\nb = a\n");
        Path scenario = Files.writeString(dir.resolve("s.json"), "{\"middleware\": [], \"view\": {\"status\": 200}}");
        String[][] runs = {
            {"bptree", "--order", "4", "--ops", "i 1, i 2", "--save", "--data-dir", d},
            {"index", "--rows", "100", "--repeat", "1", "--save", "--data-dir", d},
            {"locks", "--strategy", "atomic", "--stock", "2", "--buyers", "3", "--threads", "2", "--save", "--data-dir", d},
            {"threads", "--policy", "gil", "--thread", "T1=cpu:1", "--save", "--data-dir", d},
            {"python", "--script", script.toString(), "--save", "--data-dir", d},
            {"pipeline", "--scenario", scenario.toString(), "--save", "--data-dir", d},
        };
        for (String[] args : runs) {
            CliTest.Result r = CliTest.run(args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        }
        try (glassbox.store.Store store = glassbox.store.Store.openReadOnly(dir)) {
            assertThat(store.problem()).isNull();
            java.util.List<String> topics = store.runs(null, 100).stream().map(glassbox.store.Run::topic).toList();
            assertThat(topics).contains("bptree", "database", "threads", "python", "pipeline");
            assertThat(topics.stream().filter("database"::equals).count()).isEqualTo(2);
        }
    }

    @Test
    void dataDirWithoutSaveIsABadArgument() {
        CliTest.Result r = CliTest.run("bptree", "--order", "4", "--ops", "i 1", "--data-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--data-dir only goes with --save");
    }
}
