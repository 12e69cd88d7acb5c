package glassbox.database.engine;

import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.Set;

/** Turns a finished index run into a replay: build, index, then each query indexed vs scanned, then the verdict. */
public final class IndexTrace {
    public static final String CODE = "database.code.index";

    private IndexTrace() {
    }

    public static Trace<IndexFrame> of(IndexResult r) {
        Trace.Builder<IndexFrame> b = Trace.builder(CODE);
        int height = BTreeMath.height(r.rows(), BTreeMath.H2_FANOUT);
        b.add(new IndexFrame(IndexPhase.ROWS, null, null, r),
                Narration.of("database.narr.rows", count(r.rows()), r.insertMs()), CodeLines.Index.INSERT_SELECT, Set.of(DbHighlight.Stage.BUILD), IndexMarker.BUILD);
        b.add(new IndexFrame(IndexPhase.INDEX, null, null, r),
                Narration.of("database.narr.index", r.indexMs(), r.buildMs()), CodeLines.Index.CREATE_INDEX, Set.of(DbHighlight.Stage.BUILD));
        b.add(new IndexFrame(IndexPhase.HEIGHT, null, null, r),
                Narration.of("database.narr.height", BTreeMath.H2_FANOUT, height,
                        count(BTreeMath.leafPages(r.rows(), BTreeMath.H2_FANOUT))), CodeLines.Index.CREATE_INDEX,
                Set.of(DbHighlight.Stage.BTREE));
        for (QueryTiming q : r.queries()) {
            Narration query = Narration.of(q.kind().labelKey());
            b.add(new IndexFrame(IndexPhase.INDEXED, q.kind(), true, r),
                    Narration.of(q.indexUsed() ? "database.narr.indexed" : "database.narr.indexedNoIndex",
                            query, IndexExperiment.INDEX, micros(q.indexedUs()), r.repeat()),
                    CodeLines.Index.TIME_INDEXED, Set.of(new DbHighlight.Query(q.kind(), true)), IndexMarker.PLAN);
            b.add(new IndexFrame(IndexPhase.SCAN, q.kind(), false, r),
                    Narration.of("database.narr.scan", query, count(r.rows()), micros(q.scanUs())),
                    CodeLines.Index.TIME_SCAN, Set.of(new DbHighlight.Query(q.kind(), false)));
            b.add(new IndexFrame(IndexPhase.SPEEDUP, q.kind(), null, r),
                    Narration.of("database.narr.speedup", query, speedup(q.speedup())),
                    CodeLines.Index.REPORT, Set.of(new DbHighlight.Query(q.kind(), null)));
        }
        QueryTiming point = r.timing(QueryKind.POINT);
        b.add(new IndexFrame(IndexPhase.VERDICT, QueryKind.POINT, null, r),
                Narration.of(r.claimHolds() ? "database.narr.claimHolds" : "database.narr.claimFails",
                        count(r.rows()), speedup(point.speedup())), CodeLines.Index.REPORT,
                Set.of(DbHighlight.Stage.VERDICT), IndexMarker.VERDICT);
        return b.build();
    }

    /** 1000000 → "1,000,000" (passed as text so every language shows the same digits). */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** "87.3" µs as text, so the bundle does not regroup it. */
    public static String micros(double us) {
        return us >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", us) : String.format(java.util.Locale.ROOT, "%1$.1f", us);
    }

    public static String speedup(double s) {
        return s >= 10 ? String.format(java.util.Locale.ROOT, "%,.0f", s) : String.format(java.util.Locale.ROOT, "%1$.1f", s);
    }
}
