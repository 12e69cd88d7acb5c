package glassbox.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A prepared lecture: a title and an ordered list of scenes, each optionally with questions. The
 * file format (docs/readme/lecture.md):
 * <pre>
 * {"title": "...", "title_zh": "...", "scenes": [{"tab": "bptree", "input": {...}, "title": "...",
 *   "title_zh": "...", "questions": [{"event": "leaf-split", "occurrence": 1, "text": "...",
 *   "text_zh": "...", "choices": ["...", "..."]}]}]}
 * </pre>
 * Parsing is strict: an unknown key, a missing field or a wrong type is refused with a
 * {@link LessonProblem} naming the scene and the field.
 */
public record Lesson(String title, String titleZh, List<LessonScene> scenes) {
    /** Most scenes a lesson may hold. */
    public static final int MAX_SCENES = 200;
    /** Most questions one scene may hold. */
    public static final int MAX_QUESTIONS = 50;

    private static final Set<String> LESSON_KEYS = Set.of("title", "title_zh", "scenes");
    private static final Set<String> SCENE_KEYS = Set.of("tab", "input", "title", "title_zh", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("event", "occurrence", "text", "text_zh", "choices");

    public Lesson {
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
    }

    public String title(Locale locale) {
        return isChinese(locale) && titleZh != null ? titleZh : title;
    }

    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    public Lesson withScenes(List<LessonScene> newScenes) {
        return new Lesson(title, titleZh, newScenes);
    }

    /**
     * Reads a lesson; {@code tabId} gives the tab id a scene's {@code tab} names (an old name gives
     * the current id), or null for none (the tab's own check of the input comes later, when the
     * scene is applied).
     */
    public static Lesson parse(String json, UnaryOperator<String> tabId) throws LessonProblem {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LessonProblem(0, "file", "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new LessonProblem(0, "file", "must be a JSON object {\"title\": ..., \"scenes\": [...]}");
        }
        checkKeys(root, LESSON_KEYS, 0, "");
        String title = requiredText(root, "title", 0, "");
        String titleZh = optionalText(root, "title_zh", 0, "");
        JsonNode scenes = root.get("scenes");
        if (scenes == null || !scenes.isArray()) {
            throw new LessonProblem(0, "scenes", "missing or not a list");
        }
        if (scenes.isEmpty()) {
            throw new LessonProblem(0, "scenes", "a lesson needs at least one scene");
        }
        if (scenes.size() > MAX_SCENES) {
            throw new LessonProblem(0, "scenes", "at most " + MAX_SCENES + " scenes");
        }
        List<LessonScene> out = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            out.add(parseScene(scenes.get(i), i + 1, tabId));
        }
        return new Lesson(title, titleZh, out);
    }

    private static LessonScene parseScene(JsonNode s, int n, UnaryOperator<String> tabId) throws LessonProblem {
        if (!s.isObject()) {
            throw new LessonProblem(n, "scene", "must be a JSON object");
        }
        checkKeys(s, SCENE_KEYS, n, "");
        String named = requiredText(s, "tab", n, "");
        String tab = tabId.apply(named);
        if (tab == null) {
            throw new LessonProblem(n, "tab", "unknown tab \"" + named + "\"");
        }
        JsonNode input = s.get("input");
        if (input == null || !input.isObject()) {
            throw new LessonProblem(n, "input", "missing or not a JSON object");
        }
        List<Question> questions = new ArrayList<>();
        JsonNode qs = s.get("questions");
        if (qs != null) {
            if (!qs.isArray()) {
                throw new LessonProblem(n, "questions", "must be a list");
            }
            if (qs.size() > MAX_QUESTIONS) {
                throw new LessonProblem(n, "questions", "at most " + MAX_QUESTIONS + " per scene");
            }
            for (int i = 0; i < qs.size(); i++) {
                questions.add(parseQuestion(qs.get(i), n, "questions[" + i + "]"));
            }
        }
        return new LessonScene(tab, (ObjectNode) input, optionalText(s, "title", n, ""),
                optionalText(s, "title_zh", n, ""), questions);
    }

    private static Question parseQuestion(JsonNode q, int n, String at) throws LessonProblem {
        if (!q.isObject()) {
            throw new LessonProblem(n, at, "must be a JSON object");
        }
        checkKeys(q, QUESTION_KEYS, n, at + ".");
        String event = requiredText(q, "event", n, at + ".");
        int occurrence = 1;
        JsonNode occ = q.get("occurrence");
        if (occ != null) {
            if (!occ.isInt() || occ.asInt() < 1) {
                throw new LessonProblem(n, at + ".occurrence", "must be a whole number from 1");
            }
            occurrence = occ.asInt();
        }
        String text = requiredText(q, "text", n, at + ".");
        String textZh = optionalText(q, "text_zh", n, at + ".");
        List<String> choices = new ArrayList<>();
        JsonNode cs = q.get("choices");
        if (cs != null) {
            if (!cs.isArray()) {
                throw new LessonProblem(n, at + ".choices", "must be a list of strings");
            }
            for (JsonNode c : cs) {
                if (!c.isTextual() || c.asText().isBlank()) {
                    throw new LessonProblem(n, at + ".choices", "must be a list of non-empty strings");
                }
                choices.add(c.asText());
            }
        }
        return new Question(event, occurrence, text, textZh, choices);
    }

    private static void checkKeys(JsonNode o, Set<String> allowed, int n, String prefix) throws LessonProblem {
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw new LessonProblem(n, prefix + k, "unknown key (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String requiredText(JsonNode o, String key, int n, String prefix) throws LessonProblem {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new LessonProblem(n, prefix + key, "missing or not a non-empty string");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode o, String key, int n, String prefix) throws LessonProblem {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new LessonProblem(n, prefix + key, "must be a string");
        }
        return v.asText();
    }

    /** The lesson in its file format. */
    public ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("title", title);
        if (titleZh != null) {
            o.put("title_zh", titleZh);
        }
        ArrayNode arr = o.putArray("scenes");
        for (LessonScene s : scenes) {
            ObjectNode so = arr.addObject();
            so.put("tab", s.tab());
            if (s.title() != null) {
                so.put("title", s.title());
            }
            if (s.titleZh() != null) {
                so.put("title_zh", s.titleZh());
            }
            so.set("input", s.input());
            if (!s.questions().isEmpty()) {
                ArrayNode qa = so.putArray("questions");
                for (Question q : s.questions()) {
                    ObjectNode qo = qa.addObject();
                    qo.put("event", q.event());
                    qo.put("occurrence", q.occurrence());
                    qo.put("text", q.text());
                    if (q.textZh() != null) {
                        qo.put("text_zh", q.textZh());
                    }
                    if (!q.choices().isEmpty()) {
                        ArrayNode ca = qo.putArray("choices");
                        q.choices().forEach(ca::add);
                    }
                }
            }
        }
        return o;
    }

    public String toJsonText() {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
