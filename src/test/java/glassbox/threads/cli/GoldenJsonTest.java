package glassbox.threads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.core.Json;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.ScheduleJson;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.Simulator;
import glassbox.threads.engine.Workload;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole CLI outputs, event by event, checked against golden files (reviewed by hand once). */
class GoldenJsonTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gil-two-cpu.json|gil|5|0|true|T1=cpu:100;T2=cpu:100",
        "gil-convoy-summary.json|gil|5|0|false|T1=cpu:1000;T2=100*(io:1,cpu:0.1)",
        "yield-ping-pong.json|yield|1|20|true|ping=3*(cpu:1,io:2);pong=2*(cpu:1.5)",
        "gil-shared-lock.json|gil|5|0|true|A=cpu:3,lock:4;B=cpu:1,lock:2",
    })
    void matchesGolden(String file, String policy, String interval, String cost, boolean events, String threads)
            throws Exception {
        var schedule = Simulator.run(Workload.of(threads.split(";")),
                SimSettings.parse(Policy.parse(policy), interval, 2, cost));
        JsonNode actual = new ObjectMapper().readTree(Json.write(ScheduleJson.of(schedule, events)));
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/glassbox/threads/" + file)) {
            assertThat(actual).isEqualTo(new ObjectMapper().readTree(in));
        }
    }
}
