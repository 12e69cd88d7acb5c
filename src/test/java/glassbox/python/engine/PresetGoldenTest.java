package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every preset's CLI JSON equals its golden file, and (where python3 3.11 exists) CPython's result. */
class PresetGoldenTest {
    @ParameterizedTest
    @EnumSource(Preset.class)
    void presetMatchesItsGoldenJson(Preset preset) throws Exception {
        JsonNode actual = PythonOracle.MAPPER.readTree(Json.write(
                CopyEngine.run(preset.script(Locale.ENGLISH), Limits.cli()).json()));
        try (InputStream in = getClass().getResourceAsStream("/glassbox/python/golden/" + preset.file() + ".json")) {
            assertThat(in).as("golden file for " + preset).isNotNull();
            JsonNode golden = PythonOracle.MAPPER.readTree(in);
            assertThat(actual.toPrettyString()).isEqualTo(golden.toPrettyString());
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void chineseCommentsDoNotChangeTheResult(Preset preset) {
        var en = CopyEngine.run(preset.script(Locale.ENGLISH), Limits.cli()).json();
        var zh = CopyEngine.run(preset.script(Locale.SIMPLIFIED_CHINESE), Limits.cli()).json();
        assertThat(zh).isEqualTo(en);
    }

    @Test
    void presetsAgreeWithCpython() throws Exception {
        assumeTrue(PythonOracle.available(), "python3 3.11 not available");
        List<String> scripts = new ArrayList<>();
        for (Preset p : Preset.values()) {
            scripts.add(p.script(Locale.ENGLISH));
        }
        List<JsonNode> expected = PythonOracle.cpython(scripts);
        for (int i = 0; i < scripts.size(); i++) {
            JsonNode ours = PythonOracle.engine(scripts.get(i));
            assertThat(ours).as(Preset.values()[i].name()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void goldenStepsCountTheTabsSteps() throws Exception {
        for (Preset p : Preset.values()) {
            try (InputStream in = getClass().getResourceAsStream("/glassbox/python/golden/" + p.file() + ".json")) {
                ObjectNode golden = (ObjectNode) PythonOracle.MAPPER.readTree(in);
                var trace = CopyEngine.trace(p.script(Locale.ENGLISH), CopyMode.AS_WRITTEN, true, Limits.gui());
                assertThat(golden.get("steps").asInt()).as(p.name()).isEqualTo(trace.size());
            }
        }
    }
}
