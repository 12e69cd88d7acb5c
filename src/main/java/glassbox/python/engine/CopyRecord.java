package glassbox.python.engine;

/** A copy the script made (copy.copy, copy.deepcopy, list(), x[:], .copy(), …): source and result. */
public record CopyRecord(Py.Obj source, Py.Obj result, boolean deep, String how) {
}
