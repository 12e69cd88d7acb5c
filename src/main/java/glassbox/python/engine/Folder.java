package glassbox.python.engine;

import glassbox.python.engine.Ast.Expr;
import glassbox.python.engine.Ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What CPython 3.11's compiler does to constants before the module runs, because it decides
 * identity: folds constant operations ({@code -5}, {@code 2 * 3}, {@code (1, 2) + (3,)}, a tuple of
 * constants) under the same size limits, then merges equal constants of one module into one
 * object, so {@code a = (1, 2); b = (1, 2)} makes {@code a is b} true, as in CPython.
 */
final class Folder {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    /**
     * One-character identifier-like constants that CPython 3.11.7 interns to an object other than
     * its cached Latin-1 singleton (names deep-frozen stdlib modules interned first), so that
     * {@code 'hello'[0] is 'h'} is False but {@code 'xyz'[2] is 'z'} is True. Measured with
     * {@code sys.intern(c) is not c}.
     */
    static final String INTERNED_APART = "BCLST_abcdefhijklmnopqrstvwxy";

    private final Heap heap;
    private final Arith arith;
    private final Map<Object, Py.Obj> pool = new HashMap<>();

    Folder(Heap heap) {
        this.heap = heap;
        this.arith = new Arith(heap);
    }

    List<Stmt> fold(List<Stmt> program) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : program) {
            out.add(stmt(s));
        }
        return out;
    }

    /** True when {@code o} is one of the module's constants (held by the code object, as co_consts). */
    boolean isConstant(Py.Obj o) {
        for (Py.Obj v : pool.values()) {
            if (v == o) {
                return true;
            }
        }
        return false;
    }

    /** The module's one object for constant string {@code s} (keyword names use it). */
    Py.Str str(String s) {
        return (Py.Str) canonical(Py.Str.of(s));
    }

    private Stmt stmt(Stmt s) {
        if (s instanceof Ast.Assign a) {
            return new Ast.Assign(a.line(), a.endLine(), exprs(a.targets()), expr(a.value()));
        }
        if (s instanceof Ast.AugAssign a) {
            return new Ast.AugAssign(a.line(), a.endLine(), expr(a.target()), a.op(), expr(a.value()));
        }
        if (s instanceof Ast.ExprStmt e) {
            return new Ast.ExprStmt(e.line(), e.endLine(), expr(e.value()));
        }
        if (s instanceof Ast.Del d) {
            return new Ast.Del(d.line(), d.endLine(), exprs(d.targets()));
        }
        if (s instanceof Ast.If i) {
            return new Ast.If(i.line(), i.endLine(), expr(i.test()), fold(i.body()), fold(i.orElse()));
        }
        if (s instanceof Ast.While w) {
            return new Ast.While(w.line(), w.endLine(), expr(w.test()), fold(w.body()), fold(w.orElse()));
        }
        if (s instanceof Ast.For f) {
            return new Ast.For(f.line(), f.endLine(), expr(f.target()), expr(f.iter()), fold(f.body()), fold(f.orElse()));
        }
        if (s instanceof Ast.Return r) {
            return new Ast.Return(r.line(), r.endLine(), opt(r.value()));
        }
        if (s instanceof Ast.Raise r) {
            return new Ast.Raise(r.line(), r.endLine(), opt(r.exc()));
        }
        if (s instanceof Ast.FunctionDef f) {
            return new Ast.FunctionDef(f.line(), f.endLine(), f.name(), f.params(), exprs(f.defaults()), fold(f.body()),
                    f.generator(), f.locals());
        }
        if (s instanceof Ast.ClassDef c) {
            return new Ast.ClassDef(c.line(), c.endLine(), c.name(), opt(c.base()), fold(c.body()));
        }
        if (s instanceof Ast.With w) {
            List<Ast.WithItem> items = new ArrayList<>();
            w.items().forEach(i -> items.add(new Ast.WithItem(expr(i.context()), opt(i.target()))));
            return new Ast.With(w.line(), w.endLine(), items, fold(w.body()));
        }
        if (s instanceof Ast.Try t) {
            List<Ast.Handler> hs = new ArrayList<>();
            t.handlers().forEach(h -> hs.add(new Ast.Handler(h.line(), opt(h.type()), h.name(), fold(h.body()))));
            return new Ast.Try(t.line(), t.endLine(), fold(t.body()), hs, fold(t.orElse()), fold(t.finalBody()));
        }
        return s;
    }

    private List<Expr> exprs(List<Expr> es) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : es) {
            out.add(expr(e));
        }
        return out;
    }

    private Expr expr(Expr e) {
        if (e instanceof Ast.Const c) {
            return new Ast.Const(c.line(), canonical(c.value()));
        }
        if (e instanceof Ast.TupleExpr t) {
            List<Expr> items = exprs(t.items());
            if (items.stream().allMatch(i -> i instanceof Ast.Const)) {
                List<Py.Obj> values = new ArrayList<>();
                items.forEach(i -> values.add(((Ast.Const) i).value()));
                return new Ast.Const(t.line(), canonical(heap.tuple(values)));
            }
            return new Ast.TupleExpr(t.line(), items);
        }
        if (e instanceof Ast.ListExpr l) {
            return new Ast.ListExpr(l.line(), exprs(l.items()));
        }
        if (e instanceof Ast.DictExpr d) {
            return new Ast.DictExpr(d.line(), exprs(d.keys()), exprs(d.values()));
        }
        if (e instanceof Ast.UnaryOp u) {
            Expr operand = expr(u.operand());
            if (operand instanceof Ast.Const c) {
                try {
                    return new Ast.Const(u.line(), canonical(arith.unary(u.op(), c.value())));
                } catch (PyError | LimitExceeded | ScriptProblem notFolded) {
                    // left for run time, as CPython does
                }
            }
            return new Ast.UnaryOp(u.line(), u.op(), operand);
        }
        if (e instanceof Ast.BinOp b) {
            Expr l = expr(b.left());
            Expr r = expr(b.right());
            if (l instanceof Ast.Const lc && r instanceof Ast.Const rc && safe(b.op(), lc.value(), rc.value())) {
                try {
                    return new Ast.Const(b.line(), canonical(arith.binary(b.op(), lc.value(), rc.value(), false)));
                } catch (PyError | LimitExceeded | ScriptProblem notFolded) {
                    // left for run time
                }
            }
            return new Ast.BinOp(b.line(), b.op(), l, r);
        }
        if (e instanceof Ast.Subscript s) {
            Expr v = expr(s.value());
            Expr i = expr(s.index());
            if (v instanceof Ast.Const vc && i instanceof Ast.Const ic && !(vc.value() instanceof Py.PyList)) {
                try {
                    return new Ast.Const(s.line(), canonical(Interpreter.constantIndex(vc.value(), ic.value())));
                } catch (PyError | LimitExceeded | ScriptProblem notFolded) {
                    // left for run time
                }
            }
            return new Ast.Subscript(s.line(), v, i);
        }
        if (e instanceof Ast.Slice s) {
            return new Ast.Slice(s.line(), opt(s.lower()), opt(s.upper()), opt(s.step()));
        }
        if (e instanceof Ast.BoolOp b) {
            return new Ast.BoolOp(b.line(), b.op(), exprs(b.values()));
        }
        if (e instanceof Ast.Compare c) {
            return new Ast.Compare(c.line(), expr(c.left()), c.ops(), exprs(c.rights()));
        }
        if (e instanceof Ast.IfExp i) {
            return new Ast.IfExp(i.line(), expr(i.test()), expr(i.body()), expr(i.orElse()));
        }
        if (e instanceof Ast.Attribute a) {
            return new Ast.Attribute(a.line(), expr(a.value()), a.name());
        }
        if (e instanceof Ast.Yield y) {
            return new Ast.Yield(y.line(), opt(y.value()));
        }
        if (e instanceof Ast.Call c) {
            List<Ast.Keyword> kws = new ArrayList<>();
            c.keywords().forEach(k -> kws.add(new Ast.Keyword(k.name(), expr(k.value()))));
            return new Ast.Call(c.line(), expr(c.func()), exprs(c.args()), kws);
        }
        return e;
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    /** CPython's safe_multiply / safe_power / safe_mod limits. */
    private static boolean safe(String op, Py.Obj v, Py.Obj w) {
        switch (op) {
            case "*" -> {
                if (v instanceof Py.Int a && w instanceof Py.Int b) {
                    if (a.value.signum() == 0 || b.value.signum() == 0) {
                        return true;
                    }
                    int vb = a.value.abs().bitLength();
                    int wb = b.value.abs().bitLength();
                    return vb <= MAX_INT_SIZE && wb <= MAX_INT_SIZE && vb + wb <= MAX_INT_SIZE;
                }
                if (v instanceof Py.Int n && (w instanceof Py.PyTuple || w instanceof Py.Str)) {
                    int size = w instanceof Py.PyTuple t ? t.items.size() : ((Py.Str) w).length();
                    if (size == 0) {
                        return true;
                    }
                    if (n.value.signum() < 0 || n.value.bitLength() > 31) {
                        return false;
                    }
                    int max = w instanceof Py.PyTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
                    return n.value.intValue() <= max / size;
                }
                if (w instanceof Py.Int && (v instanceof Py.PyTuple || v instanceof Py.Str)) {
                    return safe(op, w, v);
                }
                return true;
            }
            case "**" -> {
                if (v instanceof Py.Int a && w instanceof Py.Int b && a.value.signum() != 0 && b.value.signum() > 0) {
                    long vb = a.value.abs().bitLength();
                    return b.value.bitLength() < 31 && vb <= MAX_INT_SIZE / b.value.longValue();
                }
                return true;
            }
            case "%" -> {
                return !(v instanceof Py.Str);
            }
            default -> {
                return true;
            }
        }
    }

    private Py.Obj canonical(Py.Obj o) {
        Object key = key(o);
        if (key == null) {
            return o;
        }
        Py.Obj known = pool.get(key);
        if (known != null) {
            return known;
        }
        if (o instanceof Py.Str s && s.value.length() == 1 && INTERNED_APART.indexOf(s.value.charAt(0)) >= 0) {
            o = Py.Str.fresh(s.value);
        }
        if (o instanceof Py.PyTuple t && !t.items.isEmpty()) {
            List<Py.Obj> items = new ArrayList<>();
            boolean same = true;
            for (Py.Obj i : t.items) {
                Py.Obj c = canonical(i);
                same &= c == i;
                items.add(c);
            }
            if (!same) {
                o = heap.tuple(items);
            }
        }
        pool.put(key, o);
        return o;
    }

    private static Object key(Py.Obj o) {
        if (o instanceof Py.Bool b) {
            return List.of("bool", b.flag);
        }
        if (o instanceof Py.Int i) {
            return List.of("int", i.value);
        }
        if (o instanceof Py.Float f) {
            return List.of("float", Double.doubleToRawLongBits(f.value));
        }
        if (o instanceof Py.Str s) {
            return List.of("str", s.value);
        }
        if (o instanceof Py.None) {
            return List.of("none");
        }
        if (o instanceof Py.PyTuple t) {
            List<Object> parts = new ArrayList<>();
            parts.add("tuple");
            for (Py.Obj i : t.items) {
                Object k = key(i);
                if (k == null) {
                    return null;
                }
                parts.add(k);
            }
            return parts;
        }
        return null;
    }
}
