package glassbox.database.engine;

import java.util.List;

/**
 * A write based on a stale read: {@code buyer} read {@code read} and wrote {@code wrote}, but
 * {@code overwritten} had already committed sales in between, so their decrements were lost.
 * {@code sameRead} is true when those buyers read the same value (the textbook case).
 */
public record LostUpdate(int buyer, int read, int wrote, List<Integer> overwritten, boolean sameRead) {
    public LostUpdate {
        overwritten = List.copyOf(overwritten);
    }
}
