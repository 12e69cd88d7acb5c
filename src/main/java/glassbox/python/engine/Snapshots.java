package glassbox.python.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Freezes the interpreter's live objects into an immutable {@link CopyState} for one step. */
final class Snapshots {
    private static final int GHOST_CHARS = 24;

    private Snapshots() {
    }

    static String id(Py.Container c) {
        return "o" + c.serial;
    }

    static boolean drawable(Py.Obj o) {
        return !(o instanceof Py.Module) && !(o instanceof Py.Builtin);
    }

    /**
     * True for objects drawn on the heap. Built-in exception classes, and functions without defaults,
     * are drawn inline as text (a function with defaults is a box: the mutable default trap shows).
     */
    static boolean onHeap(Py.Obj o) {
        return o instanceof Py.Container && !(o instanceof Py.PyClass c && c.builtin)
                && !(o instanceof Py.Function f && f.defaults.isEmpty());
    }

    static CopyState.Value value(Py.Obj o) {
        if (onHeap(o)) {
            return new CopyState.Value("ref", null, id((Py.Container) o));
        }
        if (o instanceof Py.Function f) {
            return new CopyState.Value("other", "def " + f.name + "(" + String.join(", ", f.params) + ")", null);
        }
        String kind = o instanceof Py.Bool ? "bool" : o instanceof Py.Int ? "int" : o instanceof Py.Float ? "float"
                : o instanceof Py.Str ? "str" : o instanceof Py.None ? "none" : "other";
        String text;
        try {
            text = Repr.repr(o);
        } catch (PyError tooBig) {
            text = "<" + o.typeName() + ">";
        }
        if (text.length() > 60) {
            text = text.substring(0, 57) + "…";
        }
        return new CopyState.Value(kind, text, null);
    }

    static String ghost(Py.Obj o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Py.Container c) {
            return c.typeName() + " " + id(c);
        }
        String t = value(o).text();
        return t.length() > GHOST_CHARS ? t.substring(0, GHOST_CHARS - 1) + "…" : t;
    }

    /** Containers reachable from {@code roots}, in traversal order. */
    static Set<Py.Container> reach(List<Py.Obj> roots) {
        Set<Py.Container> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Py.Container> order = new LinkedHashSet<>();
        Deque<Py.Obj> todo = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(roots.get(i));
        }
        while (!todo.isEmpty()) {
            Py.Obj o = todo.pop();
            if (!onHeap(o) || !seen.add((Py.Container) o)) {
                continue;
            }
            Py.Container c = (Py.Container) o;
            order.add(c);
            List<Py.Obj> kids = children(c);
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return order;
    }

    static List<Py.Obj> children(Py.Container c) {
        if (c instanceof Py.HeapObj) {
            return languageChildren(c);
        }
        if (c instanceof Py.PyList l) {
            return new ArrayList<>(l.items);
        }
        if (c instanceof Py.PyTuple t) {
            return t.items;
        }
        List<Py.Obj> out = new ArrayList<>();
        for (Py.Entry e : ((Py.PyDict) c).entryList()) {
            out.add(e.key);
            out.add(e.value);
        }
        return out;
    }

    static CopyState of(Interpreter in, Py.Obj source, Py.Obj copy, boolean withChanges) {
        List<Py.Obj> roots = new ArrayList<>();
        List<CopyState.Variable> vars = new ArrayList<>();
        Map<String, Py.Obj> rebinds = in.rebinds();
        boolean moduleLevel = in.frames().size() == 1;
        for (Map.Entry<String, Py.Obj> e : in.globals().entrySet()) {
            if (!drawable(e.getValue())) {
                continue;
            }
            roots.add(e.getValue());
            boolean changed = moduleLevel && withChanges && rebinds.containsKey(e.getKey());
            Py.Obj old = rebinds.get(e.getKey());
            String ghost = changed && old != null && old != e.getValue() && drawable(old) ? ghost(old) : null;
            vars.add(new CopyState.Variable(e.getKey(), value(e.getValue()), ghost, changed));
        }
        List<Frame> frames = in.frames();
        for (int f = 1; f < frames.size(); f++) {
            Frame fr = frames.get(f);
            String head = fr.kind == Frame.Kind.CLASS_BODY ? "class " + fr.name : fr.name + "()";
            if (fr.returnValue != null) {
                head += (fr.generator != null ? "  yield " : "  → ") + Repr.repr(fr.returnValue);
            }
            if (head.length() > 60) {
                head = head.substring(0, 57) + "…";
            }
            vars.add(new CopyState.Variable(fr.name, new CopyState.Value("frame", head, null), null, false, f));
            boolean top = f == frames.size() - 1;
            for (Map.Entry<String, Py.Obj> e : fr.locals.entrySet()) {
                if (fr.kind == Frame.Kind.CLASS_BODY) {
                    break; // the class object shows its members once it exists
                }
                if (!drawable(e.getValue())) {
                    continue;
                }
                roots.add(e.getValue());
                boolean changed = top && withChanges && rebinds.containsKey(e.getKey());
                vars.add(new CopyState.Variable(e.getKey(), value(e.getValue()), null, changed, f));
            }
            if (fr.returnValue != null) {
                roots.add(fr.returnValue);
            }
        }
        CopyState.Deep deepView = null;
        Interpreter.Deepcopy deep = in.deepcopy();
        if (deep != null) {
            roots.add(deep.root());
            List<CopyState.MemoEntry> memo = new ArrayList<>();
            for (Py.Obj[] m : deep.memo()) {
                roots.add(m[1]);
                memo.add(new CopyState.MemoEntry(idOf(m[0]), idOf(m[1])));
            }
            List<String> stack = new ArrayList<>();
            deep.stack().forEach(o -> stack.add(idOf(o)));
            if (copy != null) {
                roots.add(copy);
            }
            deepView = new CopyState.Deep(idOf(deep.root()), stack, memo, idOf(source), idOf(copy));
        }
        Set<Py.Container> drawn = reach(roots);
        List<Py.Container> sorted = new ArrayList<>(drawn);
        sorted.sort(Comparator.comparingInt(c -> c.serial));
        List<CopyState.HeapObject> heap = new ArrayList<>();
        for (Py.Container c : sorted) {
            heap.add(object(c, in.usesSys() ? (int) in.refcount(c) : -1));
        }
        List<String> shared = shared(in, drawn);
        List<CopyState.Change> changes = withChanges ? changes(in, drawn) : List.of();
        String out = in.output();
        List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        Ast.Stmt stmt = in.currentStatement();
        CopyState.Failure failure = failure(in);
        List<CopyState.Block> managed = new ArrayList<>();
        in.managedBlocks().forEach(b -> managed.add(new CopyState.Block(b[0], b[1])));
        return new CopyState(stmt == null ? 0 : stmt.line(), stmt == null ? 0 : stmt.endLine(), vars, heap, lines,
                shared, changes, deepView, failure, frames.size() - 1, managed);
    }

    static CopyState.Failure failure(Interpreter in) {
        Ast.Stmt stmt = in.currentStatement();
        int line = stmt == null ? 0 : stmt.line();
        if (in.error() != null) {
            return new CopyState.Failure(in.error().line(), in.error().type(), in.error().getMessage());
        }
        if (in.limitExceeded() != null) {
            return new CopyState.Failure(line, "ResourceLimit", in.limitExceeded().getMessage());
        }
        return null;
    }

    private static String idOf(Py.Obj o) {
        return o instanceof Py.Container c ? id(c) : null;
    }

    /** Keyed rows of a language object: attributes, class members, defaults, a suspended frame's locals. */
    private static List<CopyState.Slot> rawSlots(Py.Container c) {
        List<CopyState.Slot> slots = new ArrayList<>();
        Map<String, Py.Obj> rows = new java.util.LinkedHashMap<>();
        if (c instanceof Py.Instance i) {
            rows.putAll(i.attrs);
        } else if (c instanceof Py.PyClass k) {
            rows.putAll(k.dict);
        } else if (c instanceof Py.Function f) {
            int first = f.params.size() - f.defaults.size();
            for (int i = 0; i < f.defaults.size(); i++) {
                rows.put(f.params.get(first + i) + "=", f.defaults.get(i));
            }
        } else if (c instanceof Generator g) {
            rows.putAll(g.frame.locals);
        }
        for (Map.Entry<String, Py.Obj> e : rows.entrySet()) {
            if (drawable(e.getValue())) {
                slots.add(new CopyState.Slot(new CopyState.Value("name", e.getKey(), null), value(e.getValue())));
            }
        }
        return slots;
    }

    private static List<Py.Obj> languageChildren(Py.Container c) {
        List<Py.Obj> out = new ArrayList<>();
        Map<String, Py.Obj> rows = new java.util.LinkedHashMap<>();
        if (c instanceof Py.Instance i) {
            rows.putAll(i.attrs);
        } else if (c instanceof Py.PyClass k) {
            rows.putAll(k.dict);
            if (k.base != null && !k.base.builtin) {
                out.add(k.base);
            }
        } else if (c instanceof Py.Function f) {
            out.addAll(f.defaults);
        } else if (c instanceof Generator g) {
            rows.putAll(g.frame.locals);
        }
        for (Py.Obj v : rows.values()) {
            if (drawable(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String label(Py.Container c) {
        if (c instanceof Py.Instance i) {
            return i.cls.name + " instance";
        }
        if (c instanceof Py.PyClass k) {
            return "class " + k.name + (k.base != null ? "(" + k.base.name + ")" : "");
        }
        if (c instanceof Py.Function f) {
            return "function " + f.name + "(" + String.join(", ", f.params) + ")";
        }
        if (c instanceof Generator g) {
            return "generator " + g.name() + " · " + g.state().name().toLowerCase(java.util.Locale.ROOT)
                    + (g.state() == Generator.State.SUSPENDED ? " @" + g.yieldLine : "");
        }
        return c.typeName();
    }

    private static String kind(Py.Container c) {
        if (c instanceof Py.Instance) {
            return "instance";
        }
        if (c instanceof Py.PyClass) {
            return "class";
        }
        if (c instanceof Py.Function) {
            return "function";
        }
        if (c instanceof Generator) {
            return "generator";
        }
        return c.typeName();
    }

    private static CopyState.HeapObject object(Py.Container c, int refs) {
        if (c instanceof Py.HeapObj) {
            return new CopyState.HeapObject(id(c), kind(c), c.serial, rawSlots(c), label(c), refs);
        }
        List<CopyState.Slot> slots = new ArrayList<>();
        if (c instanceof Py.PyDict d) {
            for (Py.Entry e : d.entryList()) {
                slots.add(new CopyState.Slot(value(e.key), value(e.value)));
            }
        } else {
            for (Py.Obj o : children(c)) {
                slots.add(new CopyState.Slot(null, value(o)));
            }
        }
        return new CopyState.HeapObject(id(c), c.typeName(), c.serial, slots, c.typeName(), refs);
    }

    /** Objects reachable from both an original and its copy (for every copy whose two sides are still drawn). */
    static List<String> shared(Interpreter in, Set<Py.Container> drawn) {
        Set<String> out = new LinkedHashSet<>();
        for (CopyRecord r : in.copies()) {
            if (!(r.source() instanceof Py.Container s) || !(r.result() instanceof Py.Container c)
                    || !drawn.contains(s) || !drawn.contains(c)) {
                continue;
            }
            Set<Py.Container> a = reach(List.of(s));
            for (Py.Container x : reach(List.of(c))) {
                if (a.contains(x)) {
                    out.add(id(x));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<CopyState.Change> changes(Interpreter in, Set<Py.Container> drawn) {
        List<CopyState.Change> out = new ArrayList<>();
        for (Mutation m : in.mutations()) {
            if (!drawn.contains(m.target())) {
                continue;
            }
            int slot = m.index();
            if (m.target() instanceof Py.PyDict d && m.key() != null && m.kind() != Mutation.Kind.REMOVE) {
                slot = indexOfKey(d, m.key());
            }
            if (m.kind() == Mutation.Kind.REMOVE || m.kind() == Mutation.Kind.CLEAR || m.kind() == Mutation.Kind.REORDER) {
                String g = m.kind() == Mutation.Kind.REMOVE ? (m.key() != null ? ghost(m.key()) + ": " : "") + ghost(m.old()) : null;
                out.add(new CopyState.Change(id(m.target()), -1, g, m.kind().name().toLowerCase()));
            } else {
                out.add(new CopyState.Change(id(m.target()), slot, ghost(m.old()), m.kind().name().toLowerCase()));
            }
        }
        return out;
    }

    private static int indexOfKey(Py.PyDict d, Py.Obj key) {
        int i = 0;
        Py.Key k = Ops.key(key);
        for (Py.Key existing : d.entries.keySet()) {
            if (existing.equals(k)) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
