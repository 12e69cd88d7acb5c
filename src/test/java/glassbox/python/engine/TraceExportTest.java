package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import glassbox.core.Json;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** File ▸ Export trace as JSON writes the trace with Jackson: every state must serialise. */
class TraceExportTest {
    @Test
    void tracesSerialiseToJson() throws Exception {
        for (Preset p : Preset.values()) {
            String json = Json.write(CopyEngine.trace(p.script(Locale.ENGLISH), CopyMode.AS_WRITTEN, true, Limits.gui()));
            JsonNode n = Json.MAPPER.readTree(json);
            assertThat(n.get("steps").size()).isPositive();
            JsonNode first = n.get("steps").get(0).get("state");
            assertThat(first.has("vars")).isTrue();
        }
        String pair = Json.write(CopyEngine.sideBySide(Preset.CYCLE.script(Locale.ENGLISH), Limits.gui()));
        assertThat(Json.MAPPER.readTree(pair).get("steps").get(0).get("state").has("shallow")).isTrue();
    }
}
