package glassbox.python.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Indexing, slicing, item assignment and deletion, with CPython's results and messages. */
final class Items {
    private Items() {
    }

    /** The three parts of {@code x[a:b:c]}, unevaluated against a length yet. */
    record Slice(Py.Obj lower, Py.Obj upper, Py.Obj step) {
        /** start, step, slicelength for a sequence of {@code len} (PySlice_AdjustIndices). */
        long[] indices(long len) {
            long st = part(step, 1);
            if (st == 0) {
                throw PyError.value("slice step cannot be zero");
            }
            long start = adjust(part(lower, st < 0 ? Long.MAX_VALUE : 0), len, st);
            long stop = adjust(part(upper, st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE), len, st);
            long n;
            if (st < 0) {
                n = stop < start ? (start - stop - 1) / (-st) + 1 : 0;
            } else {
                n = start < stop ? (stop - start - 1) / st + 1 : 0;
            }
            return new long[] {start, st, n};
        }

        private static long part(Py.Obj o, long dflt) {
            if (o instanceof Py.None) {
                return dflt;
            }
            if (!(o instanceof Py.Int i)) {
                throw PyError.type("slice indices must be integers or None or have an __index__ method");
            }
            BigInteger v = i.value;
            if (v.bitLength() > 62) {
                return v.signum() < 0 ? -(1L << 62) : (1L << 62);
            }
            return v.longValue();
        }

        private static long adjust(long i, long len, long step) {
            if (i < 0) {
                i += len;
                if (i < 0) {
                    i = step < 0 ? -1 : 0;
                }
            } else if (i >= len) {
                i = step < 0 ? len - 1 : len;
            }
            return i;
        }
    }

    private static List<Py.Obj> codePoints(Py.Str s) {
        List<Py.Obj> out = new ArrayList<>();
        s.value.codePoints().forEach(c -> out.add(Py.Str.of(new String(Character.toChars(c)))));
        return out;
    }

    private static int normalize(Py.Obj index, int size, String type, String what) {
        if (!(index instanceof Py.Int i)) {
            if (type.equals("str")) {
                throw PyError.type("string indices must be integers, not '" + index.typeName() + "'");
            }
            throw PyError.type(type + " indices must be integers or slices, not " + index.typeName());
        }
        BigInteger v = i.value;
        if (v.signum() < 0) {
            v = v.add(BigInteger.valueOf(size));
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(size)) >= 0) {
            throw PyError.index(what);
        }
        return v.intValue();
    }

    static Py.Obj getItem(Py.Obj obj, Py.Obj index) {
        if (obj instanceof Py.PyList l) {
            return l.items.get(normalize(index, l.items.size(), "list", "list index out of range"));
        }
        if (obj instanceof Py.PyTuple t) {
            return t.items.get(normalize(index, t.items.size(), "tuple", "tuple index out of range"));
        }
        if (obj instanceof Py.Str s) {
            if (s.value.length() == s.length()) {
                int i = normalize(index, s.value.length(), "str", "string index out of range");
                return Py.Str.of(String.valueOf(s.value.charAt(i)));
            }
            List<Py.Obj> cps = codePoints(s);
            return cps.get(normalize(index, cps.size(), "str", "string index out of range"));
        }
        if (obj instanceof Py.Range r) {
            long n = r.length();
            int i = normalize(index, (int) Math.min(n, Integer.MAX_VALUE), "range", "range object index out of range");
            return Py.Int.of(r.start + i * r.step);
        }
        if (obj instanceof Py.PyDict d) {
            Py.Obj v = Heap.get(d, index);
            if (v == null) {
                throw new PyError("KeyError", Repr.repr(index));
            }
            return v;
        }
        if (obj instanceof Py.Builtin b && b.isType) {
            throw ScriptProblemAtRuntime.of("generic types such as " + b.name + "[...]");
        }
        throw PyError.type("'" + obj.typeName() + "' object is not subscriptable");
    }

    static Py.Obj getSlice(Interpreter in, Py.Obj obj, Slice slice) {
        if (obj instanceof Py.PyList l) {
            Py.Obj copy = in.heap().list(pick(l.items, slice));
            in.recordCopy(l, copy, false, "[:]");
            return copy;
        }
        if (obj instanceof Py.PyTuple t) {
            long[] ix = slice.indices(t.items.size());
            if (ix[0] == 0 && ix[1] == 1 && ix[2] == t.items.size()) {
                return t;
            }
            return in.heap().tuple(pick(t.items, slice));
        }
        if (obj instanceof Py.Str s) {
            List<Py.Obj> cps = codePoints(s);
            long[] ix = slice.indices(cps.size());
            if (ix[0] == 0 && ix[1] == 1 && ix[2] == cps.size()) {
                return s;
            }
            StringBuilder sb = new StringBuilder();
            pick(cps, slice).forEach(c -> sb.append(((Py.Str) c).value));
            return in.heap().str(sb.toString());
        }
        if (obj instanceof Py.PyDict) {
            throw PyError.type("unhashable type: 'slice'");
        }
        if (obj instanceof Py.Range) {
            throw ScriptProblemAtRuntime.of("slicing a range");
        }
        throw PyError.type("'" + obj.typeName() + "' object is not subscriptable");
    }

    private static List<Py.Obj> pick(List<Py.Obj> items, Slice slice) {
        long[] ix = slice.indices(items.size());
        List<Py.Obj> out = new ArrayList<>();
        for (long k = 0, i = ix[0]; k < ix[2]; k++, i += ix[1]) {
            out.add(items.get((int) i));
        }
        return out;
    }

    static void setItem(Interpreter in, Py.Obj obj, Py.Obj index, Py.Obj value) {
        if (obj instanceof Py.PyList l) {
            int i = normalize(index, l.items.size(), "list", "list assignment index out of range");
            in.mutated(l, i, null, l.items.get(i), Mutation.Kind.SET);
            l.items.set(i, value);
        } else if (obj instanceof Py.PyDict d) {
            Py.Obj old = in.heap().put(d, index, value);
            in.mutated(d, -1, index, old, old == null ? Mutation.Kind.INSERT : Mutation.Kind.SET);
        } else {
            throw PyError.type("'" + obj.typeName() + "' object does not support item assignment");
        }
    }

    static void setSlice(Interpreter in, Py.Obj obj, Slice slice, Py.Obj value) {
        if (!(obj instanceof Py.PyList l)) {
            if (obj instanceof Py.PyDict) {
                throw PyError.type("unhashable type: 'slice'");
            }
            throw PyError.type("'" + obj.typeName() + "' object does not support item assignment");
        }
        List<Py.Obj> items;
        try {
            items = in.arith().iterate(value);
        } catch (PyError e) {
            throw PyError.type("can only assign an iterable");
        }
        long[] ix = slice.indices(l.items.size());
        if (ix[1] == 1) {
            int start = (int) ix[0];
            int stop = (int) Math.max(ix[0], ix[0] + ix[2]);
            in.heap().checkLength((long) l.items.size() - (stop - start) + items.size());
            for (int i = stop - 1; i >= start; i--) {
                in.mutated(l, i, null, l.items.get(i), Mutation.Kind.REMOVE);
                l.items.remove(i);
            }
            for (int k = 0; k < items.size(); k++) {
                in.mutated(l, start + k, null, null, Mutation.Kind.INSERT);
                l.items.add(start + k, items.get(k));
            }
            return;
        }
        if (items.size() != ix[2]) {
            throw PyError.value("attempt to assign sequence of size " + items.size() + " to extended slice of size " + ix[2]);
        }
        for (long k = 0, i = ix[0]; k < ix[2]; k++, i += ix[1]) {
            in.mutated(l, (int) i, null, l.items.get((int) i), Mutation.Kind.SET);
            l.items.set((int) i, items.get((int) k));
        }
    }

    static void deleteItem(Interpreter in, Py.Obj obj, Py.Obj index) {
        if (obj instanceof Py.PyList l) {
            int i = normalize(index, l.items.size(), "list", "list assignment index out of range");
            in.mutated(l, i, null, l.items.get(i), Mutation.Kind.REMOVE);
            l.items.remove(i);
        } else if (obj instanceof Py.PyDict d) {
            Py.Entry e = d.entries.remove(Ops.key(index));
            if (e == null) {
                throw new PyError("KeyError", Repr.repr(index));
            }
            in.mutated(d, -1, e.key, e.value, Mutation.Kind.REMOVE);
        } else if ((obj instanceof Py.PyTuple || obj instanceof Py.Str) && index instanceof Py.Int) {
            // PySequence_DelItem's wording; a non-index key falls through to PyObject_DelItem's
            throw PyError.type("'" + obj.typeName() + "' object doesn't support item deletion");
        } else {
            throw PyError.type("'" + obj.typeName() + "' object does not support item deletion");
        }
    }

    static void deleteSlice(Interpreter in, Py.Obj obj, Slice slice) {
        if (!(obj instanceof Py.PyList l)) {
            if (obj instanceof Py.PyDict) {
                throw PyError.type("unhashable type: 'slice'");
            }
            deleteItem(in, obj, Py.None.NONE);
            return;
        }
        long[] ix = slice.indices(l.items.size());
        List<Integer> doomed = new ArrayList<>();
        for (long k = 0, i = ix[0]; k < ix[2]; k++, i += ix[1]) {
            doomed.add((int) i);
        }
        doomed.sort(null);
        for (int k = doomed.size() - 1; k >= 0; k--) {
            int i = doomed.get(k);
            in.mutated(l, i, null, l.items.get(i), Mutation.Kind.REMOVE);
            l.items.remove(i);
        }
    }
}
