package glassbox.database.engine;

import java.util.List;

/**
 * The outcome of one locking run, counted from the database afterwards (orders are rows in the
 * orders table), plus every transaction event for the timeline and the lost updates found in it.
 */
public record LockResult(LockParams params, int stockAfter, int orders, int oversold, int lostUpdates,
                         int retries, int rejected, int failed, double lockWaitMs, double elapsedMs,
                         List<TxEvent> events, List<LostUpdate> lost, List<String> errors,
                         ServerInfo server, List<LockView> lockViews, String negativeStock) {
    public LockResult {
        events = List.copyOf(events);
        lost = List.copyOf(lost);
        errors = List.copyOf(errors);
        lockViews = List.copyOf(lockViews);
    }

    /** A run on H2 without lock views. */
    public LockResult(LockParams params, int stockAfter, int orders, int oversold, int lostUpdates, int retries,
                      int rejected, int failed, double lockWaitMs, double elapsedMs, List<TxEvent> events,
                      List<LostUpdate> lost, List<String> errors) {
        this(params, stockAfter, orders, oversold, lostUpdates, retries, rejected, failed, lockWaitMs, elapsedMs,
                events, lost, errors, null, List.of(), null);
    }

    /**
     * The same run with the server it ran on, the lock views seen, and what the database said when
     * a write would make the stock negative.
     */
    public LockResult withServer(ServerInfo s, List<LockView> views, String negative) {
        return new LockResult(params, stockAfter, orders, oversold, lostUpdates, retries, rejected, failed, lockWaitMs,
                elapsedMs, events, lost, errors, s, views, negative);
    }

    /** The lock view in force at {@code atUs}, or null before the first. */
    public LockView lockViewAt(long atUs) {
        LockView found = null;
        for (LockView v : lockViews) {
            if (v.atUs() > atUs) {
                break;
            }
            found = v;
        }
        return found;
    }

    public int stockBefore() {
        return params.stock();
    }

    /** The outcome in the JSON shape of {@code glassbox locks} (no events). */
    public java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("strategy", params.strategy().id());
        out.put("stock_before", stockBefore());
        out.put("stock_after", stockAfter);
        out.put("orders", orders);
        out.put("oversold", oversold);
        out.put("lost_updates", lostUpdates);
        out.put("retries", retries);
        out.put("rejected", rejected);
        out.put("elapsed_ms", elapsedMs);
        if (server != null) {
            out.put("server", server.toJson());
            out.put("negative_stock", negativeStock);
            out.put("lock_views", lockViews.size());
            out.put("max_waiting", lockViews.stream().mapToInt(v -> v.waiting().size()).max().orElse(0));
        }
        return out;
    }

    /** The invariants the safe strategies must keep. */
    public boolean invariantsHold() {
        int expectedOrders = Math.min(params.stock(), params.buyers());
        return orders == expectedOrders && stockAfter == params.stock() - orders && oversold == 0
                && lostUpdates == 0 && orders + rejected == params.buyers();
    }
}
