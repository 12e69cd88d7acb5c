package glassbox.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo over snapshots of a tab's input. The tab records the state it is about to leave
 * with {@link #record}; {@link #undo} hands back the state to restore and remembers the current one
 * for {@link #redo}. The shell drives Ctrl+Z / Ctrl+Y through {@link TopicView#history()}.
 *
 * @param <T> an immutable snapshot of the tab's input
 */
public final class History<T> {
    private final int limit;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public History() {
        this(200);
    }

    public History(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Remembers {@code before}, the state an edit is about to replace; clears redo. */
    public void record(T before) {
        Objects.requireNonNull(before);
        if (!undo.isEmpty() && undo.peek().equals(before)) {
            redo.clear();
            update();
            return;
        }
        undo.push(before);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** The state to go back to, given the state now; empty when there is nothing to undo. */
    public Optional<T> undo(T current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(Objects.requireNonNull(current));
        T back = undo.pop();
        update();
        return Optional.of(back);
    }

    /** The state to go forward to, given the state now; empty when there is nothing to redo. */
    public Optional<T> redo(T current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(Objects.requireNonNull(current));
        T forward = redo.pop();
        update();
        return Optional.of(forward);
    }

    /** Undoes into {@code restore}, which is handed the state to go back to; false when there is none. */
    public boolean undo(T current, Consumer<? super T> restore) {
        Optional<T> back = undo(current);
        back.ifPresent(restore);
        return back.isPresent();
    }

    /** Redoes into {@code restore}, which is handed the state to go forward to; false when there is none. */
    public boolean redo(T current, Consumer<? super T> restore) {
        Optional<T> forward = redo(current);
        forward.ifPresent(restore);
        return forward.isPresent();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public int undoDepth() {
        return undo.size();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
