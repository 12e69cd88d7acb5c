package glassbox.python.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The steps the tab shows: narration, events, shared markers, changes with ghosts, the deepcopy walk. */
class TracerTest {
    private static Trace<CopyState> trace(String src, boolean stepInto) {
        return CopyEngine.trace(src, CopyMode.AS_WRITTEN, stepInto, Limits.gui());
    }

    @Test
    void aShallowCopyMarksTheInnerListsShared() {
        Trace<CopyState> t = trace(Preset.SHALLOW_NESTED.script(Locale.ENGLISH), true);
        Step<CopyState> copy = t.steps().stream().filter(s -> s.event() == CopyEvent.COPY).findFirst().orElseThrow();
        CopyState s = copy.state();
        assertThat(copy.narration().key()).isEqualTo("copy.narr.shallow");
        String a = s.variable("a").value().ref();
        String b = s.variable("b").value().ref();
        assertThat(s.shared()).hasSize(2).doesNotContain(a, b);
        assertThat(s.object(a).slots()).extracting(slot -> slot.value().ref()).containsExactlyElementsOf(s.shared());
        // b[1] = [0] later: only one inner list is still shared
        CopyState last = t.last().state();
        assertThat(last.shared()).hasSize(1);
    }

    @Test
    void aMutationFlashesTheCellAndKeepsAGhostOfTheOldValue() {
        Trace<CopyState> t = trace("a = [1, 2]\nb = a\nb[0] = 99\n", false);
        Step<CopyState> m = t.step(3);
        assertThat(m.event()).isEqualTo(CopyEvent.MUTATION);
        assertThat(m.state().changes()).singleElement().satisfies(c -> {
            assertThat(c.slot()).isZero();
            assertThat(c.ghost()).isEqualTo("1");
            assertThat(c.kind()).isEqualTo("set");
        });
        assertThat(t.step(2).event()).isEqualTo(CopyEvent.ALIAS);
        assertThat(t.step(2).narration().key()).isEqualTo("copy.narr.alias");
    }

    @Test
    void deepcopyIsSteppedIntoWithItsMemo() {
        Trace<CopyState> t = trace("import copy\ni = [1]\na = [i, i, (2, 3)]\nb = copy.deepcopy(a)\n", true);
        List<String> keys = t.steps().stream().map(s -> s.narration().key()).toList();
        assertThat(keys).containsSubsequence("copy.narr.deepVisit", "copy.narr.deepVisit", "copy.narr.deepDone",
                "copy.narr.deepMemo", "copy.narr.deepVisitTuple", "copy.narr.deepTupleSame", "copy.narr.deepDone",
                "copy.narr.deep");
        Step<CopyState> hit = t.steps().stream().filter(s -> s.narration().key().equals("copy.narr.deepMemo"))
                .findFirst().orElseThrow();
        assertThat(hit.line()).isEqualTo(2);
        assertThat(hit.state().deepcopy().memo()).hasSize(2);
        assertThat(t.last().state().deepcopy()).isNull();
        assertThat(t.last().event()).isEqualTo(CopyEvent.DEEPCOPY);
        // the copy keeps sharing: both cells of b lead to one new list
        CopyState end = t.last().state();
        var b = end.object(end.variable("b").value().ref());
        assertThat(b.slots().get(0).value().ref()).isEqualTo(b.slots().get(1).value().ref())
                .isNotEqualTo(end.variable("i").value().ref());
    }

    @Test
    void theErrorStepKeepsTheStateAndNamesTheLine() {
        Trace<CopyState> t = trace("a = [1]\nprint(a)\na[3] = 0\n", false);
        Step<CopyState> last = t.last();
        assertThat(last.event()).isEqualTo(CopyEvent.ERROR);
        assertThat(last.state().error()).isEqualTo(new CopyState.Failure(3, "IndexError", "list assignment index out of range"));
        assertThat(last.state().output()).containsExactly("[1]");
        assertThat(last.state().variable("a")).isNotNull();
    }

    @Test
    void sideBySideStepsBothRunsInSync() {
        Trace<CopyEngine.Pair> t = CopyEngine.sideBySide(Preset.SHALLOW_NESTED.script(Locale.ENGLISH), Limits.gui());
        CopyEngine.Pair end = t.last().state();
        assertThat(end.shallow().output()).containsExactly("[[1, 2, 5], [3, 4]]", "[[1, 2, 5], [0]]");
        assertThat(end.deep().output()).containsExactly("[[1, 2], [3, 4]]", "[[1, 2, 5], [0]]");
        assertThat(end.shallow().shared()).isNotEmpty();
        assertThat(end.deep().shared()).isEmpty();
    }
}
