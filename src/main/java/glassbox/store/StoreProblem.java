package glassbox.store;

/** Why the store fell back to memory; each has a bundle key for the status bar. */
public enum StoreProblem {
    LOCKED("store.problem.locked"),
    CORRUPT("store.problem.corrupt"),
    UNWRITABLE("store.problem.unwritable");

    private final String messageKey;

    StoreProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
