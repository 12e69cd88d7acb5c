package glassbox.python.engine;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts under the machine's CPython 3.11 (one process for a whole batch) through
 * {@code harness.py}, and runs them through the engine, both as comparable JSON trees.
 */
final class PythonOracle {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static Boolean available;

    private PythonOracle() {
    }

    /** True when python3 is CPython 3.11 (identity rules are version-specific). */
    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                available = p.waitFor(20, TimeUnit.SECONDS) && v.startsWith("Python 3.11");
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        return available;
    }

    /** CPython's result for each script (a {"syntax": …} object for a SyntaxError). */
    static List<JsonNode> cpython(List<String> scripts) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("copy-oracle");
        Path harness = dir.resolve("harness.py");
        try (InputStream in = PythonOracle.class.getResourceAsStream("/glassbox/python/harness.py")) {
            Files.write(harness, in.readAllBytes());
        }
        List<String> cmd = new ArrayList<>(List.of("python3", harness.toString()));
        for (int i = 0; i < scripts.size(); i++) {
            Path f = dir.resolve("s" + i + ".py");
            Files.writeString(f, scripts.get(i), StandardCharsets.UTF_8);
            cmd.add(f.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        List<JsonNode> results = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                results.add(MAPPER.readTree(line));
            }
        }
        if (results.size() != scripts.size()) {
            throw new IllegalStateException("harness printed " + results.size() + " results for " + scripts.size() + " scripts");
        }
        return results;
    }

    /** The engine's CLI JSON for a script, without "steps"; a ScriptProblem becomes {"problem": …}. */
    static JsonNode engine(String script) throws IOException {
        try {
            JsonNode n = MAPPER.readTree(Json.write(CopyEngine.run(script, Limits.cli()).json()));
            ((ObjectNode) n).remove("steps");
            return n;
        } catch (ScriptProblem p) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("problem", p.describe());
            return o;
        }
    }
}
