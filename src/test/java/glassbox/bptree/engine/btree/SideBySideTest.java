package glassbox.bptree.engine.btree;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.bptree.engine.btree.SideBySide.Input;
import glassbox.bptree.engine.btree.SideBySide.Op;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired trace: the B-Tree stops where it finds the key, the B+Tree goes on to the leaf. */
class SideBySideTest {
    @Test
    void theNotesId28Example() {
        Trace<CompareFrame> t = SideBySide.run(SideBySide.notesExample());
        CompareFrame start = t.step(0).state();
        assertThat(start.btree().root().shape()).isEqualTo("[28]([10 20][30 40 50 60])");
        assertThat(start.bptree().root().shape()).isEqualTo("[28 40]([10 20][28 30][40 50 60])");
        List<String> events = t.steps().stream().map(s -> s.event() == null ? "-" : s.event().id()).toList();
        assertThat(events).containsSubsequence("btree-stops", "bptree-leaf", "summary");
        int stop = events.indexOf("btree-stops");
        int leaf = events.indexOf("bptree-leaf");
        assertThat(stop).isLessThan(leaf);
        assertThat(t.step(leaf).state().btreeDone()).as("the B-Tree has finished when the B+Tree reaches the leaf").isTrue();
        Step<CompareFrame> last = t.last();
        assertThat(last.narration().key()).isEqualTo("btree.cmp.search.summary");
        assertThat(last.narration().args().toString())
                .contains("btree.cmp.search.btreeInternal", "btree.cmp.search.metAbove");
        assertThat(t.codeKey()).isEqualTo(BtreeCode.SEARCH);
    }

    @Test
    void rangeCountsNodesForBothTrees() {
        Trace<CompareFrame> t = SideBySide.run(new Input(3, List.of(10, 20, 30, 40, 50, 60, 70), Op.RANGE, 25, 55));
        Step<CompareFrame> last = t.last();
        assertThat(last.narration().key()).isEqualTo("btree.cmp.range.summary");
        // B-Tree [40]([20]([10][30])[60]([50][70])): reads 40, 20, 30, 60, 50 = 5 nodes, arrives 9 times
        assertThat(last.narration().args()).containsSequence("25", "55", 3, 5, 9);
        TreeFacts bt = last.state().btreeFacts();
        TreeFacts bp = last.state().bptreeFacts();
        assertThat(bt.keysStored()).isEqualTo(7);
        assertThat(bp.keysStored()).isGreaterThan(7);
        assertThat(bp.valuesInLeavesOnly()).isTrue();
        assertThat(bt.valuesInLeavesOnly()).isFalse();
    }

    @Test
    void insertMarksBothSplits() {
        Trace<CompareFrame> t = SideBySide.run(new Input(3, List.of(10, 20), Op.INSERT, 30, 0));
        List<String> events = t.steps().stream().map(s -> s.event() == null ? "-" : s.event().id()).toList();
        assertThat(events).contains("both-split");
        assertThat(t.last().state().btree().root().shape()).isEqualTo("[20]([10][30])");
        assertThat(t.last().state().bptree().root().shape()).isEqualTo("[20]([10][20 30])");
    }
}
