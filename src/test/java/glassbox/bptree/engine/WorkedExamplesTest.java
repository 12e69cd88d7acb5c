package glassbox.bptree.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import glassbox.player.Trace;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The three worked examples (USFCA's trees), untraced and traced. */
class WorkedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String json(BPlusTree t) throws Exception {
        return JSON.writeValueAsString(t.snapshot().toJson());
    }

    @Test
    void order4Insert1To10Delete10_9_8() throws Exception {
        BPlusTree t = new BPlusTree(4);
        IntStream.rangeClosed(1, 10).forEach(t::insert);
        for (int k : new int[] {10, 9, 8}) {
            assertThat(t.delete(k)).isTrue();
        }
        assertThat(json(t)).isEqualTo("{\"keys\":[5],\"children\":[{\"keys\":[3],\"children\":[{\"keys\":[1,2]},"
                + "{\"keys\":[3,4]}]},{\"keys\":[7],\"children\":[{\"keys\":[5,6]},{\"keys\":[7]}]}]}");
        assertThat(Invariants.check(t)).isNull();
    }

    @Test
    void order3Insert10To70Delete40_10_50() throws Exception {
        BPlusTree t = new BPlusTree(3);
        for (int k = 10; k <= 70; k += 10) {
            t.insert(k);
        }
        for (int k : new int[] {40, 10, 50}) {
            assertThat(t.delete(k)).isTrue();
        }
        assertThat(json(t)).isEqualTo("{\"keys\":[60],\"children\":[{\"keys\":[30],\"children\":[{\"keys\":[20]},"
                + "{\"keys\":[30]}]},{\"keys\":[70],\"children\":[{\"keys\":[60]},{\"keys\":[70]}]}]}");
        assertThat(Invariants.check(t)).isNull();
    }

    @Test
    void order5Insert5To85Delete45_55_5_15() throws Exception {
        BPlusTree t = new BPlusTree(5);
        for (int k = 5; k <= 85; k += 10) {
            t.insert(k);
        }
        for (int k : new int[] {45, 55, 5, 15}) {
            assertThat(t.delete(k)).isTrue();
        }
        assertThat(json(t)).isEqualTo("{\"keys\":[75],\"children\":[{\"keys\":[25,35,65]},{\"keys\":[75,85]}]}");
        assertThat(Invariants.check(t)).isNull();
    }

    @Test
    void tracedRunsBuildTheSameTrees() throws Exception {
        BPlusTree plain = new BPlusTree(3);
        BPlusTree traced = new BPlusTree(3);
        for (int k = 10; k <= 70; k += 10) {
            plain.insert(k);
            Trace<BptreeFrame> tr = traced.traceInsert(k).trace();
            assertThat(tr.last().state().root().toJson()).isEqualTo(traced.snapshot().toJson());
        }
        for (int k : new int[] {40, 10, 50}) {
            plain.delete(k);
            traced.traceDelete(k);
        }
        assertThat(json(traced)).isEqualTo(json(plain));
    }
}
