package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Playback;
import glassbox.core.Topic;
import glassbox.core.TopicView;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonScene;
import glassbox.lesson.Question;
import glassbox.testing.TestContexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every lesson in {@code assets/lessons/} opens in the real tabs: each scene is accepted by its
 * tab, and each question's event occurs in that scene's trace as often as the question says.
 */
@ExtendWith(ApplicationExtension.class)
class ShippedLessonsTest {
    private final Map<String, TopicView> views = new HashMap<>();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> views.values().forEach(TopicView::dispose));
    }

    @Test
    void everyShippedLessonOpensAndItsQuestionsMeetTheirEvents(FxRobot robot) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("assets/lessons"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("shipped lessons").hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            Lesson lesson = Lesson.parse(Files.readString(f, StandardCharsets.UTF_8),
                    id -> Topics.byId(id).map(Topic::id).orElse(null));
            int n = 0;
            for (LessonScene scene : lesson.scenes()) {
                n++;
                String where = f.getFileName() + " scene " + n + " (" + scene.tab() + ")";
                String problem = apply(robot, scene);
                if (problem != null) {
                    problems.add(where + ": " + problem);
                    continue;
                }
                Playback p = views.get(scene.tab()).player();
                for (Question q : scene.questions()) {
                    if (count(robot, p, q.event()) < q.occurrence()) {
                        problems.add(where + ": question's event '" + q.event() + "' does not occur "
                                + q.occurrence() + " time(s)");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private String apply(FxRobot robot, LessonScene scene) {
        String[] problem = {null};
        robot.interact(() -> {
            TopicView v = views.computeIfAbsent(scene.tab(),
                    id -> Topics.byId(id).orElseThrow().create(TestContexts.english()));
            try {
                v.applyScene(scene.input());
            } catch (glassbox.core.SceneProblem e) {
                problem[0] = e.getMessage();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return problem[0];
    }

    private static int count(FxRobot robot, Playback p, String event) {
        int[] c = {0};
        robot.interact(() -> {
            for (int i = 0; i < p.length(); i++) {
                if (event.equals(p.eventAt(i))) {
                    c[0]++;
                }
            }
        });
        return c[0];
    }
}
