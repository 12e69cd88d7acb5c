package glassbox.player;

import glassbox.core.Narration;
import java.util.Objects;
import java.util.Set;

/**
 * One frame of a trace: the state to draw, what to say about it, the pseudo-code line to light
 * (1-based, 0 for none), the ids of the items to highlight, and an optional event marker.
 *
 * @param <S> the topic's immutable state type (a snapshot or a structure-sharing value)
 */
public record Step<S>(S state, Narration narration, int line, Set<? extends Highlight> highlights, EventKind event) {
    public Step {
        Objects.requireNonNull(narration, "narration");
        highlights = Set.copyOf(highlights);
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static <S> Step<S> of(S state, Narration narration, int line, Set<? extends Highlight> highlights) {
        return new Step<>(state, narration, line, highlights, null);
    }

    public boolean hasEvent() {
        return event != null;
    }
}
