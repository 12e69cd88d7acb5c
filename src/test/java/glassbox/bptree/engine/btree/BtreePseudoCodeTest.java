package glassbox.bptree.engine.btree;

import glassbox.bptree.engine.btree.BtreeCode.DeleteLine;
import glassbox.bptree.engine.btree.BtreeCode.InsertLine;
import glassbox.bptree.engine.btree.BtreeCode.RangeLine;
import glassbox.bptree.engine.btree.BtreeCode.SearchLine;
import glassbox.testing.PseudoCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every pseudo-code text the B-Tree steps through has the lines it names, in English and Chinese. */
class BtreePseudoCodeTest {
    @Test
    void everyCodeTextHasTheNamedLines() {
        PseudoCode.assertHasLines(BtreeCode.INSERT, Arrays.stream(InsertLine.values()).mapToInt(l -> l.line).max().orElseThrow());
        PseudoCode.assertHasLines(BtreeCode.DELETE, Arrays.stream(DeleteLine.values()).mapToInt(l -> l.line).max().orElseThrow());
        PseudoCode.assertHasLines(BtreeCode.SEARCH, Arrays.stream(SearchLine.values()).mapToInt(l -> l.line).max().orElseThrow());
        PseudoCode.assertHasLines(BtreeCode.RANGE, Arrays.stream(RangeLine.values()).mapToInt(l -> l.line).max().orElseThrow());
    }
}
