package glassbox.database.engine;

/**
 * One step of a locking run's replay: the event shown ({@code index} into the run's events, -1
 * before the first and {@code size} after the last), when it happened, and the tallies so far:
 * the stock as last committed, orders committed, lost updates and retries seen.
 */
public record LockFrame(int index, TxEvent event, long atUs, int committedStock, int orders, int lostUpdates,
                        int retries, int rejected) {
}
