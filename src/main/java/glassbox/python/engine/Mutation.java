package glassbox.python.engine;

/**
 * One in-place change a statement made to a list or dict: which slot (list index, or dict key),
 * what was there before (null when the slot is new), and whether the slot was removed.
 */
public record Mutation(Py.Container target, int index, Py.Obj key, Py.Obj old, Kind kind) {
    /** SET replaces a slot, INSERT adds one, REMOVE takes one away, CLEAR empties the object. */
    public enum Kind { SET, INSERT, REMOVE, CLEAR, REORDER }
}
