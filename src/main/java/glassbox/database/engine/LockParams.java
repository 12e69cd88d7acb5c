package glassbox.database.engine;

/**
 * One locking run: a product with {@code stock} units, {@code buyers} buyers on {@code threads}
 * threads, each buying one unit in its own transaction, thinking {@code thinkMs} between reading
 * the stock and writing it.
 */
public record LockParams(LockStrategy strategy, int stock, int buyers, int threads, int thinkMs) {
    public static final int MAX_STOCK = 1_000_000;
    public static final int MAX_BUYERS = 10_000;
    public static final int MAX_THREADS = 64;
    public static final int MAX_THINK_MS = 1_000;

    public LockParams {
        if (strategy == null) {
            throw new IllegalArgumentException("strategy is required (none, pessimistic, optimistic, atomic)");
        }
        check("stock", stock, 0, MAX_STOCK);
        check("buyers", buyers, 1, MAX_BUYERS);
        check("threads", threads, 1, MAX_THREADS);
        check("think-ms", thinkMs, 0, MAX_THINK_MS);
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }

    public LockParams withStrategy(LockStrategy s) {
        return new LockParams(s, stock, buyers, threads, thinkMs);
    }
}
