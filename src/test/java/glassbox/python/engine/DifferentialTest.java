package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script in {@code differential.py.txt} runs under CPython 3.11 and under the engine; the
 * variables, heap (numbered the same way), output and error must be identical. Skipped when
 * python3 3.11 is not on the machine.
 */
class DifferentialTest {
    private static final Map<String, String> CASES = new LinkedHashMap<>();
    private static List<JsonNode> expected;

    @BeforeAll
    static void runCpythonOnce() throws IOException, InterruptedException {
        try (InputStream in = DifferentialTest.class.getResourceAsStream("/glassbox/python/differential.py.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String name = null;
            StringBuilder body = new StringBuilder();
            for (String line : all.split("\n", -1)) {
                if (line.startsWith("# ==== ")) {
                    if (name != null) {
                        CASES.put(name, body.toString());
                    }
                    name = line.substring(7).trim();
                    body.setLength(0);
                } else {
                    body.append(line).append('\n');
                }
            }
            CASES.put(name, body.toString());
        }
        if (PythonOracle.available()) {
            expected = PythonOracle.cpython(new ArrayList<>(CASES.values()));
        }
    }

    @TestFactory
    List<DynamicTest> engineAgreesWithCpython() {
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> c : CASES.entrySet()) {
            int index = i++;
            tests.add(DynamicTest.dynamicTest(c.getKey(), () -> {
                assumeTrue(expected != null, "python3 3.11 not available");
                JsonNode ours = PythonOracle.engine(c.getValue());
                assertThat(ours.toPrettyString()).as(c.getKey() + "\n" + c.getValue())
                        .isEqualTo(expected.get(index).toPrettyString());
            }));
        }
        return tests;
    }
}
