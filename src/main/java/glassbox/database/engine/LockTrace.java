package glassbox.database.engine;

import glassbox.player.EventKind;
import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a finished locking run into a replay, one transaction event per step, each narrated;
 * a write that overwrote other buyers' sales is narrated as the lost update it is.
 */
public final class LockTrace {
    private LockTrace() {
    }

    public static Trace<LockFrame> of(LockResult r) {
        LockParams p = r.params();
        Trace.Builder<LockFrame> b = Trace.builder(p.strategy().codeKey());
        Map<Integer, LostUpdate> lostByBuyer = new HashMap<>();
        r.lost().forEach(l -> lostByBuyer.put(l.buyer(), l));
        b.add(new LockFrame(-1, null, 0, p.stock(), 0, 0, 0, 0),
                Narration.of("database.narr.lockSetup", Narration.of(p.strategy().labelKey()), p.stock(),
                        p.buyers(), p.threads(), p.thinkMs()), 0, Set.of());
        int stock = p.stock();
        int orders = 0;
        int lost = 0;
        int retries = 0;
        int rejected = 0;
        List<TxEvent> events = r.events();
        for (int i = 0; i < events.size(); i++) {
            TxEvent e = events.get(i);
            Narration n = narrate(p, e, orders, lostByBuyer);
            EventKind marker = null;
            switch (e.kind()) {
                case WRITE -> {
                    if (lostByBuyer.containsKey(e.buyer())) {
                        lost++;
                        marker = LockMarker.LOST_UPDATE;
                    }
                }
                case COMMIT -> {
                    orders++;
                    stock = e.value();
                    if (orders > p.stock()) {
                        marker = LockMarker.OVERSOLD;
                    }
                }
                case RETRY -> {
                    retries++;
                    marker = LockMarker.RETRY;
                }
                case REJECT -> {
                    rejected++;
                    marker = LockMarker.REJECT;
                }
                case LOCK_WAIT -> marker = LockMarker.LOCK_WAIT;
                default -> {
                }
            }
            b.add(new LockFrame(i, e, e.atUs(), stock, orders, lost, retries, rejected), n,
                    line(p.strategy(), e.kind()), Set.of(new DbHighlight.Buyer(e.buyer())), marker);
        }
        long end = events.isEmpty() ? 0 : events.get(events.size() - 1).atUs();
        b.add(new LockFrame(events.size(), null, end, r.stockAfter(), r.orders(), r.lostUpdates(), r.retries(), r.rejected()),
                summary(r), 0, Set.of());
        return b.build();
    }

    static Narration summary(LockResult r) {
        if (r.params().strategy().safe()) {
            return Narration.of("database.narr.summarySafe", r.orders(), r.params().stock(), r.stockAfter(),
                    r.retries(), r.rejected(), String.format(java.util.Locale.ROOT, "%1$.1f", r.lockWaitMs()));
        }
        if (r.oversold() == 0 && r.lostUpdates() == 0) {
            return Narration.of("database.narr.summaryNoneClean", r.orders(), r.params().stock(), r.stockAfter());
        }
        return Narration.of("database.narr.summaryNone", r.orders(), r.params().stock(), r.stockAfter(),
                r.oversold(), r.lostUpdates());
    }

    private static Narration narrate(LockParams p, TxEvent e, int ordersBefore, Map<Integer, LostUpdate> lost) {
        LockStrategy s = p.strategy();
        return switch (e.kind()) {
            case START -> e.attempt() > 1 ? Narration.of("database.narr.startAgain", e.buyer(), e.attempt())
                    : Narration.of("database.narr.start", e.buyer());
            case READ -> switch (s) {
                case PESSIMISTIC -> Narration.of("database.narr.readLocked", e.buyer(), e.value());
                case OPTIMISTIC -> Narration.of("database.narr.readVersion", e.buyer(), e.value());
                default -> Narration.of("database.narr.read", e.buyer(), e.value());
            };
            case LOCK_WAIT -> Narration.of("database.narr.wait", e.buyer(),
                    String.format(java.util.Locale.ROOT, "%1$.1f", e.durationUs() / 1000.0));
            case WRITE -> write(s, e, lost.get(e.buyer()));
            case RETRY -> Narration.of("database.narr.retry", e.buyer(), e.value());
            case COMMIT -> ordersBefore + 1 > p.stock()
                    ? Narration.of("database.narr.commitOversold", e.buyer(), ordersBefore + 1, p.stock())
                    : Narration.of("database.narr.commit", e.buyer(), ordersBefore + 1);
            case REJECT -> Narration.of("database.narr.reject", e.buyer());
            case FAIL -> Narration.of("database.narr.fail", e.buyer());
        };
    }

    private static Narration write(LockStrategy s, TxEvent e, LostUpdate l) {
        if (l != null) {
            if (l.sameRead() && l.overwritten().size() == 1) {
                return Narration.of("database.narr.lostSame", l.overwritten().get(0), e.buyer(), l.read(), l.wrote());
            }
            String victims = l.overwritten().stream().map(String::valueOf).collect(Collectors.joining(", "));
            return Narration.of("database.narr.lostStale", e.buyer(), l.read(), l.wrote(), victims);
        }
        return switch (s) {
            case NONE -> Narration.of("database.narr.writeNone", e.buyer(), e.value());
            case PESSIMISTIC -> Narration.of("database.narr.writeLocked", e.buyer(), e.value());
            case OPTIMISTIC -> Narration.of("database.narr.writeVersion", e.buyer(), e.value());
            case ATOMIC -> Narration.of("database.narr.writeAtomic", e.buyer(), e.value());
        };
    }

    /** The pseudo-code line (see the strategy's code key) an event belongs to. */
    static int line(LockStrategy s, TxEventKind k) {
        return switch (s) {
            case NONE, PESSIMISTIC -> switch (k) {
                case START -> CodeLines.ReadThenWrite.BEGIN;
                case READ -> CodeLines.ReadThenWrite.READ;
                case LOCK_WAIT -> s == LockStrategy.PESSIMISTIC ? CodeLines.ReadThenWrite.READ
                        : CodeLines.ReadThenWrite.UPDATE;
                case REJECT -> CodeLines.ReadThenWrite.SOLD_OUT;
                case WRITE -> CodeLines.ReadThenWrite.UPDATE;
                case COMMIT -> CodeLines.ReadThenWrite.COMMIT;
                default -> 0;
            };
            case OPTIMISTIC -> switch (k) {
                case START -> CodeLines.Optimistic.BEGIN;
                case READ -> CodeLines.Optimistic.READ;
                case REJECT -> CodeLines.Optimistic.SOLD_OUT;
                case LOCK_WAIT, WRITE -> CodeLines.Optimistic.UPDATE_IF_VERSION;
                case RETRY -> CodeLines.Optimistic.RETRY;
                case COMMIT -> CodeLines.Optimistic.COMMIT;
                default -> 0;
            };
            case ATOMIC -> switch (k) {
                case START -> CodeLines.Atomic.BEGIN;
                case LOCK_WAIT, WRITE -> CodeLines.Atomic.UPDATE_IF_STOCK;
                case REJECT -> CodeLines.Atomic.SOLD_OUT;
                case COMMIT -> CodeLines.Atomic.COMMIT;
                default -> 0;
            };
        };
    }
}
