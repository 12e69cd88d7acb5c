package glassbox.python.engine;

/**
 * Safety caps for one run: steps recorded, containers created, the length of one list/tuple/dict or
 * string, and the size of an int in bits. A run that passes a cap stops with {@link LimitExceeded}.
 */
public record Limits(int maxSteps, int maxObjects, int maxLength, int maxIntBits) {
    /** Generous caps for the CLI, which keeps no snapshots. */
    public static Limits cli() {
        return new Limits(200_000, 200_000, 2_000_000, 200_000);
    }

    /** Caps for the tab, which keeps a snapshot per step and draws every object. */
    public static Limits gui() {
        return new Limits(2_000, 300, 1_000, 20_000);
    }
}
