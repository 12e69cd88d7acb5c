package glassbox.database.engine;

import glassbox.player.Highlight;

/** What a Database replay step lights: a stage of the index run, one query's timing, a composite-index query, or a buyer. */
public sealed interface DbHighlight extends Highlight {
    /** A stage of the index experiment. */
    enum Stage implements DbHighlight { BUILD, BTREE, VERDICT }

    /** One query's timing: with the index, by a full scan, or (null) their ratio. */
    record Query(QueryKind kind, Boolean indexed) implements DbHighlight {
    }

    /** One query of the composite-index experiment. */
    record Pair(CompositeExperiment.Query query) implements DbHighlight {
    }

    /** One buyer's transaction in the locking experiment. */
    record Buyer(int buyer) implements DbHighlight {
    }
}
