package glassbox.app;

import glassbox.core.RunLog;
import glassbox.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * The run history tabs write to: runs finished before the store has opened wait here and are
 * written, in order, the moment it opens, so no run is dropped at start-up.
 */
final class QueuedRunLog implements RunLog {
    private record Pending(String topic, String params, String results) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private Store store;

    @Override
    public synchronized void save(String topic, String paramsJson, String resultsJson) {
        if (store == null) {
            pending.add(new Pending(topic, paramsJson, resultsJson));
        } else {
            store.saveRunQuietly(topic, paramsJson, resultsJson);
        }
    }

    /** The store has opened: writes the queued runs, then every later one directly. */
    synchronized void opened(Store s) {
        store = s;
        for (Pending p : pending) {
            s.saveRunQuietly(p.topic(), p.params(), p.results());
        }
        pending.clear();
    }

    synchronized int queued() {
        return pending.size();
    }
}
