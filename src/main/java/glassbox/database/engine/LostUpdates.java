package glassbox.database.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lost updates in a run's event log. Writes to the product row are serialised by its row
 * lock, so the order of WRITE events is the order the stock took its values. Replaying them from
 * the starting stock, a committed write whose transaction read a value other than the one then
 * current was based on a stale read: the sales committed since that read are overwritten.
 */
public final class LostUpdates {
    private LostUpdates() {
    }

    public static List<LostUpdate> find(int stockBefore, List<TxEvent> sortedEvents) {
        Map<String, TxEvent> reads = new HashMap<>();
        Map<Integer, TxEvent> committed = new HashMap<>();
        for (TxEvent e : sortedEvents) {
            if (e.kind() == TxEventKind.READ) {
                reads.put(e.buyer() + "/" + e.attempt(), e);
            } else if (e.kind() == TxEventKind.COMMIT) {
                committed.put(e.buyer(), e);
            }
        }
        List<LostUpdate> lost = new ArrayList<>();
        List<TxEvent> writes = new ArrayList<>();
        int current = stockBefore;
        for (TxEvent w : sortedEvents) {
            if (w.kind() != TxEventKind.WRITE || !committed.containsKey(w.buyer())) {
                continue;
            }
            TxEvent read = reads.get(w.buyer() + "/" + w.attempt());
            if (read != null && read.value() != current) {
                List<Integer> victims = new ArrayList<>();
                boolean same = true;
                for (TxEvent earlier : writes) {
                    if (earlier.atUs() >= read.atUs()) {
                        victims.add(earlier.buyer());
                        TxEvent theirRead = reads.get(earlier.buyer() + "/" + earlier.attempt());
                        same &= theirRead != null && theirRead.value() == read.value() && earlier.value() == w.value();
                    }
                }
                lost.add(new LostUpdate(w.buyer(), read.value(), w.value(), victims, same && !victims.isEmpty()));
            }
            writes.add(w);
            current = w.value();
        }
        return lost;
    }
}
