package glassbox.database.cli;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.app.GlassboxCommand;
import glassbox.testing.PropertyCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input to {@code index} and {@code locks}: hundreds of generated bad arguments each give exit
 * 2, one line on stderr without a stack trace, nothing on stdout, and no file appears; a {@code --db}
 * carrying URL settings never runs code.
 */
class DatabaseCliFuzzTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GlassboxCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static void assertUsageError(Outcome o, String... args) {
        String what = String.join(" ", args);
        assertThat(o.code()).as("exit of %s (stderr %s)", what, o.err()).isEqualTo(2);
        assertThat(o.out()).as("stdout of %s", what).isEmpty();
        assertThat(o.err().lines().count()).as("stderr lines of %s: %s", what, o.err()).isEqualTo(1);
        assertThat(o.err()).as("stderr of %s", what).doesNotContain("Exception");
        assertThat(o.err().lines().anyMatch(l -> l.strip().startsWith("at "))).as("stack frame in %s", o.err()).isFalse();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(Path::toString).toList();
        }
    }

    @Test
    void injectionStringsInDbAreRefusedAndCreateNothing() throws IOException {
        Path marker = dir.resolve("pwned");
        String d = dir.toString();
        List<String> attacks = List.of(
                d + "/x;INIT=CREATE ALIAS T AS $$ void t() throws Exception { java.nio.file.Files.createFile("
                        + "java.nio.file.Path.of(\"" + marker + "\")); } $$\\;CALL T()",
                d + "/x;INIT=RUNSCRIPT FROM '/etc/hostname'",
                d + "/x;TRACE_LEVEL_FILE=3",
                d + "/x;IFEXISTS=FALSE;INIT=CREATE TABLE pwned(a INT)",
                d + "/$$x$$",
                "jdbc:h2:" + d + "/x",
                "mem:x;INIT=RUNSCRIPT FROM '/etc/passwd'",
                "tcp://localhost/" + d + "/x",
                "~/x",
                "",
                "   ",
                d + "/no/such/folder/x",
                d,
                d + "/x\nINIT=RUNSCRIPT FROM '/etc/hostname'");
        for (String a : attacks) {
            for (String cmd : List.of("index", "locks")) {
                String[] args = cmd.equals("index")
                        ? new String[] {"index", "--rows", "10", "--repeat", "1", "--db", a}
                        : new String[] {"locks", "--strategy", "atomic", "--buyers", "2", "--db", a};
                Outcome o = run(args);
                assertUsageError(o, args);
                assertThat(o.err()).doesNotContain(Files.exists(Path.of("/etc/hostname"))
                        ? Files.readString(Path.of("/etc/hostname")).strip() + "\n" : "\u0000");
            }
        }
        assertThat(files()).as("files after the attacks").isEmpty();
    }

    @Test
    void filesThatAreNotGlassboxDatabasesAreLeftByteIdentical() throws Exception {
        Path junk = dir.resolve("junk.mv.db");
        Files.write(junk, "not a database at all".getBytes(StandardCharsets.UTF_8));
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        Path foreign = dir.resolve("foreign");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + foreign + ";TRACE_LEVEL_FILE=0", "other", "pw");
             var s = c.createStatement()) {
            s.execute("CREATE TABLE secrets(a INT)");
        }
        Path own = dir.resolve("own");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + own + ";TRACE_LEVEL_FILE=0", "sa", "");
             var s = c.createStatement()) {
            s.execute("CREATE TABLE secrets(a INT)");
        }
        List<Path> all = List.of(junk, text, dir.resolve("foreign.mv.db"), dir.resolve("own.mv.db"));
        List<byte[]> before = new ArrayList<>();
        for (Path p : all) {
            before.add(Files.readAllBytes(p));
        }
        List<String> listing = files();
        for (String a : List.of(junk.toString(), text.toString(), foreign.toString(), own + ".mv.db")) {
            String[] args = {"index", "--rows", "10", "--repeat", "1", "--db", a};
            assertUsageError(run(args), args);
        }
        for (int i = 0; i < all.size(); i++) {
            assertThat(Files.readAllBytes(all.get(i))).as("bytes of %s", all.get(i)).isEqualTo(before.get(i));
        }
        assertThat(files()).as("no .trace.db or other new file").containsExactlyInAnyOrderElementsOf(listing);
    }

    @Test
    void aNewFileDatabaseIsCreatedAndReusedWithoutTraceFiles() throws IOException {
        String db = dir.resolve("lab").toString();
        assertThat(run("index", "--rows", "100", "--repeat", "1", "--db", db).code()).isZero();
        assertThat(run("locks", "--strategy", "atomic", "--buyers", "3", "--db", db + ".mv.db").code()).isZero();
        assertThat(files()).containsExactly(dir.resolve("lab.mv.db").toString());
    }

    /** Something that is not a valid value for a count option. */
    static String badNumber(Random r, long min, long max) {
        return switch (r.nextInt(9)) {
            case 0 -> String.valueOf(min - 1 - r.nextInt(1000));
            case 1 -> String.valueOf(max + 1 + (long) r.nextInt(Integer.MAX_VALUE));
            case 2 -> "abc" + r.nextInt(100);
            case 3 -> r.nextInt(100) + "." + (1 + r.nextInt(9));
            case 4 -> "99999999999999999999999";
            case 5 -> "";
            case 6 -> "1e" + (30 + r.nextInt(9));
            case 7 -> "-" + "9".repeat(1 + r.nextInt(25));
            default -> "0x" + Integer.toHexString(r.nextInt());
        };
    }

    static String badJdbc(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "jdbc:mariadb://example.com:3306/";
            case 1 -> "jdbc:mariadb://127.0.0.1:3306/mysql";
            case 2 -> "jdbc:mariadb://127.0.0.1:3306/?allowLocalInfile=true";
            case 3 -> "jdbc:postgresql://127.0.0.1/";
            case 4 -> "jdbc:mariadb://127.0.0.1:" + (65536 + r.nextInt(100000)) + "/";
            case 5 -> "jdbc:mariadb://10.0.0." + r.nextInt(255) + "/";
            case 6 -> "127.0.0.1:3306";
            default -> "jdbc:mariadb://127.0.0.1:3306/;INIT=x";
        };
    }

    static String[] badIndexArgs(Random r, String dir) {
        List<String> a = new ArrayList<>(List.of("index"));
        switch (r.nextInt(7)) {
            case 0 -> a.addAll(List.of("--rows", badNumber(r, 1, 10_000_000)));
            case 1 -> a.addAll(List.of("--rows", "10", "--repeat", badNumber(r, 1, 1000)));
            case 2 -> a.addAll(List.of("--rows", "10", "--db", dir + "/x" + ";" + "ABC".charAt(r.nextInt(3)) + "=1"));
            case 3 -> a.addAll(List.of("--rows", "10", "--jdbc", badJdbc(r), "--user", "u"));
            case 4 -> a.addAll(List.of("--rows", "10", "--jdbc", "jdbc:mariadb://127.0.0.1:3306/"));
            case 5 -> a.addAll(List.of("--rows", "10", "--no-such-option-" + r.nextInt(100)));
            default -> a.addAll(List.of("--repeat", "3"));
        }
        return a.toArray(String[]::new);
    }

    static String[] badLocksArgs(Random r, String dir) {
        List<String> a = new ArrayList<>(List.of("locks"));
        String[] strategies = {"none", "pessimistic", "optimistic", "atomic"};
        String s = strategies[r.nextInt(4)];
        switch (r.nextInt(8)) {
            case 0 -> a.addAll(List.of("--strategy", "x" + r.nextInt(1000)));
            case 1 -> a.addAll(List.of("--strategy", s, "--stock", badNumber(r, 0, 1_000_000)));
            case 2 -> a.addAll(List.of("--strategy", s, "--buyers", badNumber(r, 1, 10_000)));
            case 3 -> a.addAll(List.of("--strategy", s, "--threads", badNumber(r, 1, 64)));
            case 4 -> a.addAll(List.of("--strategy", s, "--think-ms", badNumber(r, 0, 1000)));
            case 5 -> a.addAll(List.of("--strategy", s, "--jdbc", badJdbc(r), "--user", "u"));
            case 6 -> a.addAll(List.of("--strategy", s, "--db", dir + "/missing/" + r.nextInt(100)));
            default -> a.addAll(List.of("--stock", "5"));
        }
        return a.toArray(String[]::new);
    }

    @Test
    void generatedBadIndexArgumentsAreUsageErrors() throws IOException {
        PropertyCheck.forAll(150, r -> badIndexArgs(r, dir.toString()), args -> assertUsageError(run(args), args));
        assertThat(files()).isEmpty();
    }

    @Test
    void generatedBadLocksArgumentsAreUsageErrors() throws IOException {
        PropertyCheck.forAll(150, r -> badLocksArgs(r, dir.toString()), args -> assertUsageError(run(args), args));
        assertThat(files()).isEmpty();
    }

    @Test
    void anUnreachableServerIsOneLineAndExitOne() {
        Outcome o = run("locks", "--strategy", "atomic", "--jdbc", "jdbc:mariadb://127.0.0.1:1/", "--user", "u");
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out()).isEmpty();
        assertThat(o.err().lines().count()).isEqualTo(1);
        assertThat(o.err()).contains("cannot reach a server at jdbc:mariadb://127.0.0.1:1/").doesNotContain("Exception");
    }
}
