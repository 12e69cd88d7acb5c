package glassbox.python.engine;

import java.util.List;

/**
 * What one step of the Copy tab draws: the statement lit in the editor, the variables, the heap
 * objects reachable from them (and from a deepcopy in progress), the output so far, the objects
 * shared between an original and its copy, what this step changed, the deepcopy memo, the error.
 * Immutable and JSON-friendly (File ▸ Export trace as JSON writes it).
 */
public record CopyState(int scriptLine, int scriptEndLine, List<Variable> vars, List<HeapObject> heap,
                        List<String> output, List<String> shared, List<Change> changes, Deep deepcopy,
                        Failure error, int depth, List<Block> managed) {
    public CopyState {
        managed = List.copyOf(managed);
        vars = List.copyOf(vars);
        heap = List.copyOf(heap);
        output = List.copyOf(output);
        shared = List.copyOf(shared);
        changes = List.copyOf(changes);
    }

    /** A value as drawn: a primitive shown inline (kind int/float/str/bool/none/other, text = repr) or a reference. */
    public record Value(String kind, String text, String ref) {
        public boolean isRef() {
            return ref != null;
        }
    }

    /**
     * A variable of a frame ({@code frame} 0 is the module; 1, 2, … the calls, innermost last);
     * {@code ghost} is its previous value's text when this step rebound it. A frame's first row is
     * its header: value kind "frame", text the function name (and "→ value" once it returns).
     */
    public record Variable(String name, Value value, String ghost, boolean changed, int frame) {
        public Variable(String name, Value value, String ghost, boolean changed) {
            this(name, value, ghost, changed, 0);
        }

        /** Unique row key across frames. */
        public String key() {
            return frame == 0 ? name : frame + ":" + name;
        }

        public boolean isFrameHeader() {
            return "frame".equals(value.kind());
        }
    }

    /** Lines {@code from..to} of a with-block being run (drawn as the managed block). */
    public record Block(int from, int to) {
    }

    /** One cell of a list/tuple ({@code key} null) or one row of a dict. */
    public record Slot(Value key, Value value) {
    }

    /**
     * A heap object (list, tuple, dict, instance, class, function, generator); {@code id} is stable
     * across steps; {@code label} the title drawn ("Conn instance", "function f(a, b)"); {@code refs}
     * its sys.getrefcount at this step (-1 when not shown).
     */
    public record HeapObject(String id, String type, int serial, List<Slot> slots, String label, int refs) {
        public HeapObject {
            slots = List.copyOf(slots);
        }

        public HeapObject(String id, String type, int serial, List<Slot> slots) {
            this(id, type, serial, slots, type, -1);
        }

        /** Drawn as rows of key: value (dicts and the language objects) rather than a row of cells. */
        public boolean rows() {
            return !type.equals("list") && !type.equals("tuple");
        }
    }

    /** A change this step made: the slot that flashes (-1: the object as a whole) and a ghost of the old value. */
    public record Change(String objectId, int slot, String ghost, String kind) {
    }

    /** A deepcopy in progress: the objects being walked (outermost first) and the memo (original → copy). */
    public record Deep(String root, List<String> stack, List<MemoEntry> memo, String source, String copy) {
        public Deep {
            stack = List.copyOf(stack);
            memo = List.copyOf(memo);
        }
    }

    public record MemoEntry(String source, String copy) {
    }

    /** The exception (or safety cap) that stopped the script. */
    public record Failure(int line, String type, String message) {
    }

    public HeapObject object(String id) {
        return heap.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    /** The module variable {@code name}, or null. */
    public Variable variable(String name) {
        return vars.stream().filter(v -> v.frame() == 0 && v.name().equals(name)).findFirst().orElse(null);
    }
}
