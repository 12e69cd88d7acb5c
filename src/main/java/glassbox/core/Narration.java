package glassbox.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a step says, as a bundle key plus its arguments; the view formats it in the chosen language.
 * Arguments are numbers, strings, or nested {@link Narration}s (formatted first).
 */
public record Narration(String key, List<Object> args) {
    public Narration {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Narration of(String key, Object... args) {
        return new Narration(key, Arrays.asList(args));
    }
}
