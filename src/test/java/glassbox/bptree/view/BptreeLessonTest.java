package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.StepEvent;
import glassbox.core.Json;
import glassbox.core.Scene;
import glassbox.player.Step;
import glassbox.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The sample lesson {@code assets/lessons/bptree.json}: every scene is accepted, the question fits its event. */
@ExtendWith(ApplicationExtension.class)
class BptreeLessonTest {
    @Test
    void everySceneRebuildsAndTheQuestionsEventHappens(FxRobot robot) throws Exception {
        JsonNode lesson = Json.MAPPER.readTree(Files.readString(Path.of("assets/lessons/bptree.json")));
        assertThat(lesson.get("title").asText()).isNotBlank();
        assertThat(lesson.get("title_zh").asText()).isNotBlank();
        assertThat(lesson.get("scenes").size()).isBetween(2, 3);
        for (JsonNode s : lesson.get("scenes")) {
            Scene scene = Scene.fromJson(Json.MAPPER.createObjectNode().put("tab", s.get("tab").asText())
                    .set("input", s.get("input")));
            assertThat(scene.tab()).isEqualTo("bptree");
            BptreeView[] view = new BptreeView[1];
            robot.interact(() -> {
                view[0] = new BptreeView(TestContexts.english(), new LinkedHashMap<>(), new Random(1));
                try {
                    view[0].applyScene(scene.input());
                } catch (glassbox.core.SceneProblem e) {
                    throw new AssertionError(s.get("title").asText() + ": " + e.getMessage());
                }
            });
            assertThat(view[0].player().position()).isZero();
            for (JsonNode q : s.path("questions")) {
                Step<?> marked = nth(view[0], q.get("event").asText(), q.get("occurrence").asInt());
                assertThat(marked).as(q.get("text").asText()).isNotNull();
                StepEvent.LeafSplit split = (StepEvent.LeafSplit) ((BptreeFrame) marked.state()).event();
                assertThat(split.key()).isEqualTo(30);
                assertThat(q.get("choices").toString()).contains("\"30\"");
            }
        }
    }

    private static Step<?> nth(BptreeView view, String event, int occurrence) {
        int seen = 0;
        for (Step<?> st : view.model().player().getTrace().steps()) {
            if (st.hasEvent() && st.event().id().equals(event) && ++seen == occurrence) {
                return st;
            }
        }
        return null;
    }
}
