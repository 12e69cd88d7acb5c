package glassbox.bptree.engine.innodb;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.player.Trace;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages and the lookups: node pointers per child, whole rows, (name, id) pairs, 回表, covering, MyISAM. */
class InnodbLookupTest {
    final InnodbLayout layout = InnodbLayout.sample();

    @Test
    void internalPagesHoldOneNodePointerPerChildKeyedByItsSmallestKey() {
        Page root = layout.clustered();
        assertThat(root.no()).isEqualTo(3);
        assertThat(layout.secondary().no()).isEqualTo(4);
        assertThat(root.records()).hasSameSizeAs(root.children());
        for (int i = 0; i < root.children().size(); i++) {
            var ptr = (PageRecord.NodePointer) root.records().get(i);
            var first = (PageRecord.WholeRow) root.children().get(i).records().get(0);
            assertThat(ptr.key()).isEqualTo(String.valueOf(first.row().id()));
            assertThat(ptr.child()).isEqualTo(root.children().get(i).no());
        }
        assertThat(InnodbLookup.pages(layout.secondary()).stream().filter(Page::leaf)
                .flatMap(p -> p.records().stream()).allMatch(r -> r instanceof PageRecord.SecondaryEntry)).isTrue();
    }

    private static List<String> events(Trace<InnodbFrame> t) {
        return t.steps().stream().map(s -> s.event() == null ? "-" : s.event().id()).toList();
    }

    @Test
    void aSecondaryLookupGoesBackToTheTable() {
        Trace<InnodbFrame> t = InnodbLookup.run(layout, InnodbQuery.SECONDARY, "Eve");
        assertThat(events(t)).containsSubsequence("leaf", "back-to-table", "row");
        assertThat(t.last().state().pagesRead()).isEqualTo(4);
        assertThat(t.last().state().crossTo()).isEqualTo(3);
        assertThat(t.last().narration().args()).contains("(30, Eve, 42)");
        assertThat(t.last().line()).isEqualTo(InnodbLookup.Line.WHOLE_ROW.line);
    }

    @Test
    void aCoveringQueryStopsInTheSecondaryIndex() {
        Trace<InnodbFrame> t = InnodbLookup.run(layout, InnodbQuery.COVERING, "Eve");
        assertThat(events(t)).contains("covered").doesNotContain("back-to-table");
        assertThat(t.last().state().pagesRead()).isEqualTo(2);
        assertThat(t.last().state().crossFrom()).isEqualTo(-1);
    }

    @Test
    void primaryAndMyisamLookups() {
        Trace<InnodbFrame> p = InnodbLookup.run(layout, InnodbQuery.PRIMARY, "70");
        assertThat(p.last().narration().args()).contains("(70, Dan, 38)");
        assertThat(p.last().state().pagesRead()).isEqualTo(2);
        Trace<InnodbFrame> m = InnodbLookup.run(layout, InnodbQuery.MYISAM, "70");
        assertThat(events(m)).containsSubsequence("address", "row");
        assertThat(m.last().narration().args()).contains("(70, Dan, 38)");
        assertThat(m.last().state().crossTo()).isBetween(201, 203);
        Trace<InnodbFrame> missing = InnodbLookup.run(layout, InnodbQuery.PRIMARY, "55");
        assertThat(missing.last().narration().key()).isEqualTo("innodb.n.missing");
    }

    @Test
    void pseudoCodeHasTheNamedLines() {
        glassbox.testing.PseudoCode.assertHasLines(InnodbLookup.CODE,
                Arrays.stream(InnodbLookup.Line.values()).mapToInt(l -> l.line).max().orElseThrow());
    }
}
