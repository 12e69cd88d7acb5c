package glassbox.bptree.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.testing.PseudoCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every pseudo-code text the engine lights has the lines it names, in English and Chinese. */
class CodeLinesTest {
    @Test
    void insertCode() {
        PseudoCode.assertHasLines(CodeLines.Insert.CODE, CodeLines.Insert.LAST);
    }

    @Test
    void deleteCode() {
        PseudoCode.assertHasLines(CodeLines.Delete.CODE, CodeLines.Delete.LAST);
    }

    @Test
    void searchCode() {
        PseudoCode.assertHasLines(CodeLines.Search.CODE, CodeLines.Search.LAST);
    }

    @Test
    void rangeCode() {
        PseudoCode.assertHasLines(CodeLines.Range.CODE, CodeLines.Range.LAST);
    }

    @Test
    void bulkCode() {
        PseudoCode.assertHasLines(CodeLines.Bulk.CODE, CodeLines.Bulk.LAST);
    }

    /** The traces light no line beyond the highest their code names. */
    @Test
    void tracesStayWithinTheirCode() {
        Map<String, Integer> last = Map.of(CodeLines.Insert.CODE, CodeLines.Insert.LAST,
                CodeLines.Delete.CODE, CodeLines.Delete.LAST, CodeLines.Search.CODE, CodeLines.Search.LAST,
                CodeLines.Range.CODE, CodeLines.Range.LAST, CodeLines.Bulk.CODE, CodeLines.Bulk.LAST);
        BPlusTree t = new BPlusTree(3);
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 1; k <= 30; k++) {
            note(seen, t.traceInsert(k).trace());
        }
        for (int k = 1; k <= 30; k += 2) {
            note(seen, t.traceSearch(k).trace());
            note(seen, t.traceDelete(k).trace());
        }
        note(seen, t.traceRange(2, 20).trace());
        note(seen, new BPlusTree(4).traceBulkLoad(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}).trace());
        assertThat(seen).containsOnlyKeys(last.keySet());
        seen.forEach((code, max) -> assertThat(max).as(code).isLessThanOrEqualTo(last.get(code)));
    }

    /** Highlights are typed records, never strings. */
    @Test
    void highlightsAreTyped() {
        BPlusTree t = new BPlusTree(3);
        t.insert(1);
        t.insert(2);
        t.traceInsert(3).trace().steps().forEach(s -> assertThat(s.highlights())
                .allSatisfy(h -> assertThat(h).isInstanceOf(glassbox.player.Highlight.class)));
        assertThat(Highlights.node(5)).isEqualTo(new Highlights.NodeLit(5)).hasToString("node:5");
    }

    private static void note(Map<String, Integer> seen, glassbox.player.Trace<BptreeFrame> tr) {
        tr.steps().forEach(s -> seen.merge(tr.codeKey(), s.line(), Math::max));
    }
}
