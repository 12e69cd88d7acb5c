package glassbox.python.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The list, tuple and dict methods of the subset, logging every in-place change. */
final class Methods {
    private Methods() {
    }

    static Py.Obj call(Interpreter in, Py.Method m, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        String qual = m.self.typeName() + "." + m.name;
        boolean kwOk = m.name.equals("sort") || m.self instanceof Py.PyDict && m.name.equals("update");
        if (!kw.isEmpty() && !kwOk) {
            throw PyError.type(qual + "() takes no keyword arguments");
        }
        if (m.self instanceof Py.PyList l) {
            return list(in, l, m.name, args, kw);
        }
        if (m.self instanceof Py.PyDict d) {
            return dict(in, d, m.name, args, kw);
        }
        Py.PyTuple t = (Py.PyTuple) m.self;
        if (m.name.equals("count")) {
            exactlyOne(qual, args);
            return Py.Int.of(count(t.items, args.get(0)));
        }
        return index(t.items, args, "tuple.index(x): x not in tuple");
    }

    private static void exactlyOne(String qual, List<Py.Obj> args) {
        if (args.size() != 1) {
            throw PyError.type(qual + "() takes exactly one argument (" + args.size() + " given)");
        }
    }

    private static void none(String qual, List<Py.Obj> args) {
        if (!args.isEmpty()) {
            throw PyError.type(qual + "() takes no arguments (" + args.size() + " given)");
        }
    }

    private static void range(String name, List<Py.Obj> args, int min, int max) {
        if (args.size() < min) {
            throw PyError.type(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + args.size());
        }
        if (args.size() > max) {
            throw PyError.type(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private static Py.Obj list(Interpreter in, Py.PyList l, String name, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        String qual = "list." + name;
        List<Py.Obj> items = l.items;
        switch (name) {
            case "append" -> {
                exactlyOne(qual, args);
                in.heap().checkLength(items.size() + 1L);
                in.mutated(l, items.size(), null, null, Mutation.Kind.INSERT);
                items.add(args.get(0));
            }
            case "extend" -> {
                exactlyOne(qual, args);
                in.extend(l, args.get(0));
            }
            case "insert" -> {
                range("insert", args, 2, 2);
                BigInteger i = Interpreter.index(args.get(0));
                int n = items.size();
                long at = i.bitLength() > 40 ? (i.signum() < 0 ? -1L << 40 : 1L << 40) : i.longValue();
                if (at < 0) {
                    at = Math.max(0, at + n);
                }
                at = Math.min(at, n);
                in.heap().checkLength(n + 1L);
                in.mutated(l, (int) at, null, null, Mutation.Kind.INSERT);
                items.add((int) at, args.get(1));
            }
            case "pop" -> {
                range("pop", args, 0, 1);
                long i = -1;
                if (!args.isEmpty()) {
                    BigInteger b = Interpreter.index(args.get(0));
                    i = b.bitLength() > 40 ? Long.MAX_VALUE : b.longValue();
                }
                if (items.isEmpty()) {
                    throw PyError.index("pop from empty list");
                }
                if (i < 0) {
                    i += items.size();
                }
                if (i < 0 || i >= items.size()) {
                    throw PyError.index("pop index out of range");
                }
                in.mutated(l, (int) i, null, items.get((int) i), Mutation.Kind.REMOVE);
                return items.remove((int) i);
            }
            case "remove" -> {
                exactlyOne(qual, args);
                for (int i = 0; i < items.size(); i++) {
                    Py.Obj o = items.get(i);
                    if (o == args.get(0) || Ops.eq(o, args.get(0))) {
                        in.mutated(l, i, null, o, Mutation.Kind.REMOVE);
                        items.remove(i);
                        return Py.None.NONE;
                    }
                }
                throw PyError.value("list.remove(x): x not in list");
            }
            case "copy" -> {
                none(qual, args);
                Py.PyList c = in.heap().list(items);
                in.recordCopy(l, c, false, "list.copy()");
                return c;
            }
            case "clear" -> {
                none(qual, args);
                if (!items.isEmpty()) {
                    in.mutated(l, -1, null, null, Mutation.Kind.CLEAR);
                }
                items.clear();
            }
            case "index" -> {
                return index(items, args, null);
            }
            case "count" -> {
                exactlyOne(qual, args);
                return Py.Int.of(count(items, args.get(0)));
            }
            case "reverse" -> {
                none(qual, args);
                if (items.size() > 1) {
                    in.mutated(l, -1, null, null, Mutation.Kind.REORDER);
                }
                Collections.reverse(items);
            }
            default -> {
                if (!args.isEmpty()) {
                    throw PyError.type("sort() takes no positional arguments");
                }
                if (items.size() > 1) {
                    in.mutated(l, -1, null, null, Mutation.Kind.REORDER);
                }
                sort(l, kw);
            }
        }
        return Py.None.NONE;
    }

    static void sort(Py.PyList l, Map<String, Py.Obj> kw) {
        boolean reverse = false;
        for (Map.Entry<String, Py.Obj> e : kw.entrySet()) {
            if (e.getKey().equals("reverse")) {
                reverse = Ops.truth(e.getValue());
            } else if (e.getKey().equals("key")) {
                throw ScriptProblemAtRuntime.of("sorting with key=");
            } else {
                throw PyError.type("'" + e.getKey() + "' is an invalid keyword argument for sort()");
            }
        }
        List<Py.Obj> items = new ArrayList<>(l.items);
        if (reverse) {
            Collections.reverse(items);
        }
        try {
            items.sort((a, b) -> Ops.order("<", a, b) ? -1 : Ops.order("<", b, a) ? 1 : 0);
        } catch (IllegalArgumentException inconsistent) {
            // NaN and friends: keep whatever order the sort reached
        }
        if (reverse) {
            Collections.reverse(items);
        }
        l.items.clear();
        l.items.addAll(items);
    }

    private static long count(List<Py.Obj> items, Py.Obj x) {
        long n = 0;
        for (Py.Obj o : new ArrayList<>(items)) {
            if (o == x || Ops.eq(o, x)) {
                n++;
            }
        }
        return n;
    }

    private static Py.Obj index(List<Py.Obj> items, List<Py.Obj> args, String tupleMessage) {
        range("index", args, 1, 3);
        long n = items.size();
        long start = args.size() > 1 ? clampIndex(args.get(1), n) : 0;
        long stop = args.size() > 2 ? clampIndex(args.get(2), n) : n;
        for (long i = start; i < stop && i < items.size(); i++) {
            Py.Obj o = items.get((int) i);
            if (o == args.get(0) || Ops.eq(o, args.get(0))) {
                return Py.Int.of(i);
            }
        }
        throw PyError.value(tupleMessage != null ? tupleMessage : Repr.repr(args.get(0)) + " is not in list");
    }

    private static long clampIndex(Py.Obj o, long n) {
        if (!(o instanceof Py.Int i)) {
            throw PyError.type("slice indices must be integers or have an __index__ method");
        }
        long v = i.value.bitLength() > 40 ? (i.value.signum() < 0 ? -(1L << 40) : 1L << 40) : i.value.longValue();
        if (v < 0) {
            v = Math.max(0, v + n);
        }
        return Math.min(v, n);
    }

    private static Py.Obj dict(Interpreter in, Py.PyDict d, String name, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        String qual = "dict." + name;
        Heap heap = in.heap();
        switch (name) {
            case "copy" -> {
                none(qual, args);
                Py.PyDict c = heap.dict();
                for (Py.Entry e : d.entryList()) {
                    heap.put(c, e.key, e.value);
                }
                in.recordCopy(d, c, false, "dict.copy()");
                return c;
            }
            case "get" -> {
                range("get", args, 1, 2);
                Py.Obj v = Heap.get(d, args.get(0));
                return v != null ? v : args.size() > 1 ? args.get(1) : Py.None.NONE;
            }
            case "update" -> {
                range("update", args, 0, 1);
                if (!args.isEmpty()) {
                    updateLogged(in, d, args.get(0));
                }
                for (Map.Entry<String, Py.Obj> e : kw.entrySet()) {
                    setLogged(in, d, in.folder().str(e.getKey()), e.getValue());
                }
                return Py.None.NONE;
            }
            case "keys", "values", "items" -> {
                none(qual, args);
                return new Py.DictView(d, name);
            }
            case "pop" -> {
                range("pop", args, 1, 2);
                Py.Entry e = d.entries.remove(Ops.key(args.get(0)));
                if (e == null) {
                    if (args.size() > 1) {
                        return args.get(1);
                    }
                    throw new PyError("KeyError", Repr.repr(args.get(0)));
                }
                in.mutated(d, -1, e.key, e.value, Mutation.Kind.REMOVE);
                return e.value;
            }
            case "setdefault" -> {
                range("setdefault", args, 1, 2);
                Py.Obj v = Heap.get(d, args.get(0));
                if (v != null) {
                    return v;
                }
                Py.Obj dflt = args.size() > 1 ? args.get(1) : Py.None.NONE;
                setLogged(in, d, args.get(0), dflt);
                return dflt;
            }
            case "popitem" -> {
                none(qual, args);
                if (d.entries.isEmpty()) {
                    throw new PyError("KeyError", "'popitem(): dictionary is empty'");
                }
                Py.Entry last = d.entryList().get(d.size() - 1);
                d.entries.remove(Ops.key(last.key));
                in.mutated(d, -1, last.key, last.value, Mutation.Kind.REMOVE);
                return heap.tuple(List.of(last.key, last.value));
            }
            default -> {
                none(qual, args);
                if (!d.entries.isEmpty()) {
                    in.mutated(d, -1, null, null, Mutation.Kind.CLEAR);
                }
                d.entries.clear();
                return Py.None.NONE;
            }
        }
    }

    private static void setLogged(Interpreter in, Py.PyDict d, Py.Obj k, Py.Obj v) {
        Py.Obj old = in.heap().put(d, k, v);
        in.mutated(d, -1, k, old, old == null ? Mutation.Kind.INSERT : Mutation.Kind.SET);
    }

    private static void updateLogged(Interpreter in, Py.PyDict d, Py.Obj other) {
        pairs(in, other, (k, v) -> setLogged(in, d, k, v));
    }

    /** dict(x) / d.update(x) without logging (the dict is new). */
    static void update(Interpreter in, Py.PyDict d, Py.Obj other) {
        pairs(in, other, (k, v) -> in.heap().put(d, k, v));
    }

    /** Feeds each key/value pair of {@code other} to {@code put} in order, stopping at the first bad one. */
    private static void pairs(Interpreter in, Py.Obj other, java.util.function.BiConsumer<Py.Obj, Py.Obj> put) {
        if (other instanceof Py.PyDict src) {
            for (Py.Entry e : src.entryList()) {
                put.accept(e.key, e.value);
            }
            return;
        }
        List<Py.Obj> items = in.arith().iterate(other);
        for (int i = 0; i < items.size(); i++) {
            List<Py.Obj> kv;
            try {
                kv = in.arith().iterate(items.get(i));
            } catch (PyError e) {
                throw PyError.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.size() != 2) {
                throw PyError.value("dictionary update sequence element #" + i + " has length " + kv.size()
                        + "; 2 is required");
            }
            put.accept(kv.get(0), kv.get(1));
        }
    }
}
