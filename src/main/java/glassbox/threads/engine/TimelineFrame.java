package glassbox.threads.engine;

/**
 * The state one player step shows: which run (0, or 1 in compare mode), which event, when, who it
 * happened to, who holds the lock afterwards and how many hand-offs so far. {@code event} is -1 on
 * the intro step and the event count on the summary step.
 */
public record TimelineFrame(int run, int event, double timeMs, String thread, String kind, String holder,
                            int handoffs) {
}
