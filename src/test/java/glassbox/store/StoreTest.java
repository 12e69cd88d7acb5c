package glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void runsAndPreferencesSurviveAReopen() throws Exception {
        try (Store s = Store.open(dir)) {
            assertThat(s.problem()).isNull();
            assertThat(s.isInMemory()).isFalse();
            s.saveRun("threads", "{\"policy\":\"gil\"}", "{\"wall_ms\":200}");
            s.saveRun("database", "{}", "{}");
            s.setPreference("theme", "dark");
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.runs(null, 10)).extracting(Run::topic).containsExactly("database", "threads");
            assertThat(s.runs("threads", 10)).singleElement()
                    .satisfies(r -> assertThat(r.resultsJson()).isEqualTo("{\"wall_ms\":200}"));
            assertThat(s.preference("theme")).contains("dark");
        }
    }

    @Test
    void aSecondGlassboxFallsBackToMemoryAndLeavesTheFileAlone() throws Exception {
        try (Store first = Store.open(dir)) {
            first.saveRun("bptree", "{}", "{}");
            // a second Glassbox is another process
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes()).strip();
            assertThat(p.waitFor()).isZero();
            assertThat(said).endsWith("LOCKED");
            assertThat(first.runs(null, 10)).extracting(Run::topic).containsExactly("bptree");
        }
    }

    @Test
    void aCorruptFileIsNeitherDeletedNorOverwritten() throws Exception {
        Path file = dir.resolve("glassbox.mv.db");
        byte[] garbage = new byte[8192];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        Files.write(file, garbage);
        try (Store s = Store.open(dir)) {
            assertThat(s.problem()).isEqualTo(StoreProblem.FOREIGN); // not even an H2 header
            assertThat(s.problemDetail()).contains("glassbox.mv.db");
            s.saveRun("copy", "{}", "{}");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDataDirThatCouldCarryUrlSettingsIsRefusedAndNothingIsCreated() throws Exception {
        Path evil = dir.resolve("x;INIT=RUNSCRIPT FROM '/etc/hostname'");
        try (Store s = Store.open(evil)) {
            assertThat(s.problem()).isEqualTo(StoreProblem.UNSAFE_PATH);
            assertThat(s.problemDetail()).contains("x;INIT=");
            assertThat(s.isInMemory()).isTrue();
        }
        try (Store s = Store.open(dir.resolve("a\u0001b"))) {
            assertThat(s.problem()).isEqualTo(StoreProblem.UNSAFE_PATH);
            assertThat(s.problemDetail()).contains("a\\u0001b");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).isEmpty();
        }
    }

    @Test
    void readingAMissingHistoryCreatesNothing() throws Exception {
        try (Store s = Store.openReadOnly(dir.resolve("none"))) {
            assertThat(s.problem()).isNull();
            assertThat(s.runs(null, 10)).isEmpty();
        }
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aReadOnlyStoreReadsButNeverWrites() throws Exception {
        try (Store s = Store.open(dir)) {
            s.saveRun("threads", "{}", "{}");
        }
        String before = StoreDamageTest.sha256(dir.resolve(Store.DB_FILE));
        try (Store s = Store.openReadOnly(dir)) {
            assertThat(s.runs(null, 10)).hasSize(1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.saveRun("x", "{}", "{}"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
        assertThat(StoreDamageTest.sha256(dir.resolve(Store.DB_FILE))).isEqualTo(before);
    }

    @Test
    void twoStoresInOneJvmNeverShareTheFile() {
        try (Store first = Store.open(dir); Store second = Store.open(dir)) {
            assertThat(first.problem()).isNull();
            assertThat(second.problem()).isEqualTo(StoreProblem.LOCKED);
        }
    }

    @Test
    void anUnwritableFolderFallsBackToMemory() throws Exception {
        Path aFile = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        try (Store s = Store.open(aFile.resolve("glassbox"))) {
            assertThat(s.problem()).isEqualTo(StoreProblem.UNWRITABLE);
            assertThat(s.isInMemory()).isTrue();
        }
    }

    @Test
    void dataDirFollowsOverridesThenPlatformConventions() {
        assertThat(DataDir.resolve("/x", Map.of("GLASSBOX_HOME", "/y"), "Linux", "/home/u")).isEqualTo(Path.of("/x"));
        assertThat(DataDir.resolve(null, Map.of("GLASSBOX_HOME", "/y"), "Linux", "/home/u")).isEqualTo(Path.of("/y"));
        assertThat(DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/d"), "Linux", "/home/u")).isEqualTo(Path.of("/d/glassbox"));
        assertThat(DataDir.resolve(null, Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.local/share/glassbox"));
        assertThat(DataDir.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Glassbox"));
        assertThat(DataDir.resolve(null, Map.of("APPDATA", "C:/AppData"), "Windows 11", "C:/u"))
                .isEqualTo(Path.of("C:/AppData", "Glassbox"));
    }
}
