package glassbox.python.engine;

import java.util.List;

/**
 * Creates lists, tuples and dicts, numbering them in creation order (the drawing keys on that
 * serial so objects keep their places) and enforcing the object and length caps.
 */
final class Heap {
    private final Limits limits;
    private int nextSerial = 1;

    Heap(Limits limits) {
        this.limits = limits;
    }

    Limits limits() {
        return limits;
    }

    int nextSerial() {
        return nextSerial;
    }

    private int allocate() {
        if (nextSerial > limits.maxObjects()) {
            throw new LimitExceeded("the script creates more than " + limits.maxObjects()
                    + " objects (lists, tuples, dicts, instances, functions, classes; the safety cap)");
        }
        return nextSerial++;
    }

    void checkLength(long n) {
        if (n > limits.maxLength()) {
            throw new LimitExceeded("a list, tuple, dict or string would hold " + n + " items, more than the safety cap of "
                    + limits.maxLength());
        }
    }

    Py.PyList list(List<Py.Obj> items) {
        checkLength(items.size());
        return new Py.PyList(allocate(), items);
    }

    /** A new tuple; the empty tuple is the singleton, as in CPython. */
    Py.PyTuple tuple(List<Py.Obj> items) {
        if (items.isEmpty()) {
            return Py.PyTuple.EMPTY;
        }
        checkLength(items.size());
        return new Py.PyTuple(allocate(), items);
    }

    Py.PyDict dict() {
        return new Py.PyDict(allocate());
    }

    Py.Str str(String s) {
        checkLength(s.length());
        return Py.Str.of(s);
    }

    /** A string built by str()/repr(): always a new object, as CPython's conversions make one. */
    Py.Str freshStr(String s) {
        checkLength(s.length());
        return Py.Str.fresh(s);
    }

    Py.Int integer(java.math.BigInteger v) {
        if (v.bitLength() > limits.maxIntBits()) {
            throw new LimitExceeded("an int would have more than " + limits.maxIntBits() + " bits (the safety cap)");
        }
        return Py.Int.of(v);
    }

    static Py.Obj get(Py.PyDict d, Py.Obj key) {
        Py.Entry e = d.entries.get(Ops.key(key));
        return e == null ? null : e.value;
    }

    /** Stores key: value; an equal key already there keeps its object and place. Returns the old value. */
    Py.Obj put(Py.PyDict d, Py.Obj key, Py.Obj value) {
        Py.Key k = Ops.key(key);
        Py.Entry e = d.entries.get(k);
        if (e != null) {
            Py.Obj old = e.value;
            e.value = value;
            return old;
        }
        checkLength(d.entries.size() + 1L);
        d.entries.put(k, new Py.Entry(key, value));
        return null;
    }

    Py.Function function(Ast.FunctionDef def, List<Py.Obj> defaults, Frame closure) {
        return new Py.Function(allocate(), def, defaults, closure);
    }

    Py.PyClass pyClass(String name, Py.PyClass base) {
        return new Py.PyClass(allocate(), name, base, false);
    }

    Py.Instance instance(Py.PyClass cls, Interpreter owner) {
        return new Py.Instance(allocate(), cls, owner);
    }

    Generator generator(Frame frame, Interpreter owner) {
        return new Generator(allocate(), frame, owner);
    }
}
