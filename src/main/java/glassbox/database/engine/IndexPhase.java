package glassbox.database.engine;

/** The phases of an index run, as replayed step by step. */
public enum IndexPhase {
    ROWS, INDEX, HEIGHT, INDEXED, SCAN, SPEEDUP, VERDICT
}
