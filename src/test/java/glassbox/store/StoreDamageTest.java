package glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged, foreign and non-H2 history files: each is left byte-identical, no trace file appears,
 * and the store falls back to memory naming the file.
 */
class StoreDamageTest {
    @TempDir
    Path dir;

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("truncated to half", (Damage) f -> {
                    byte[] b = Files.readAllBytes(f);
                    Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
                }, StoreProblem.CORRUPT),
                Arguments.of("random tail from offset 8192", (Damage) f -> {
                    byte[] b = Files.readAllBytes(f);
                    byte[] tail = new byte[b.length - 8192];
                    new Random(8192).nextBytes(tail);
                    System.arraycopy(tail, 0, b, 8192, tail.length);
                    Files.write(f, b);
                }, StoreProblem.CORRUPT),
                Arguments.of("eight 512-byte random patches", (Damage) f -> {
                    byte[] b = Files.readAllBytes(f);
                    Random r = new Random(512);
                    for (int i = 0; i < 8; i++) {
                        byte[] patch = new byte[512];
                        r.nextBytes(patch);
                        System.arraycopy(patch, 0, b, r.nextInt(b.length - 512), 512);
                    }
                    Files.write(f, b);
                }, StoreProblem.CORRUPT),
                Arguments.of("zero length", (Damage) f -> Files.write(f, new byte[0]), StoreProblem.CORRUPT),
                Arguments.of("a foreign H2 database", (Damage) f -> foreignH2(f), StoreProblem.FOREIGN),
                Arguments.of("a text file", (Damage) f -> Files.writeString(f, "not a database\n".repeat(1000)),
                        StoreProblem.FOREIGN));
    }

    @FunctionalInterface
    interface Damage {
        void apply(Path file) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedFileIsLeftByteIdenticalAndHistoryMovesToMemory(String name, Damage damage, StoreProblem expected)
            throws Exception {
        Path file = historyWithThreeRuns();
        damage.apply(file);
        String before = sha256(file);
        List<Path> filesBefore = listing();

        try (Store s = Store.open(dir)) {
            assertThat(s.isInMemory()).isTrue();
            assertThat(s.problem()).isEqualTo(expected);
            assertThat(s.problemDetail()).isEqualTo(file.toString());
            s.saveRun("bptree", "{}", "{}"); // the window keeps working in memory
            assertThat(s.runs(null, 10)).hasSize(1);
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(listing()).isEqualTo(filesBefore);
        assertThat(listing()).noneMatch(p -> p.toString().endsWith(".trace.db"));
    }

    @ParameterizedTest(name = "{0}, not sealed")
    @MethodSource("damages")
    void withoutTheSealTheStructuralChecksStillRefuseOrTheFileOpensIntact(String name, Damage damage,
            StoreProblem expected) throws Exception {
        Path file = historyWithThreeRuns();
        Files.delete(dir.resolve(Store.SEAL_FILE)); // as after a crash: only the structural checks remain
        damage.apply(file);
        String before = sha256(file);
        // one open per JVM and file: H2 keeps the file lock of a failed open until the JVM exits
        try (Store s = name.contains("patches") ? Store.openReadOnly(dir) : Store.open(dir)) {
            if (name.contains("patches") && !s.isInMemory()) {
                assertThat(s.runs(null, 10)).hasSize(3); // damage only in unused space: every run is there
            } else {
                assertThat(s.problem()).isEqualTo(expected);
            }
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(listing()).noneMatch(p -> p.toString().endsWith(".trace.db"));
    }

    private Path historyWithThreeRuns() throws Exception {
        try (Store s = Store.open(dir)) {
            assertThat(s.problem()).isNull();
            s.saveRun("threads", "{\"policy\":\"gil\"}", "{\"wall_ms\":200}");
            s.saveRun("database", "{}", "{}");
            s.saveRun("bptree", "{}", "{}");
        }
        assertThat(dir.resolve(Store.SEAL_FILE)).exists();
        try (Store s = Store.open(dir)) { // a sound, sealed file opens as a file
            assertThat(s.problem()).isNull();
            assertThat(s.runs(null, 10)).hasSize(3);
        }
        return dir.resolve(Store.DB_FILE);
    }

    private static void foreignH2(Path file) throws Exception {
        Files.delete(file);
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0", "someone", "secret")) {
            c.createStatement().execute("CREATE TABLE invoice(id INT PRIMARY KEY, total DECIMAL(10,2))");
            c.createStatement().execute("INSERT INTO invoice VALUES (1, 9.99)");
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(dir::relativize).sorted().toList();
        }
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
