package glassbox.database.view;

import glassbox.database.engine.Db;
import glassbox.database.engine.ServerTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where the tab's experiments run, one at a time: on H2, the index table in a new temporary file
 * database per run (its folder deleted when the run ends, is cancelled or fails, and at exit) and
 * the locking tables in a small private in-memory database; or, when a server is chosen, in its
 * {@code glassbox_lab} schema. A run started while a cancelled one is still cleaning up waits.
 */
final class Lab {
    private static final Lab SHARED = new Lab();
    private Db memory;
    private volatile ServerTarget server;
    private final List<Path> openFolders = new ArrayList<>();

    static Lab shared() {
        return SHARED;
    }

    /** The server to use from now on, or null for H2. */
    void useServer(ServerTarget target) {
        server = target;
    }

    ServerTarget server() {
        return server;
    }

    /** Runs {@code work} alone on a database for a big table (call off the FX thread). */
    synchronized <T> T exclusiveBig(Function<Db, T> work) {
        ServerTarget s = server;
        if (s != null) {
            try (Db db = Db.server(s, false)) {
                return work.apply(db);
            }
        }
        Db db = Db.temporary();
        synchronized (openFolders) {
            openFolders.add(db.temporaryFolder());
        }
        try {
            return work.apply(db);
        } finally {
            db.close();
            synchronized (openFolders) {
                openFolders.remove(db.temporaryFolder());
            }
        }
    }

    /** Runs {@code work} alone on the small database (call off the FX thread). */
    synchronized <T> T exclusive(Function<Db, T> work) {
        ServerTarget s = server;
        if (s != null) {
            try (Db db = Db.server(s, false)) {
                return work.apply(db);
            }
        }
        if (memory == null) {
            memory = Db.inMemory();
        }
        return work.apply(memory);
    }

    /** Temporary database folders of runs still going (none once every run has ended). */
    List<Path> openTemporaryFolders() {
        synchronized (openFolders) {
            return List.copyOf(openFolders);
        }
    }
}
