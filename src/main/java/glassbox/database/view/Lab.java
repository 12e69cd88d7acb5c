package glassbox.database.view;

import glassbox.database.engine.Db;
import java.util.function.Function;

/**
 * The tab's private in-memory H2 database, opened on first use. Experiments run on it one at a
 * time: a run started while a cancelled one is still cleaning up waits for it.
 */
final class Lab {
    private Db db;

    /** Runs {@code work} alone on the database (call off the FX thread). */
    synchronized <T> T exclusive(Function<Db, T> work) {
        if (db == null) {
            db = Db.inMemory();
        }
        return work.apply(db);
    }
}
