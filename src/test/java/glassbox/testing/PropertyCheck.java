package glassbox.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded property checks on plain JUnit 5: a property runs on {@code tries} generated cases, each
 * from its own seed. A failure names the seed; {@code -Dglassbox.seed=S} replays that case first.
 * For cases that are lists (operations, bursts, statements) {@link #forAllLists} also shrinks a
 * failure to the shortest failing prefix, then drops single elements while it still fails.
 */
public final class PropertyCheck {
    private PropertyCheck() {
    }

    /** Runs {@code property} on {@code tries} cases made by {@code gen}; fails with the seed. */
    public static <T> void forAll(int tries, Function<Random, T> gen, Consumer<T> property) {
        long base = baseSeed();
        for (int i = 0; i < tries; i++) {
            long seed = i == 0 ? base : mix(base, i);
            T value = gen.apply(new Random(seed));
            Throwable failure = failure(property, value);
            if (failure != null) {
                throw report(seed, i, String.valueOf(value), failure);
            }
        }
    }

    /** Like {@link #forAll}, shrinking a failing list before reporting it. */
    public static <E> void forAllLists(int tries, Function<Random, List<E>> gen, Consumer<List<E>> property) {
        long base = baseSeed();
        for (int i = 0; i < tries; i++) {
            long seed = i == 0 ? base : mix(base, i);
            List<E> value = gen.apply(new Random(seed));
            Throwable failure = failure(property, value);
            if (failure != null) {
                List<E> smallest = shrink(value, property);
                Throwable last = failure(property, smallest);
                throw report(seed, i, "smallest failing case " + smallest + " (of " + value.size() + " elements)",
                        last == null ? failure : last);
            }
        }
    }

    /**
     * A case made of a parameter (an order, settings) and a list (operations): a failure shrinks
     * the list with the parameter fixed, then reports both.
     */
    public static <P, E> void forAllWith(int tries, Function<Random, P> param, Function<Random, List<E>> items,
                                         BiConsumer<P, List<E>> property) {
        long base = baseSeed();
        for (int i = 0; i < tries; i++) {
            long seed = i == 0 ? base : mix(base, i);
            Random r = new Random(seed);
            P p = param.apply(r);
            List<E> value = items.apply(r);
            Consumer<List<E>> withParam = l -> property.accept(p, l);
            Throwable failure = failure(withParam, value);
            if (failure != null) {
                List<E> smallest = shrink(value, withParam);
                Throwable last = failure(withParam, smallest);
                throw report(seed, i, p + " with smallest failing case " + smallest + " (of " + value.size()
                        + " elements)", last == null ? failure : last);
            }
        }
    }

    /** A whole number in [min, max]. */
    public static int between(Random r, int min, int max) {
        return min + r.nextInt(max - min + 1);
    }

    /** One of the given values. */
    @SafeVarargs
    public static <T> T oneOf(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    /** A list of {@code min..max} elements made by {@code gen}. */
    public static <T> List<T> listOf(Random r, int min, int max, Function<Random, T> gen) {
        int n = between(r, min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(gen.apply(r));
        }
        return out;
    }

    /** The shortest failing prefix, then single elements dropped while the property still fails. */
    public static <E> List<E> shrink(List<E> failing, Consumer<List<E>> property) {
        List<E> best = failing;
        for (int n = 0; n < failing.size(); n++) {
            List<E> prefix = failing.subList(0, n);
            if (failure(property, prefix) != null) {
                best = List.copyOf(prefix);
                break;
            }
        }
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = 0; i < best.size(); i++) {
                List<E> without = new ArrayList<>(best);
                without.remove(i);
                if (failure(property, without) != null) {
                    best = without;
                    dropped = true;
                    break;
                }
            }
        }
        return best;
    }

    private static <T> Throwable failure(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    private static AssertionError report(long seed, int tryIndex, String what, Throwable cause) {
        return new AssertionError("property failed on try " + tryIndex + " with seed " + seed
                + " (replay: -Dglassbox.seed=" + seed + "): " + what + ": " + cause.getMessage(), cause);
    }

    private static long baseSeed() {
        String s = System.getProperty("glassbox.seed");
        if (s != null && !s.isBlank()) {
            return Long.parseLong(s.trim());
        }
        return new Random().nextLong();
    }

    private static long mix(long base, int i) {
        long z = base + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
