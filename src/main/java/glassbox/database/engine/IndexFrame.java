package glassbox.database.engine;

/**
 * One step of the index run's replay: which phase it shows, for which query (null while
 * building), which side (indexed or scan; null for both) and the run's result.
 */
public record IndexFrame(IndexPhase phase, QueryKind query, Boolean indexedSide, IndexResult result) {
}
