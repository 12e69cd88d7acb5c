package glassbox.python.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Python's equality, ordering, hashing and truth for the subset's values (no allocation). */
public final class Ops {
    private Ops() {
    }

    public static boolean eq(Py.Obj a, Py.Obj b) {
        return eq(a, b, 0);
    }

    /** {@code a == b} inside a container: identity first, as PyObject_RichCompareBool does. */
    static boolean itemEq(Py.Obj a, Py.Obj b, int depth) {
        return a == b || eq(a, b, depth + 1);
    }

    static boolean eq(Py.Obj a, Py.Obj b, int depth) {
        if (depth > Repr.MAX_DEPTH) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        if (isNumber(a) && isNumber(b)) {
            Integer c = compareNumbers(a, b);
            return c != null && c == 0;
        }
        if (a instanceof Py.Str x && b instanceof Py.Str y) {
            return x.value.equals(y.value);
        }
        if (a instanceof Py.PyList x && b instanceof Py.PyList y) {
            return seqEq(x.items, y.items, depth);
        }
        if (a instanceof Py.PyTuple x && b instanceof Py.PyTuple y) {
            return seqEq(x.items, y.items, depth);
        }
        if (a instanceof Py.Range x && b instanceof Py.Range y) {
            long n = x.length();
            return n == y.length() && (n == 0 || x.start == y.start && (n == 1 || x.step == y.step));
        }
        if (a instanceof Py.PyDict x && b instanceof Py.PyDict y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Py.Entry e : x.entryList()) {
                Py.Entry other = y.entries.get(new Py.Key(e.key, hash(e.key)));
                if (other == null || !itemEq(e.value, other.value, depth)) {
                    return false;
                }
            }
            return true;
        }
        return a == b;
    }

    private static boolean seqEq(List<Py.Obj> x, List<Py.Obj> y, int depth) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size() && i < y.size(); i++) {
            if (!itemEq(x.get(i), y.get(i), depth)) {
                return false;
            }
        }
        return x.size() == y.size();
    }

    static boolean isNumber(Py.Obj o) {
        return o instanceof Py.Int || o instanceof Py.Float;
    }

    /** -1, 0, 1, or null when unordered (NaN). */
    static Integer compareNumbers(Py.Obj a, Py.Obj b) {
        if (a instanceof Py.Int x && b instanceof Py.Int y) {
            return x.value.compareTo(y.value);
        }
        double da = a instanceof Py.Float f ? f.value : Double.NaN;
        double db = b instanceof Py.Float f ? f.value : Double.NaN;
        if (a instanceof Py.Float && b instanceof Py.Float) {
            return Double.isNaN(da) || Double.isNaN(db) ? null : Double.compare(da == 0 ? 0.0 : da, db == 0 ? 0.0 : db);
        }
        // int vs float, exactly
        BigInteger i = a instanceof Py.Int x ? x.value : ((Py.Int) b).value;
        double d = a instanceof Py.Float ? da : db;
        if (Double.isNaN(d)) {
            return null;
        }
        int c;
        if (Double.isInfinite(d)) {
            c = d > 0 ? -1 : 1;
        } else {
            c = new BigDecimal(i).compareTo(new BigDecimal(d));
        }
        return a instanceof Py.Int ? c : -c;
    }

    /** {@code a < b} and friends: op is one of {@code < <= > >=}. */
    public static boolean order(String op, Py.Obj a, Py.Obj b) {
        return order(op, a, b, 0);
    }

    private static boolean order(String op, Py.Obj a, Py.Obj b, int depth) {
        if (depth > Repr.MAX_DEPTH) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        Integer c;
        if (isNumber(a) && isNumber(b)) {
            c = compareNumbers(a, b);
            if (c == null) {
                return false;
            }
        } else if (a instanceof Py.Str x && b instanceof Py.Str y) {
            c = compareCodePoints(x.value, y.value);
        } else if (a instanceof Py.PyList x && b instanceof Py.PyList y) {
            return seqOrder(op, x.items, y.items, depth);
        } else if (a instanceof Py.PyTuple x && b instanceof Py.PyTuple y) {
            return seqOrder(op, x.items, y.items, depth);
        } else {
            throw PyError.type("'" + op + "' not supported between instances of '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean seqOrder(String op, List<Py.Obj> x, List<Py.Obj> y, int depth) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            if (!itemEq(x.get(i), y.get(i), depth)) {
                return order(op, x.get(i), y.get(i), depth + 1);
            }
        }
        int c = Integer.compare(x.size(), y.size());
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A hash consistent with {@link #eq}; TypeError for lists and dicts. */
    static int hash(Py.Obj o) {
        if (o instanceof Py.Int i) {
            return i.value.hashCode();
        }
        if (o instanceof Py.Float f) {
            double d = f.value;
            if (!Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d)) {
                return new BigDecimal(d).toBigInteger().hashCode();
            }
            return Double.hashCode(d);
        }
        if (o instanceof Py.Str s) {
            return s.value.hashCode();
        }
        if (o instanceof Py.None) {
            return 0x5eed;
        }
        if (o instanceof Py.Range r) {
            long n = r.length();
            return Long.hashCode(n * 31 + (n == 0 ? 0 : r.start) * 17 + (n <= 1 ? 0 : r.step));
        }
        if (o instanceof Py.PyTuple t) {
            int h = 0x345678;
            for (Py.Obj item : t.items) {
                h = h * 1_000_003 ^ hash(item);
            }
            return h;
        }
        if (o instanceof Py.PyList || o instanceof Py.PyDict || o instanceof Py.DictView) {
            throw PyError.type("unhashable type: '" + o.typeName() + "'");
        }
        return System.identityHashCode(o);
    }

    static Py.Key key(Py.Obj o) {
        return new Py.Key(o, hash(o));
    }

    public static boolean truth(Py.Obj o) {
        if (o instanceof Py.Bool b) {
            return b.flag;
        }
        if (o instanceof Py.Int i) {
            return i.value.signum() != 0;
        }
        if (o instanceof Py.Float f) {
            return f.value != 0;
        }
        if (o instanceof Py.Str s) {
            return !s.value.isEmpty();
        }
        if (o instanceof Py.None) {
            return false;
        }
        if (o instanceof Py.HeapObj) {
            return true;
        }
        if (o instanceof Py.Container c) {
            return c.size() > 0;
        }
        if (o instanceof Py.DictView v) {
            return v.dict.size() > 0;
        }
        return true;
    }
}
