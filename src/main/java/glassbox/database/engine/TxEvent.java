package glassbox.database.engine;

/**
 * One moment in a buyer's transaction, microseconds after the run started. {@code value} is the
 * stock read or written (-1 when none); {@code durationUs} the length of a lock wait (else 0).
 */
public record TxEvent(int buyer, int attempt, TxEventKind kind, long atUs, int value, long durationUs) {
}
