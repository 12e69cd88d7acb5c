package glassbox.database.engine;

/**
 * A database path, file or server address that must not be used (bad input, not a failure while
 * running): the CLI exits 2 with this message. Nothing was created or written when it is thrown.
 */
public final class BadDatabase extends IllegalArgumentException {
    public BadDatabase(String message) {
        super(message);
    }
}
