package glassbox.python.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * CPython 3.11's {@code repr()} and {@code str()}: shortest round-trip floats ({@code 1e+16},
 * {@code 0.1}), quote choice and escapes for strings, {@code (1,)}, and {@code [...]} /
 * {@code {...}} / {@code (...)} for containers that contain themselves.
 */
public final class Repr {
    /** Deeper nesting than this raises RecursionError, as CPython's recursion limit does. */
    static final int MAX_DEPTH = 990;

    private final Map<Py.Obj, Boolean> active = new IdentityHashMap<>();
    private final StringBuilder sb = new StringBuilder();
    private int depth;

    private Repr() {
    }

    public static String repr(Py.Obj o) {
        Repr r = new Repr();
        r.append(o);
        return r.sb.toString();
    }

    public static String str(Py.Obj o) {
        if (o instanceof Py.Str s) {
            return s.value;
        }
        if (o instanceof Py.Instance i) {
            return i.owner.strOf(i);
        }
        return repr(o);
    }

    private void append(Py.Obj o) {
        if (o instanceof Py.Bool b) {
            sb.append(b.flag ? "True" : "False");
        } else if (o instanceof Py.Int i) {
            sb.append(intRepr(i));
        } else if (o instanceof Py.Float f) {
            sb.append(floatRepr(f.value));
        } else if (o instanceof Py.Str s) {
            sb.append(strRepr(s.value));
        } else if (o instanceof Py.None) {
            sb.append("None");
        } else if (o instanceof Py.PyList l) {
            sequence(l, l.items, "[", "]", false);
        } else if (o instanceof Py.PyTuple t) {
            sequence(t, t.items, "(", ")", t.items.size() == 1);
        } else if (o instanceof Py.PyDict d) {
            dict(d);
        } else if (o instanceof Py.DictView v) {
            view(v);
        } else if (o instanceof Py.Range r) {
            sb.append("range(").append(r.start).append(", ").append(r.stop);
            if (r.step != 1) {
                sb.append(", ").append(r.step);
            }
            sb.append(')');
        } else if (o instanceof Py.Instance i) {
            enter();
            sb.append(i.owner.reprOf(i));
            depth--;
        } else if (o instanceof Py.PyClass c) {
            sb.append(c.builtin ? "<class '" + c.name + "'>" : "<class '__main__." + c.qualname + "'>");
        } else if (o instanceof Py.Function f) {
            sb.append("<function ").append(f.qualname).append(" at 0x").append(Long.toHexString(140_000_000_000_000L + f.serial * 64L))
                    .append('>');
        } else if (o instanceof Py.BoundMethod m) {
            sb.append("<bound method ").append(m.fn.qualname).append(" of ");
            append(m.self);
            sb.append('>');
        } else if (o instanceof Generator g) {
            sb.append("<generator object ").append(g.frame.fn.qualname).append(" at 0x")
                    .append(Long.toHexString(140_000_000_000_000L + g.serial * 64L)).append('>');
        } else if (o instanceof Py.Opaque op) {
            sb.append('<').append(op.type).append(" object>");
        } else if (o instanceof Py.Module m) {
            sb.append("<module '").append(m.name).append("' from '/usr/lib/python3.11/").append(m.name).append(".py'>");
        } else if (o instanceof Py.Builtin b) {
            sb.append(b.isType ? "<class '" + b.name + "'>" : b.name.startsWith("copy.")
                    ? "<function " + b.name.substring(5) + ">" : "<built-in function " + b.name + ">");
        } else if (o instanceof Py.Method m) {
            sb.append("<built-in method ").append(m.name).append(" of ").append(m.self.typeName()).append(" object>");
        } else {
            sb.append('<').append(o.typeName()).append(" object>");
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
    }

    private void sequence(Py.Obj self, java.util.List<Py.Obj> items, String open, String close, boolean oneTuple) {
        if (active.containsKey(self)) {
            sb.append(open).append("...").append(close);
            return;
        }
        if (items.isEmpty()) {
            sb.append(open).append(close);
            return;
        }
        enter();
        active.put(self, true);
        sb.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            append(items.get(i));
        }
        if (oneTuple) {
            sb.append(',');
        }
        sb.append(close);
        active.remove(self);
        depth--;
    }

    private void dict(Py.PyDict d) {
        if (active.containsKey(d)) {
            sb.append("{...}");
            return;
        }
        if (d.entries.isEmpty()) {
            sb.append("{}");
            return;
        }
        enter();
        active.put(d, true);
        sb.append('{');
        boolean first = true;
        for (Py.Entry e : d.entryList()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            append(e.key);
            sb.append(": ");
            append(e.value);
        }
        sb.append('}');
        active.remove(d);
        depth--;
    }

    private void view(Py.DictView v) {
        sb.append(v.typeName()).append("([");
        boolean first = true;
        for (Py.Entry e : v.dict.entryList()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            switch (v.kind) {
                case "keys" -> append(e.key);
                case "values" -> append(e.value);
                default -> {
                    sb.append('(');
                    append(e.key);
                    sb.append(", ");
                    append(e.value);
                    sb.append(')');
                }
            }
        }
        sb.append("])");
    }

    static String intRepr(Py.Int i) {
        if (i.value.bitLength() > 14_000) {
            String s = i.value.abs().toString();
            if (s.length() > 4300) {
                throw new PyError("ValueError", "Exceeds the limit (4300 digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return i.value.toString();
    }

    /** Python's float repr: the shortest digits that round-trip, fixed or exponent form. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String sign = d < 0 ? "-" : "";
        double a = Math.abs(d);
        BigDecimal exact = new BigDecimal(a);
        BigDecimal r = exact;
        for (int p = 1; p <= 17; p++) {
            r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == a) {
                break;
            }
        }
        r = r.stripTrailingZeros();
        String digits = r.unscaledValue().toString();
        int decpt = digits.length() - r.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            out.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                out.append('0');
            }
            out.append(ae);
        } else if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /** Python's str repr: single quotes unless the text has ' and no ", escapes for the rest. */
    public static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f) {
                out.appendCodePoint(c);
            } else if (printable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(q).toString();
    }

    private static boolean printable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }
}
