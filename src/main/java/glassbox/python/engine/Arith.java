package glassbox.python.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators on values, with CPython's results and messages, including which operations hand back
 * an existing object ({@code t + ()}, {@code t * 1}, {@code s + ""}) instead of a new one.
 */
final class Arith {
    private final Heap heap;

    Arith(Heap heap) {
        this.heap = heap;
    }

    Py.Obj binary(String op, Py.Obj a, Py.Obj b, boolean inPlace) {
        String shown = inPlace ? op + "=" : op;
        switch (op) {
            case "+" -> {
                if (Ops.isNumber(a) && Ops.isNumber(b)) {
                    return number(op, a, b);
                }
                if (a instanceof Py.Str x) {
                    if (!(b instanceof Py.Str y)) {
                        throw concatError("str", b);
                    }
                    if (x.value.isEmpty()) {
                        return y;
                    }
                    if (y.value.isEmpty()) {
                        return x;
                    }
                    heap.checkLength((long) x.value.length() + y.value.length());
                    return heap.str(x.value + y.value);
                }
                if (a instanceof Py.PyList x) {
                    if (!(b instanceof Py.PyList y)) {
                        throw concatError("list", b);
                    }
                    heap.checkLength((long) x.items.size() + y.items.size());
                    List<Py.Obj> all = new ArrayList<>(x.items);
                    all.addAll(y.items);
                    return heap.list(all);
                }
                if (a instanceof Py.PyTuple x) {
                    if (!(b instanceof Py.PyTuple y)) {
                        throw concatError("tuple", b);
                    }
                    if (y.items.isEmpty()) {
                        return x;
                    }
                    if (x.items.isEmpty()) {
                        return y;
                    }
                    heap.checkLength((long) x.items.size() + y.items.size());
                    List<Py.Obj> all = new ArrayList<>(x.items);
                    all.addAll(y.items);
                    return heap.tuple(all);
                }
                throw unsupported(shown, a, b);
            }
            case "*" -> {
                if (Ops.isNumber(a) && Ops.isNumber(b)) {
                    return number(op, a, b);
                }
                if (isSequence(a)) {
                    return repeat(a, b);
                }
                if (isSequence(b)) {
                    return repeat(b, a);
                }
                throw unsupported(shown, a, b);
            }
            case "-", "/", "//", "%", "**" -> {
                if (Ops.isNumber(a) && Ops.isNumber(b)) {
                    return number(op, a, b);
                }
                if (op.equals("%") && a instanceof Py.Str) {
                    throw ScriptProblemAtRuntime.of("string formatting with %");
                }
                throw unsupported(shown, a, b);
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    private static PyError concatError(String type, Py.Obj b) {
        return PyError.type("can only concatenate " + type + " (not \"" + b.typeName() + "\") to " + type);
    }

    static PyError unsupported(String op, Py.Obj a, Py.Obj b) {
        return PyError.type("unsupported operand type(s) for " + op + ": '" + a.typeName() + "' and '" + b.typeName() + "'");
    }

    static boolean isSequence(Py.Obj o) {
        return o instanceof Py.Str || o instanceof Py.PyList || o instanceof Py.PyTuple;
    }

    private Py.Obj repeat(Py.Obj seq, Py.Obj count) {
        if (!(count instanceof Py.Int c)) {
            throw PyError.type("can't multiply sequence by non-int of type '" + count.typeName() + "'");
        }
        long n = c.value.signum() <= 0 ? 0 : c.value.bitLength() > 40 ? Long.MAX_VALUE : c.value.longValue();
        if (seq instanceof Py.Str s) {
            if (n == 1) {
                return s;
            }
            long len = s.value.length() * n;
            if (n > 0 && len / n != s.value.length() || len < 0) {
                len = Long.MAX_VALUE;
            }
            heap.checkLength(s.value.isEmpty() ? 0 : len);
            return heap.str(n == 0 ? "" : s.value.repeat((int) n));
        }
        List<Py.Obj> items = seq instanceof Py.PyList l ? l.items : ((Py.PyTuple) seq).items;
        if (seq instanceof Py.PyTuple t && (n == 1 || t.items.isEmpty())) {
            return t;
        }
        long total = items.isEmpty() ? 0 : (n > Integer.MAX_VALUE ? Long.MAX_VALUE : items.size() * n);
        heap.checkLength(total);
        List<Py.Obj> out = new ArrayList<>((int) total);
        for (long i = 0; i < n && !items.isEmpty(); i++) {
            out.addAll(items);
        }
        return seq instanceof Py.PyList ? heap.list(out) : heap.tuple(out);
    }

    /** The in-place form {@code a op= b}: lists extend / repeat in place, everything else rebinds. */
    Py.Obj inPlace(String op, Py.Obj a, Py.Obj b, Interpreter in) {
        if (a instanceof Py.PyList l) {
            if (op.equals("+")) {
                in.extend(l, b);
                return l;
            }
            if (op.equals("*")) {
                if (!(b instanceof Py.Int c)) {
                    throw PyError.type("can't multiply sequence by non-int of type '" + b.typeName() + "'");
                }
                in.repeatInPlace(l, c);
                return l;
            }
        }
        return binary(op, a, b, true);
    }

    private Py.Obj number(String op, Py.Obj a, Py.Obj b) {
        if (a instanceof Py.Int x && b instanceof Py.Int y) {
            return intOp(op, x.value, y.value);
        }
        double x = toDouble(a);
        double y = toDouble(b);
        switch (op) {
            case "+" -> {
                return new Py.Float(x + y);
            }
            case "-" -> {
                return new Py.Float(x - y);
            }
            case "*" -> {
                return new Py.Float(x * y);
            }
            case "/" -> {
                if (y == 0) {
                    throw new PyError("ZeroDivisionError", "float division by zero");
                }
                return new Py.Float(x / y);
            }
            case "//", "%" -> {
                if (y == 0) {
                    throw new PyError("ZeroDivisionError", op.equals("%") ? "float modulo" : "float floor division by zero");
                }
                double mod = x % y;
                double div = (x - mod) / y;
                if (mod != 0) {
                    if ((y < 0) != (mod < 0)) {
                        mod += y;
                        div -= 1.0;
                    }
                } else {
                    mod = Math.copySign(0.0, y);
                }
                double floordiv;
                if (div != 0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) {
                        floordiv += 1.0;
                    }
                } else {
                    floordiv = Math.copySign(0.0, x / y);
                }
                return new Py.Float(op.equals("%") ? mod : floordiv);
            }
            default -> {
                if (x == 0 && y < 0) {
                    throw new PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.rint(y)) {
                    throw ScriptProblemAtRuntime.of("complex numbers (a negative number to a fractional power)");
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw new PyError("OverflowError", "(34, 'Numerical result out of range')");
                }
                return new Py.Float(r);
            }
        }
    }

    private Py.Obj intOp(String op, BigInteger x, BigInteger y) {
        switch (op) {
            case "+" -> {
                return heap.integer(x.add(y));
            }
            case "-" -> {
                return heap.integer(x.subtract(y));
            }
            case "*" -> {
                if ((long) x.bitLength() + y.bitLength() > heap.limits().maxIntBits() + 1L) {
                    throw new LimitExceeded("an int would have more than " + heap.limits().maxIntBits() + " bits (the safety cap)");
                }
                return heap.integer(x.multiply(y));
            }
            case "/" -> {
                if (y.signum() == 0) {
                    throw new PyError("ZeroDivisionError", "division by zero");
                }
                return new Py.Float(trueDivide(x, y));
            }
            case "//", "%" -> {
                if (y.signum() == 0) {
                    throw new PyError("ZeroDivisionError", op.equals("%") ? "integer modulo by zero"
                            : "integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                BigInteger r = qr[1];
                if (r.signum() != 0 && r.signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    r = r.add(y);
                }
                return heap.integer(op.equals("%") ? r : q);
            }
            default -> {
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw new PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                    }
                    return new Py.Float(Math.pow(toDouble(Py.Int.of(x)), y.doubleValue()));
                }
                if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                    int small = y.signum() == 0 ? 0 : y.testBit(0) ? 1 : 2;
                    return heap.integer(x.pow(small));
                }
                if (y.bitLength() > 31 || (long) x.bitLength() * y.longValue() > heap.limits().maxIntBits()) {
                    throw new LimitExceeded("an int would have more than " + heap.limits().maxIntBits() + " bits (the safety cap)");
                }
                return heap.integer(x.pow(y.intValue()));
            }
        }
    }

    private static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() < 53 && y.bitLength() < 53) {
            return x.doubleValue() / y.doubleValue();
        }
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyError("OverflowError", "integer division result too large for a float");
        }
        return d;
    }

    static double toDouble(Py.Obj o) {
        if (o instanceof Py.Float f) {
            return f.value;
        }
        BigInteger v = ((Py.Int) o).value;
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyError("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    Py.Obj unary(String op, Py.Obj a) {
        switch (op) {
            case "not" -> {
                return Py.Bool.of(!Ops.truth(a));
            }
            case "-" -> {
                if (a instanceof Py.Int i) {
                    return heap.integer(i.value.negate());
                }
                if (a instanceof Py.Float f) {
                    return new Py.Float(-f.value);
                }
                throw PyError.type("bad operand type for unary -: '" + a.typeName() + "'");
            }
            default -> {
                if (a instanceof Py.Bool b) {
                    return Py.Int.of(b.value);
                }
                if (a instanceof Py.Int || a instanceof Py.Float) {
                    return a;
                }
                throw PyError.type("bad operand type for unary +: '" + a.typeName() + "'");
            }
        }
    }

    /** {@code item in container}. */
    static boolean contains(Py.Obj container, Py.Obj item) {
        if (container instanceof Generator g) {
            for (Py.Obj o : g.drainAll()) {
                if (o == item || Ops.eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Py.PyList l) {
            return containsItem(new ArrayList<>(l.items), item);
        }
        if (container instanceof Py.PyTuple t) {
            return containsItem(t.items, item);
        }
        if (container instanceof Py.Str s) {
            if (!(item instanceof Py.Str x)) {
                throw PyError.type("'in <string>' requires string as left operand, not " + item.typeName());
            }
            return s.value.contains(x.value);
        }
        if (container instanceof Py.PyDict d) {
            return d.entries.containsKey(Ops.key(item));
        }
        if (container instanceof Py.DictView v) {
            if (v.kind.equals("keys")) {
                return v.dict.entries.containsKey(Ops.key(item));
            }
            List<Py.Obj> all = new ArrayList<>();
            for (Py.Entry e : v.dict.entryList()) {
                all.add(v.kind.equals("values") ? e.value : new Py.PyTuple(0, List.of(e.key, e.value)));
            }
            return containsItem(all, item);
        }
        if (container instanceof Py.Range r) {
            if (item instanceof Py.Int i && !(item instanceof Py.Bool) && i.value.bitLength() < 63) {
                long x = i.value.longValue();
                long k = r.step > 0 ? x - r.start : r.start - x;
                long s = Math.abs(r.step);
                return k >= 0 && k % s == 0 && k / s < r.length();
            }
            throw ScriptProblemAtRuntime.of("'in' on a range with a non-int");
        }
        throw PyError.type("argument of type '" + container.typeName() + "' is not iterable");
    }

    private static boolean containsItem(List<Py.Obj> items, Py.Obj item) {
        for (Py.Obj o : items) {
            if (o == item || Ops.eq(o, item)) {
                return true;
            }
        }
        return false;
    }

    /** The items a for-loop over {@code o} would see (list(o)). */
    List<Py.Obj> iterate(Py.Obj o) {
        if (o instanceof Generator g) {
            return g.drainAll();
        }
        if (o instanceof Py.PyList l) {
            return new ArrayList<>(l.items);
        }
        if (o instanceof Py.PyTuple t) {
            return t.items;
        }
        if (o instanceof Py.Str s) {
            List<Py.Obj> out = new ArrayList<>();
            s.value.codePoints().forEach(c -> out.add(Py.Str.of(new String(Character.toChars(c)))));
            return out;
        }
        if (o instanceof Py.PyDict d) {
            List<Py.Obj> out = new ArrayList<>();
            d.entryList().forEach(e -> out.add(e.key));
            return out;
        }
        if (o instanceof Py.DictView v) {
            List<Py.Obj> out = new ArrayList<>();
            for (Py.Entry e : v.dict.entryList()) {
                switch (v.kind) {
                    case "keys" -> out.add(e.key);
                    case "values" -> out.add(e.value);
                    default -> out.add(heap.tuple(List.of(e.key, e.value)));
                }
            }
            return out;
        }
        if (o instanceof Py.Range r) {
            long n = r.length();
            heap.checkLength(n);
            List<Py.Obj> out = new ArrayList<>((int) n);
            for (long i = 0; i < n; i++) {
                out.add(Py.Int.of(r.start + i * r.step));
            }
            return out;
        }
        throw PyError.type("'" + o.typeName() + "' object is not iterable");
    }
}
