package glassbox.pipeline.view;

import glassbox.pipeline.engine.StackEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Undo and redo for the middleware stack: each edit pushes the whole (small, immutable) list. */
final class StackHistory {
    private final Deque<List<StackEntry>> undo = new ArrayDeque<>();
    private final Deque<List<StackEntry>> redo = new ArrayDeque<>();
    private List<StackEntry> current;

    StackHistory(List<StackEntry> initial) {
        current = List.copyOf(initial);
    }

    List<StackEntry> current() {
        return current;
    }

    void apply(List<StackEntry> next) {
        if (next.equals(current)) {
            return;
        }
        undo.push(current);
        redo.clear();
        current = List.copyOf(next);
    }

    boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        current = undo.pop();
        return true;
    }

    boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        current = redo.pop();
        return true;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
