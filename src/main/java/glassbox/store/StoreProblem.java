package glassbox.store;

/** Why the store fell back to memory; each has a bundle key for the status bar and a line for the CLI. */
public enum StoreProblem {
    LOCKED("store.problem.locked", "%s is in use by another Glassbox"),
    CORRUPT("store.problem.corrupt", "%s could not be read (left untouched)"),
    FOREIGN("store.problem.foreign", "%s is not a Glassbox run history this version knows (left untouched)"),
    UNWRITABLE("store.problem.unwritable", "cannot write to %s"),
    UNSAFE_PATH("store.problem.path", "the data folder %s contains a character Glassbox does not accept (; or a control character)");

    private final String messageKey;
    private final String english;

    StoreProblem(String messageKey, String english) {
        this.messageKey = messageKey;
        this.english = english;
    }

    public String messageKey() {
        return messageKey;
    }

    /** One English sentence for the command line, naming {@code path}. */
    public String describe(String path) {
        return String.format(english, path);
    }
}
