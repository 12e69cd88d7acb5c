package glassbox.lesson;

import java.util.List;
import java.util.Locale;

/**
 * A question the class answers before the player shows a marked step: the player stops before the
 * {@code occurrence}-th step carrying event marker {@code event} and asks {@code text}.
 *
 * @param event      marker id, as on the scrubber (e.g. {@code leaf-split}, {@code lost})
 * @param occurrence which occurrence of that marker, from 1
 * @param text       the question in English
 * @param textZh     the question in Chinese, or null (English is shown)
 * @param choices    answers to pick from; empty for a free-text question
 */
public record Question(String event, int occurrence, String text, String textZh, List<String> choices) {
    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public String text(Locale locale) {
        return Lesson.isChinese(locale) && textZh != null ? textZh : text;
    }
}
