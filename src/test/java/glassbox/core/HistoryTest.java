package glassbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo over snapshots, as every tab's Ctrl+Z / Ctrl+Y uses them. */
class HistoryTest {
    @Test
    void undoAndRedoWalkTheRecordedStates() {
        History<String> h = new History<>();
        h.record("a");
        h.record("b");
        assertThat(h.undo("c")).contains("b");
        assertThat(h.undo("b")).contains("a");
        assertThat(h.undo("a")).isEmpty();
        assertThat(h.redo("a")).contains("b");
        assertThat(h.redo("b")).contains("c");
        assertThat(h.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewEditClearsRedoAndTheSameStateIsNotRecordedTwice() {
        History<String> h = new History<>();
        h.record("a");
        h.record("a");
        assertThat(h.undoDepth()).isEqualTo(1);
        h.undo("b");
        h.record("a");
        assertThat(h.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoIntoARestoreHandsOverTheStateAndSaysWhetherThereWasOne() {
        History<Integer> h = new History<>(2);
        List<Integer> restored = new ArrayList<>();
        h.record(1);
        h.record(2);
        h.record(3);
        assertThat(h.undo(4, restored::add)).isTrue();
        assertThat(h.undo(3, restored::add)).isTrue();
        assertThat(h.undo(2, restored::add)).as("the limit of 2 dropped the oldest").isFalse();
        assertThat(h.redo(2, restored::add)).isTrue();
        assertThat(restored).containsExactly(3, 2, 3);
    }
}
