package glassbox.player;

/**
 * A kind of notable step (a split, a hand-off, …) marked on the scrubber. Topics implement it with
 * enums; {@link #id()} names the CSS style class {@code marker-<id>} and {@link #labelKey()} the
 * bundle key of its legend label.
 */
public interface EventKind {
    String id();

    String labelKey();
}
