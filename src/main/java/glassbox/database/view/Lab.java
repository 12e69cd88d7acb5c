package glassbox.database.view;

import glassbox.database.engine.Db;
import java.util.function.Function;

/**
 * The tab's private in-memory H2 database, opened on first use. Experiments run on it one at a
 * time: a run started while a cancelled one is still cleaning up waits for it. One per process:
 * the view rebuilt after a language switch keeps using it (tabs have no close hook to free a
 * second copy of a ten-million-row table).
 */
final class Lab {
    private static final Lab SHARED = new Lab();
    private Db db;

    static Lab shared() {
        return SHARED;
    }

    /** Runs {@code work} alone on the database (call off the FX thread). */
    synchronized <T> T exclusive(Function<Db, T> work) {
        if (db == null) {
            db = Db.inMemory();
        }
        return work.apply(db);
    }
}
