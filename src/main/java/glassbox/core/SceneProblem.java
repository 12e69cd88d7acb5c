package glassbox.core;

/**
 * A scene a tab refuses: names the field and says what is wrong, in plain words for the user
 * (e.g. {@code keys: "abc" is not a whole number}). The tab's state is unchanged when thrown.
 */
public final class SceneProblem extends Exception {
    private final String field;

    public SceneProblem(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
