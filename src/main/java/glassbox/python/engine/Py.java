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
}
