package glassbox.database.engine;

/** What an experiment is doing now, for progress messages; the key is the bundle text. */
public enum Phase {
    ROWS("database.phase.rows"),
    INDEX("database.phase.index"),
    MEASURE("database.phase.measure"),
    BUYERS("database.phase.buyers");

    private final String labelKey;

    Phase(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
