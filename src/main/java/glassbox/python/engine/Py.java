package glassbox.python.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The runtime values of the Python subset. Java object identity is Python identity: {@code a is b}
 * is {@code a == b} on these objects, so every factory here decides, like CPython 3.11 does, when a
 * value is a cached singleton and when it is a fresh object.
 */
public final class Py {
    private Py() {
    }

    /** Any Python value. */
    public abstract static class Obj {
        public abstract String typeName();
    }

    /** An int; {@link #of} returns the cached object for -5..256 as CPython does. */
    public static class Int extends Obj {
        private static final Int[] SMALL = new Int[262];
        public final BigInteger value;

        static {
            for (int i = 0; i < SMALL.length; i++) {
                SMALL[i] = new Int(BigInteger.valueOf(i - 5));
            }
        }

        Int(BigInteger value) {
            this.value = value;
        }

        public static Int of(BigInteger v) {
            if (v.bitLength() < 10) {
                int i = v.intValue();
                if (i >= -5 && i <= 256) {
                    return SMALL[i + 5];
                }
            }
            return new Int(v);
        }

        public static Int of(long v) {
            if (v >= -5 && v <= 256) {
                return SMALL[(int) v + 5];
            }
            return new Int(BigInteger.valueOf(v));
        }

        @Override
        public String typeName() {
            return "int";
        }
    }

    /** True and False, the two bool singletons (bool is a subclass of int). */
    public static final class Bool extends Int {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);
        public final boolean flag;

        private Bool(boolean flag) {
            super(flag ? BigInteger.ONE : BigInteger.ZERO);
            this.flag = flag;
        }

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }

        @Override
        public String typeName() {
            return "bool";
        }
    }

    /** A float; every arithmetic result is a new object. */
    public static final class Float extends Obj {
        public final double value;

        public Float(double value) {
            this.value = value;
        }

        @Override
        public String typeName() {
            return "float";
        }
    }

    /** A str; the empty string and one-character Latin-1 strings are cached singletons. */
    public static final class Str extends Obj {
        private static final Str EMPTY = new Str("");
        private static final Str[] LATIN1 = new Str[256];
        public final String value;

        static {
            for (int i = 0; i < 256; i++) {
                LATIN1[i] = new Str(String.valueOf((char) i));
            }
        }

        private Str(String value) {
            this.value = value;
        }

        /** The cached object when CPython caches it, else a new string. */
        public static Str of(String s) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            if (s.length() == 1 && s.charAt(0) < 256) {
                return LATIN1[s.charAt(0)];
            }
            return new Str(s);
        }

        /** A new string object even where {@link #of} would return the cached one. */
        static Str fresh(String s) {
            return new Str(s);
        }

        public int length() {
            return value.codePointCount(0, value.length());
        }

        @Override
        public String typeName() {
            return "str";
        }
    }

    /** None. */
    public static final class None extends Obj {
        public static final None NONE = new None();

        private None() {
        }

        @Override
        public String typeName() {
            return "NoneType";
        }
    }

    /** A list, tuple or dict: lives on the heap, has a creation serial the drawing keys on. */
    public abstract static class Container extends Obj {
        public final int serial;

        Container(int serial) {
            this.serial = serial;
        }

        public abstract int size();
    }

    /** A mutable list. */
    public static final class PyList extends Container {
        public final List<Obj> items;

        PyList(int serial, List<Obj> items) {
            super(serial);
            this.items = new ArrayList<>(items);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public String typeName() {
            return "list";
        }
    }

    /** An immutable tuple; the empty tuple is a singleton. */
    public static final class PyTuple extends Container {
        public static final PyTuple EMPTY = new PyTuple(0, List.of());
        public final List<Obj> items;

        PyTuple(int serial, List<Obj> items) {
            super(serial);
            this.items = Collections.unmodifiableList(new ArrayList<>(items));
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public String typeName() {
            return "tuple";
        }
    }

    /** A dict in insertion order; keys compare like Python keys (1, 1.0 and True are one key). */
    public static final class PyDict extends Container {
        public final Map<Key, Entry> entries = new LinkedHashMap<>();

        PyDict(int serial) {
            super(serial);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public String typeName() {
            return "dict";
        }

        public List<Entry> entryList() {
            return new ArrayList<>(entries.values());
        }
    }

    /** One dict entry: the key object first stored, and the current value. */
    public static final class Entry {
        public final Obj key;
        public Obj value;

        Entry(Obj key, Obj value) {
            this.key = key;
            this.value = value;
        }
    }

    /** A hashable value wrapped with Python's hash and equality. */
    public static final class Key {
        final Obj obj;
        private final int hash;

        Key(Obj obj, int hash) {
            this.obj = obj;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && (k.obj == obj || Ops.eq(obj, k.obj));
        }
    }

    /** The module {@code copy}. */
    public static final class Module extends Obj {
        public final String name;

        Module(String name) {
            this.name = name;
        }

        @Override
        public String typeName() {
            return "module";
        }
    }

    /** A built-in function or type (len, list, copy.deepcopy, …). */
    public static final class Builtin extends Obj {
        public final String name;
        public final boolean isType;
        final BiFunction<List<Obj>, Map<String, Obj>, Obj> call;

        Builtin(String name, boolean isType, BiFunction<List<Obj>, Map<String, Obj>, Obj> call) {
            this.name = name;
            this.isType = isType;
            this.call = call;
        }

        @Override
        public String typeName() {
            return isType ? "type" : name.startsWith("copy.") ? "function" : "builtin_function_or_method";
        }
    }

    /** A method bound to its object, e.g. {@code a.append}. */
    public static final class Method extends Obj {
        public final Obj self;
        public final String name;

        Method(Obj self, String name) {
            this.self = self;
            this.name = name;
        }

        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** An immutable range(start, stop, step), drawn inline like a primitive. */
    public static final class Range extends Obj {
        public final long start;
        public final long stop;
        public final long step;

        Range(long start, long stop, long step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        public long length() {
            if (step > 0) {
                return start < stop ? (stop - start - 1) / step + 1 : 0;
            }
            return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }

        @Override
        public String typeName() {
            return "range";
        }
    }

    /** dict_keys / dict_values / dict_items: a live view of a dict. */
    public static final class DictView extends Obj {
        public final PyDict dict;
        public final String kind;

        DictView(PyDict dict, String kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public String typeName() {
            return "dict_" + kind;
        }
    }

    /** An object of the language layer drawn on the heap: instance, class, function, generator. */
    public abstract static class HeapObj extends Container {
        HeapObj(int serial) {
            super(serial);
        }

        @Override
        public int size() {
            return 0;
        }
    }

    /** A class: its own attributes in definition order, its single base (null for object). */
    public static final class PyClass extends HeapObj {
        public final String name;
        public final PyClass base;
        public final Map<String, Obj> dict = new LinkedHashMap<>();
        /** Built-in exception classes (ValueError, …) are not drawn as heap objects. */
        public final boolean builtin;
        String qualname;

        PyClass(int serial, String name, PyClass base, boolean builtin) {
            super(serial);
            this.name = name;
            this.qualname = name;
            this.base = base;
            this.builtin = builtin;
        }

        /** The attribute found along the base chain, or null. */
        public Obj lookup(String n) {
            for (PyClass c = this; c != null; c = c.base) {
                Obj v = c.dict.get(n);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }

        public boolean isSubclassOf(PyClass other) {
            for (PyClass c = this; c != null; c = c.base) {
                if (c == other) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String typeName() {
            return "type";
        }
    }

    /** An instance of a class: its attributes ({@code __dict__}) in insertion order. */
    public static final class Instance extends HeapObj {
        public final PyClass cls;
        public final Map<String, Obj> attrs = new LinkedHashMap<>();
        /** For exceptions: the constructor's arguments. */
        public List<Obj> args = List.of();
        /** For exceptions raised by the interpreter itself: the message str() shows. */
        public String text;
        final Interpreter owner;

        Instance(int serial, PyClass cls, Interpreter owner) {
            super(serial);
            this.cls = cls;
            this.owner = owner;
        }

        @Override
        public String typeName() {
            return cls.name;
        }
    }

    /** A function made by {@code def}: parameters, defaults evaluated once, the enclosing frame. */
    public static final class Function extends HeapObj {
        public final String name;
        public final List<String> params;
        public final List<Obj> defaults;
        final Ast.FunctionDef def;
        final Frame closure;
        PyClass owner;
        String qualname;

        Function(int serial, Ast.FunctionDef def, List<Obj> defaults, Frame closure) {
            super(serial);
            this.name = def.name();
            this.params = def.params();
            this.defaults = List.copyOf(defaults);
            this.def = def;
            this.closure = closure;
            this.qualname = def.name();
        }

        @Override
        public String typeName() {
            return "function";
        }
    }

    /** A function bound to an instance, e.g. {@code conn.close}. */
    public static final class BoundMethod extends Obj {
        public final Obj self;
        public final Function fn;

        BoundMethod(Obj self, Function fn) {
            this.self = self;
            this.fn = fn;
        }

        @Override
        public String typeName() {
            return "method";
        }
    }

    /** Something only passed around (a traceback, a super() proxy). */
    public static final class Opaque extends Obj {
        public final String type;
        final Obj self;
        final PyClass start;

        Opaque(String type, Obj self, PyClass start) {
            this.type = type;
            this.self = self;
            this.start = start;
        }

        @Override
        public String typeName() {
            return type;
        }
    }
}
