package glassbox.core;

/** A tab whose input can be edited: the shell's Ctrl+Z / Ctrl+Y (Edit menu) call these. */
public interface Undoable {
    boolean undo();

    boolean redo();
}
