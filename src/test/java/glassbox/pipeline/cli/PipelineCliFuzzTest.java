package glassbox.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.pipeline.cli.PipelineCliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of generated bad inputs per subcommand (seeded): each must exit 2 with one line on
 * stderr, no Java exception name or stack frame, and nothing on stdout.
 */
class PipelineCliFuzzTest {
    private static final String VALID = "{\"middleware\": [{\"name\": \"Auth\", \"hooks\": [\"process_request\", "
            + "\"process_view\", \"process_response\"], \"respond\": {\"process_request\": 401}}, {\"name\": \"Log\", "
            + "\"hooks\": [\"process_exception\", \"process_response\"], \"raise\": [\"process_response\"]}], "
            + "\"view\": {\"status\": 200, \"raise\": false, \"template\": false}}";
    private static final String[] HOOK_NAMES = {"process_request", "process_view", "process_exception",
        "process_template_response", "process_response"};

    @TempDir
    Path dir;

    static void assertRefused(Run r, String what) {
        assertThat(r.code()).as("exit of %s; stderr %s", what, r.err()).isEqualTo(2);
        assertThat(r.out()).as("stdout of %s", what).isEmpty();
        assertThat(r.err().strip().lines()).as("stderr of %s", what).hasSize(1);
        assertThat(r.err()).as("stderr of %s", what).doesNotContain("Exception")
                .doesNotContainPattern("(^|\\s)at [\\w.$]+\\(").doesNotContain("\tat ");
    }

    @Test
    void theValidBaseScenarioRuns() throws Exception {
        Path f = dir.resolve("ok.json");
        Files.writeString(f, VALID);
        assertThat(PipelineCliTest.run("pipeline", "--scenario", f.toString()).code()).isZero();
    }

    @Test
    void pipelineRefusesHundredsOfBadScenarios() throws Exception {
        Random rnd = new Random(20261129);
        List<Function<Random, String>> mutations = List.of(
                r -> VALID.replace("{\"middleware\"", "{\"" + word(r) + "x\": 1, \"middleware\""),
                r -> VALID.replace("\"hooks\"", "\"" + misspell(r, "hooks") + "\""),
                r -> VALID.replace("\"process_view\"", "\"" + misspell(r, "process_view") + "\""),
                r -> VALID.replace("\"respond\": {\"process_request\"", "\"respond\": {\""
                        + misspell(r, "process_request") + "\""),
                r -> VALID.replace("{\"process_request\": 401}", "{\"process_template_response\": 401}"),
                r -> VALID.replace("\"raise\": [\"process_response\"]", "\"raise\": [\""
                        + HOOK_NAMES[r.nextInt(4)] + "\"]").replace("\"process_exception\", ", ""),
                r -> VALID.replace(", \"view\": {\"status\": 200, \"raise\": false, \"template\": false}", ""),
                r -> VALID.replace("\"status\": 200", "\"status\": " + badStatus(r)),
                r -> VALID.replace("401", badStatus(r)),
                r -> VALID.replace("\"raise\": false", "\"raise\": " + (r.nextBoolean() ? "\"no\"" : "0")),
                r -> VALID.replace("\"template\": false", "\"" + misspell(r, "template") + "\": false"),
                r -> VALID.substring(0, 1 + r.nextInt(VALID.length() - 2)),
                r -> VALID.replace("\"Log\"", r.nextBoolean() ? "\"Auth\"" : r.nextBoolean() ? "\"\"" : "42"),
                r -> VALID.replace("[{\"name\": \"Auth\"", "[" + (r.nextBoolean() ? "1" : "\"Auth\"") + ", {\"name\": \"Auth\""),
                r -> "{\"middleware\": [" + "{\"name\": \"M\"},".repeat(0) + many(101 + r.nextInt(400)) + "], \"view\": {}}",
                r -> r.nextBoolean() ? "[" + VALID + "]" : String.valueOf(r.nextInt()),
                r -> VALID.replace("\"middleware\": [", "\"middleware\": {\"a\": ["),
                r -> "{\"middleware\": [], \"view\": " + "[".repeat(1 + r.nextInt(3000)) + "}");
        int tries = 0;
        for (int i = 0; i < 360; i++) {
            String text = mutations.get(i % mutations.size()).apply(rnd);
            Path f = dir.resolve("bad" + i + ".json");
            Files.writeString(f, text);
            assertRefused(PipelineCliTest.run("pipeline", "--scenario", f.toString()), "scenario " + i + ": "
                    + glassbox.core.BoundedInput.abbreviate(text, 300));
            tries++;
        }
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[1 + rnd.nextInt(64)];
            rnd.nextBytes(noise);
            noise[0] = (byte) (0x80 | noise[0]); // never starts a JSON value
            Path f = dir.resolve("noise" + i);
            Files.write(f, noise);
            assertRefused(PipelineCliTest.run("pipeline", "--scenario", f.toString()), "noise " + i);
            tries++;
        }
        assertRefused(PipelineCliTest.run("pipeline", "--scenario", "/dev/zero"), "/dev/zero");
        assertRefused(PipelineCliTest.run("pipeline"), "no --scenario");
        assertRefused(PipelineCliTest.run("pipeline", "--scenario", dir.resolve("none").toString()), "missing file");
        assertRefused(PipelineCliTest.run("pipeline", "--scenario", "x", "--bogus"), "unknown option");
        assertThat(tries).isEqualTo(400);
    }

    @Test
    void restRefusesHundredsOfBadArguments() throws Exception {
        Random rnd = new Random(7);
        Path textFile = dir.resolve("notes.txt");
        Files.writeString(textFile, "hello", StandardCharsets.UTF_8);
        List<Function<Random, String[]>> mutations = List.of(
                r -> new String[] {"rest", word(r) + "X", "/api/users"},
                r -> new String[] {"rest", "GET", word(r)},
                r -> new String[] {"rest", "GET", "/api/ users" + word(r)},
                r -> new String[] {"rest", List.of("GET", "DELETE", "HEAD", "OPTIONS").get(r.nextInt(4)),
                    "/api/users/" + r.nextInt(9), "{\"name\": \"" + word(r) + "\"}"},
                r -> new String[] {"rest", "POST", "/api/users", "{}", word(r)},
                r -> new String[] {"rest", "--db", dir + "/" + word(r) + ";INIT=RUNSCRIPT FROM '/etc/hostname'", "GET", "/api/users"},
                r -> new String[] {"rest", "--db", dir + "/" + word(r) + "/missing/" + word(r), "GET", "/api/users"},
                r -> new String[] {"rest", "--db", (r.nextBoolean() ? "mem:" : "tcp://h/") + word(r), "GET", "/api/users"},
                r -> new String[] {"rest", "--db", r.nextBoolean() ? dir.toString() : textFile.toString(), "GET", "/api/users"},
                r -> new String[] {"rest", "--" + word(r), "GET", "/api/users"},
                r -> new String[] {"rest"},
                r -> new String[] {"rest", "GET"});
        for (int i = 0; i < 300; i++) {
            String[] args = mutations.get(i % mutations.size()).apply(rnd);
            assertRefused(PipelineCliTest.run(args), String.join(" ", args));
        }
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    private static String many(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\": \"M").append(i).append("\"}");
        }
        return sb.toString();
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    /** {@code s} changed by one letter, case or space, never equal to {@code s}. */
    private static String misspell(Random r, String s) {
        int i = r.nextInt(s.length());
        String out = switch (r.nextInt(4)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
            case 2 -> " " + s;
            default -> s + (char) ('a' + r.nextInt(26));
        };
        return out.equals(s) ? s + "_" : out;
    }

    private static String badStatus(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "9223372036854775808";
            case 1 -> String.valueOf(-r.nextInt(1000));
            case 2 -> String.valueOf(600 + r.nextInt(100000));
            case 3 -> "\"" + (100 + r.nextInt(400)) + "\"";
            case 4 -> (100 + r.nextInt(400)) + ".5";
            default -> String.valueOf(r.nextInt(100));
        };
    }
}
