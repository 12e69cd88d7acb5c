package glassbox.lesson;

/**
 * A lesson file Glassbox refuses: names the scene (1-based, 0 for the lesson itself) and the field,
 * e.g. {@code scene 2, input.keys: "abc" is not a whole number}.
 */
public final class LessonProblem extends Exception {
    private final int scene;
    private final String field;

    public LessonProblem(int scene, String field, String message) {
        super((scene > 0 ? "scene " + scene + ", " : "") + field + ": " + message);
        this.scene = scene;
        this.field = field;
    }

    /** 1-based scene number, or 0 when the problem is in the lesson's own fields. */
    public int scene() {
        return scene;
    }

    public String field() {
        return field;
    }
}
