package glassbox.lesson;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Scene;
import java.util.List;
import java.util.Locale;

/**
 * One scene of a lesson: a tab and its input (as {@link Scene}), an optional title and the
 * questions asked while it plays.
 */
public record LessonScene(String tab, ObjectNode input, String title, String titleZh, List<Question> questions) {
    public LessonScene {
        input = input == null ? glassbox.core.Json.MAPPER.createObjectNode() : input.deepCopy();
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public static LessonScene of(Scene scene) {
        return new LessonScene(scene.tab(), scene.input(), null, null, List.of());
    }

    public Scene scene() {
        return new Scene(tab, input);
    }

    @Override
    public ObjectNode input() {
        return input.deepCopy();
    }

    /** The title in {@code locale}, falling back to English, then to null. */
    public String title(Locale locale) {
        return Lesson.isChinese(locale) && titleZh != null ? titleZh : title;
    }
}
