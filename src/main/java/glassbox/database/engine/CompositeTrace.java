package glassbox.database.engine;

import glassbox.core.Narration;
import glassbox.database.engine.CompositeExperiment.Query;
import glassbox.database.engine.CompositeExperiment.Timing;
import glassbox.database.engine.CompositeFrame.Phase;
import glassbox.player.Trace;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a finished composite-index run into a replay: the rows, the index (a, b), each query with
 * what its plan says, the two comparisons (leftmost prefix, covering), and where H2's planner and
 * EXPLAIN differ from MySQL's. Every claim in the narration is read from the run's own plans and times.
 */
public final class CompositeTrace {
    public static final String CODE = "database.code.composite";
    private static final Pattern TYPE = Pattern.compile("type: (\\w+)");

    private CompositeTrace() {
    }

    public static Trace<CompositeFrame> of(CompositeResult r) {
        Trace.Builder<CompositeFrame> b = Trace.builder(CODE);
        String perValue = IndexTrace.count(r.rows() / CompositeExperiment.A_VALUES);
        b.add(new CompositeFrame(Phase.ROWS, null, r),
                Narration.of("database.narr.composite.rows", IndexTrace.count(r.rows()), r.insertMs(), perValue, engine(r)),
                CodeLines.Composite.INSERT_SELECT, Set.of(DbHighlight.Stage.BUILD), IndexMarker.BUILD);
        b.add(new CompositeFrame(Phase.INDEX, null, r), Narration.of("database.narr.composite.index", r.indexMs()),
                CodeLines.Composite.CREATE_INDEX, Set.of(DbHighlight.Stage.BUILD));
        for (Timing t : r.timings()) {
            b.add(new CompositeFrame(Phase.QUERY, t.query(), r), narrate(t, r), CodeLines.Composite.of(t.query()),
                    Set.of(new DbHighlight.Pair(t.query())), t.query() == Query.BY_A ? IndexMarker.PLAN : null);
        }
        b.add(new CompositeFrame(Phase.PREFIX, Query.BY_B, r),
                Narration.of("database.narr.composite.prefix", IndexTrace.speedup(r.prefixRatio())),
                CodeLines.Composite.REPORT, Set.of(new DbHighlight.Pair(Query.BY_A), new DbHighlight.Pair(Query.BY_B)),
                IndexMarker.VERDICT);
        b.add(new CompositeFrame(Phase.COVERING, Query.COVERING, r),
                Narration.of(r.coveringRatio() >= CompositeResult.CLEAR_GAIN ? "database.narr.composite.coveringRatio"
                        : "database.narr.composite.coveringNoGain", IndexTrace.speedup(r.coveringRatio())),
                CodeLines.Composite.REPORT,
                Set.of(new DbHighlight.Pair(Query.COVERING), new DbHighlight.Pair(Query.ALL_COLUMNS)));
        b.add(new CompositeFrame(Phase.PLANNERS, null, r), planners(r), CodeLines.Composite.REPORT,
                Set.of(DbHighlight.Stage.VERDICT));
        return b.build();
    }

    /** What one query's plan did, in the words that fit it; an unexpected plan is told as it is. */
    private static Narration narrate(Timing t, CompositeResult r) {
        String us = IndexTrace.micros(t.medianUs());
        String rows = IndexTrace.count(t.rowsPerQuery());
        return switch (t.query()) {
            case BY_A -> t.usesIndex() ? Narration.of("database.narr.composite.byA", rows, us) : scanned(t, r, us);
            case BY_B -> t.usesIndex() ? sought(t, us) : Narration.of("database.narr.composite.byB",
                    IndexTrace.count(r.rows()), us, rows);
            case COVERING -> t.usesIndex() ? Narration.of(t.planSaysIndexOnly()
                    ? "database.narr.composite.coveringSaid" : "database.narr.composite.covering", us, engine(r))
                    : scanned(t, r, us);
            case ALL_COLUMNS -> t.usesIndex() ? Narration.of("database.narr.composite.allColumns", rows, us)
                    : scanned(t, r, us);
        };
    }

    private static Narration scanned(Timing t, CompositeResult r, String us) {
        return Narration.of("database.narr.composite.scanned", t.query().sql(), IndexTrace.count(r.rows()), us);
    }

    private static Narration sought(Timing t, String us) {
        return Narration.of("database.narr.composite.sought", t.query().sql(), us);
    }

    /** The closing step: on H2, how its EXPLAIN and planner differ from MySQL's; on a server, what its EXPLAIN said. */
    public static Narration planners(CompositeResult r) {
        if (r.server() == null) {
            return Narration.of("database.narr.composite.plannersH2");
        }
        Timing cover = r.timing(Query.COVERING);
        return Narration.of("database.narr.composite.plannersServer", engine(r), type(r.timing(Query.BY_A)),
                type(r.timing(Query.BY_B)), Narration.of(cover.planSaysIndexOnly()
                        ? "database.narr.composite.saysIndexOnly" : "database.narr.composite.saysRowsRead"));
    }

    /** "H2" or "MariaDB 11.4.3…": who ran the queries. */
    public static String engine(CompositeResult r) {
        return r.server() == null ? "H2" : r.server().name() + " " + r.server().version();
    }

    /** The {@code type} column of a MySQL/MariaDB EXPLAIN ("ref", "ALL"…), or "?" when it has none. */
    static String type(Timing t) {
        Matcher m = TYPE.matcher(t.plan());
        return m.find() ? m.group(1) : "?";
    }
}
