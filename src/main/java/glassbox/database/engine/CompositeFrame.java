package glassbox.database.engine;

/**
 * One step of the composite-index replay: which phase it shows, which query (null while building
 * and for the closing comparison of planners) and the run's result.
 */
public record CompositeFrame(Phase phase, CompositeExperiment.Query query, CompositeResult result) {
    /** What the replay is at, in order. */
    public enum Phase { ROWS, INDEX, QUERY, PREFIX, COVERING, PLANNERS }

    /** True when the replay at this step has shown {@code q}'s timing. */
    public boolean reached(CompositeExperiment.Query q) {
        return phase.ordinal() > Phase.QUERY.ordinal() || phase == Phase.QUERY && query.ordinal() >= q.ordinal();
    }
}
