package glassbox.database.engine;

/** What happened in a buyer's transaction at one moment of a locking run. */
public enum TxEventKind {
    START,
    /** Read the stock (value = what it read). */
    READ,
    /** Waited for another transaction's row lock (duration = how long). */
    LOCK_WAIT,
    /** Wrote the stock (value = what it wrote). */
    WRITE,
    /** The version had moved on: rolled back, tries again. */
    RETRY,
    COMMIT,
    /** Saw no stock left: told the buyer "sold out". */
    REJECT,
    /** The database refused the transaction (message in the result). */
    FAIL
}
