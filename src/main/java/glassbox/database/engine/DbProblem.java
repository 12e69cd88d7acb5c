package glassbox.database.engine;

/** A database error an experiment cannot recover from; its message names the SQL problem. */
public final class DbProblem extends RuntimeException {
    public DbProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
