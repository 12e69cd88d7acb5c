package glassbox.database.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.player.Trace;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndexTraceTest {
    static IndexResult sample(double pointSpeed) {
        List<QueryTiming> q = List.of(
                QueryTiming.of(QueryKind.POINT, 100, 100 * pointSpeed, 1, "/* PUBLIC.IDX_ITEMS_K: K = ?1 */", "/* PUBLIC.ITEMS.tableScan */"),
                QueryTiming.of(QueryKind.RANGE, 200, 90_000, 100, "/* PUBLIC.IDX_ITEMS_K */", "/* PUBLIC.ITEMS.tableScan */"),
                QueryTiming.of(QueryKind.ORDER, 50, 400_000, 10, "/* PUBLIC.IDX_ITEMS_K */ /* index sorted */", "/* PUBLIC.ITEMS.tableScan */"));
        return new IndexResult(1_000_000, 5, 1500, 900, q);
    }

    @Test
    void stepsThroughBuildQueriesAndVerdict() {
        Trace<IndexFrame> t = IndexTrace.of(sample(1200));
        assertThat(t.size()).isEqualTo(3 + 3 * 3 + 1);
        assertThat(t.codeKey()).isEqualTo(IndexTrace.CODE);
        assertThat(t.last().narration().key()).isEqualTo("database.narr.claimHolds");
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(en.format(t.last().narration())).contains("1,000,000").contains("1,200×").contains("holds");
        assertThat(en.format(t.step(3).narration())).contains("IDX_ITEMS_K");
        assertThat(IndexTrace.of(sample(300)).last().narration().key()).isEqualTo("database.narr.claimFails");
        assertThat(Json.write(t)).contains("\"phase\" : \"VERDICT\"");
    }
}
