package glassbox.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The lesson file format: strict parsing with messages naming scene and field; a lossless round trip. */
class LessonTest {
    private static final UnaryOperator<String> TABS =
            name -> Set.of("bptree", "database", "threads", "python", "pipeline").contains(name) ? name
                    : name.equals("copy") ? "python" : null;

    private static final String GOOD = """
            {"title": "Trees", "title_zh": "树", "scenes": [
              {"tab": "bptree", "title": "grow", "input": {"order": 4, "ops": "insert 1..10"},
               "questions": [{"event": "leaf-split", "occurrence": 2, "text": "Which key?", "text_zh": "哪个键？",
                              "choices": ["3", "4"]}]},
              {"tab": "python", "input": {"preset": "deepcopy"}}]}""";

    @Test
    void aGoodLessonReadsAndWritesBackTheSame() throws Exception {
        Lesson l = Lesson.parse(GOOD, TABS);
        assertThat(l.scenes()).hasSize(2);
        assertThat(l.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("树");
        Question q = l.scenes().get(0).questions().get(0);
        assertThat(q.occurrence()).isEqualTo(2);
        assertThat(q.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("哪个键？");
        assertThat(q.choices()).containsExactly("3", "4");
        assertThat(l.scenes().get(1).title(Locale.ENGLISH)).isNull();
        assertThat(Lesson.parse(GOOD.replace("\"python\"", "\"copy\""), TABS).scenes().get(1).tab())
                .as("an old tab name reads as the current id").isEqualTo("python");
        assertThat(Lesson.parse(l.toJsonText(), TABS)).isEqualTo(l);
    }

    @Test
    void problemsNameTheSceneAndTheField() {
        assertProblem("not json", "file: not JSON");
        assertProblem("{\"title\": \"t\", \"scenes\": [], \"x\": 1}", "x: unknown key");
        assertProblem("{\"scenes\": [{\"tab\": \"bptree\", \"input\": {}}]}", "title: missing");
        assertProblem("{\"title\": \"t\", \"scenes\": []}", "scenes: a lesson needs at least one scene");
        assertProblem("{\"title\": \"t\", \"scenes\": [{\"tab\": \"bptree\", \"input\": {}}, {\"tab\": \"copy2\", \"input\": {}}]}",
                "scene 2, tab: unknown tab \"copy2\"");
        assertProblem("{\"title\": \"t\", \"scenes\": [{\"tab\": \"bptree\"}]}", "scene 1, input: missing");
        assertProblem("{\"title\": \"t\", \"scenes\": [{\"tab\": \"bptree\", \"input\": {}, \"abc\": 1}]}",
                "scene 1, abc: unknown key");
        assertProblem("{\"title\": \"t\", \"scenes\": [{\"tab\": \"bptree\", \"input\": {}, \"questions\": "
                + "[{\"event\": \"found\", \"occurrence\": 0, \"text\": \"?\"}]}]}",
                "scene 1, questions[0].occurrence: must be a whole number from 1");
        assertProblem("{\"title\": \"t\", \"scenes\": [{\"tab\": \"bptree\", \"input\": {}, \"questions\": "
                + "[{\"event\": \"found\", \"text\": \"?\", \"choices\": [1]}]}]}",
                "scene 1, questions[0].choices: must be a list of non-empty strings");
    }

    @Test
    void theShippedLessonsAreWellFormed() throws Exception {
        try (var files = Files.list(Path.of("assets/lessons"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json"))::iterator) {
                Lesson l = Lesson.parse(Files.readString(f), TABS);
                assertThat(l.titleZh()).as(f + " has a Chinese title").isNotBlank();
                assertThat(l.scenes()).as(f.toString()).isNotEmpty();
            }
        }
    }

    private static void assertProblem(String json, String start) {
        assertThatThrownBy(() -> Lesson.parse(json, TABS)).isInstanceOf(LessonProblem.class).hasMessageStartingWith(start);
    }
}
