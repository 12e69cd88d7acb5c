package glassbox.python.engine;

import glassbox.python.engine.Ast.Expr;
import glassbox.python.engine.Ast.Stmt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in functions, the {@code copy} module, and the methods of list, tuple and dict the
 * subset supports. Real Python names outside the subset (open, range, str.upper, …) are refused as
 * "not supported" rather than misreported, and nothing here touches files, network or reflection.
 */
final class Builtins {
    private static final Set<String> SUPPORTED = Set.of("print", "len", "id", "list", "tuple", "dict", "str", "repr",
            "int", "float", "bool", "type", "abs", "sorted", "min", "max", "sum", "isinstance", "range", "next", "super");
    /** The built-in exception classes the subset knows, each with its base. */
    private static final String[][] EXCEPTIONS = {
        {"BaseException", null}, {"Exception", "BaseException"}, {"ArithmeticError", "Exception"},
        {"ZeroDivisionError", "ArithmeticError"}, {"OverflowError", "ArithmeticError"}, {"LookupError", "Exception"},
        {"IndexError", "LookupError"}, {"KeyError", "LookupError"}, {"ValueError", "Exception"},
        {"TypeError", "Exception"}, {"AttributeError", "Exception"}, {"NameError", "Exception"},
        {"UnboundLocalError", "NameError"}, {"StopIteration", "Exception"}, {"RuntimeError", "Exception"},
        {"RecursionError", "RuntimeError"}, {"NotImplementedError", "RuntimeError"}};
    /** Special methods a script may name as attributes (the rest of __dunder__ access is refused). */
    private static final Set<String> ALLOWED_DUNDERS = Set.of("__init__", "__enter__", "__exit__", "__repr__", "__str__",
            "__name__");
    private static final Set<String> TYPES = Set.of("list", "tuple", "dict", "str", "int", "float", "bool", "range");
    private static final Set<String> PYTHON_BUILTINS = Set.of("abs", "aiter", "all", "anext", "any", "ascii", "bin",
            "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
            "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter",
            "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
            "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min",
            "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr", "reversed",
            "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars",
            "zip", "__import__", "__build_class__", "__name__", "__doc__", "__file__", "__builtins__", "__spec__",
            "__loader__", "__package__", "__debug__", "Ellipsis", "NotImplemented", "BaseException", "Exception",
            "ArithmeticError", "AssertionError", "AttributeError", "IndexError", "KeyError", "LookupError", "NameError",
            "OverflowError", "RecursionError", "RuntimeError", "StopIteration", "TypeError", "ValueError",
            "ZeroDivisionError", "ImportError", "ModuleNotFoundError", "OSError", "FileNotFoundError", "SystemExit");
    private static final Set<String> LIST_METHODS = Set.of("append", "extend", "insert", "pop", "remove", "copy", "clear",
            "index", "count", "reverse", "sort");
    private static final Set<String> DICT_METHODS = Set.of("copy", "update", "get", "keys", "values", "items", "pop",
            "setdefault", "clear", "popitem");
    private static final Set<String> TUPLE_METHODS = Set.of("count", "index");
    private static final Map<String, Set<String>> OTHER_REAL_ATTRIBUTES = Map.of(
            "str", Set.of("capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
                    "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
                    "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
                    "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
                    "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
                    "title", "translate", "upper", "zfill"),
            "int", Set.of("as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag",
                    "numerator", "real", "to_bytes"),
            "bool", Set.of("as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag",
                    "numerator", "real", "to_bytes"),
            "float", Set.of("as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"),
            "dict", Set.of("fromkeys"));

    private final Interpreter in;
    private final Map<String, Py.Builtin> builtins = new HashMap<>();
    private final Map<String, Py.Builtin> types = new HashMap<>();
    private final Py.Module copyModule = new Py.Module("copy");
    private final Py.Builtin copyFn = new Py.Builtin("copy.copy", false, null);
    private final Py.Builtin deepcopyFn = new Py.Builtin("copy.deepcopy", false, null);
    private final Py.Module sysModule = new Py.Module("sys");
    private final Py.Builtin getrefcountFn = new Py.Builtin("sys.getrefcount", false, null);
    private final Map<String, Py.PyClass> exceptions = new HashMap<>();
    private final Py.Opaque traceback = new Py.Opaque("traceback", null, null);

    Builtins(Interpreter in) {
        this.in = in;
        for (String n : SUPPORTED) {
            builtins.put(n, new Py.Builtin(n, TYPES.contains(n) || n.equals("type"), null));
        }
        for (String t : TYPES) {
            types.put(t, builtins.get(t));
        }
        types.put("type", builtins.get("type"));
        exceptions.put("object", new Py.PyClass(0, "object", null, true));
        for (String[] e : EXCEPTIONS) {
            exceptions.put(e[0], new Py.PyClass(0, e[0], exceptions.get(e[1] == null ? "object" : e[1]), true));
        }
    }

    /** The built-in exception class {@code name} (an unknown name gets a RuntimeError subclass). */
    Py.PyClass exceptionClass(String name) {
        return exceptions.computeIfAbsent(name, n -> new Py.PyClass(0, n, exceptions.get("Exception"), true));
    }

    Py.Opaque traceback() {
        return traceback;
    }

    Py.Module module(String name) {
        return name.equals("sys") ? sysModule : copyModule;
    }

    Py.Obj moduleFunction(String module, String name) {
        return module.equals("sys") ? getrefcountFn : copyFunction(name);
    }

    Py.Module copyModule() {
        return copyModule;
    }

    Py.Builtin copyFunction(String name) {
        return name.equals("copy") ? copyFn : deepcopyFn;
    }

    Py.Obj lookup(String name) {
        Py.PyClass exc = exceptions.get(name);
        if (exc != null) {
            return exc;
        }
        Py.Builtin b = builtins.get(name);
        if (b == null && PYTHON_BUILTINS.contains(name)) {
            throw ScriptProblemAtRuntime.of("the built-in name '" + name + "'");
        }
        return b;
    }

    /** Refuses, before running, scripts that read built-in names outside the subset (open, eval, …). */
    void checkNames(List<Stmt> program) {
        Set<String> assigned = new HashSet<>();
        collectAssigned(program, assigned);
        forEachExpr(program, e -> checkExpr(e, assigned));
    }

    private static void collectAssigned(List<Stmt> body, Set<String> out) {
        Scopes.assigned(body, out);
        for (Stmt s : body) {
            if (s instanceof Ast.FunctionDef f) {
                out.addAll(f.locals());
                collectAssigned(f.body(), out);
            } else if (s instanceof Ast.ClassDef c) {
                collectAssigned(c.body(), out);
            } else if (s instanceof Ast.If i) {
                collectAssigned(i.body(), out);
                collectAssigned(i.orElse(), out);
            } else if (s instanceof Ast.While w) {
                collectAssigned(w.body(), out);
            } else if (s instanceof Ast.For f) {
                collectAssigned(f.body(), out);
            } else if (s instanceof Ast.With w) {
                collectAssigned(w.body(), out);
            } else if (s instanceof Ast.Try t) {
                collectAssigned(t.body(), out);
                t.handlers().forEach(h -> collectAssigned(h.body(), out));
                collectAssigned(t.orElse(), out);
                collectAssigned(t.finalBody(), out);
            }
        }
    }

    /** Every expression directly in {@code body}'s statements, nested blocks included. */
    static void forEachExpr(List<Stmt> body, java.util.function.Consumer<Expr> visit) {
        for (Stmt s : body) {
            if (s instanceof Ast.Assign a) {
                visit.accept(a.value());
                a.targets().forEach(visit);
            } else if (s instanceof Ast.AugAssign a) {
                visit.accept(a.value());
                visit.accept(a.target());
            } else if (s instanceof Ast.ExprStmt e) {
                visit.accept(e.value());
            } else if (s instanceof Ast.Del d) {
                d.targets().forEach(visit);
            } else if (s instanceof Ast.If i) {
                visit.accept(i.test());
                forEachExpr(i.body(), visit);
                forEachExpr(i.orElse(), visit);
            } else if (s instanceof Ast.While w) {
                visit.accept(w.test());
                forEachExpr(w.body(), visit);
                forEachExpr(w.orElse(), visit);
            } else if (s instanceof Ast.For f) {
                visit.accept(f.target());
                visit.accept(f.iter());
                forEachExpr(f.body(), visit);
                forEachExpr(f.orElse(), visit);
            } else if (s instanceof Ast.Return r) {
                visit.accept(r.value());
            } else if (s instanceof Ast.Raise r) {
                visit.accept(r.exc());
            } else if (s instanceof Ast.FunctionDef f) {
                f.defaults().forEach(visit);
                forEachExpr(f.body(), visit);
            } else if (s instanceof Ast.ClassDef c) {
                visit.accept(c.base());
                forEachExpr(c.body(), visit);
            } else if (s instanceof Ast.With w) {
                w.items().forEach(i -> {
                    visit.accept(i.context());
                    visit.accept(i.target());
                });
                forEachExpr(w.body(), visit);
            } else if (s instanceof Ast.Try t) {
                forEachExpr(t.body(), visit);
                t.handlers().forEach(h -> {
                    visit.accept(h.type());
                    forEachExpr(h.body(), visit);
                });
                forEachExpr(t.orElse(), visit);
                forEachExpr(t.finalBody(), visit);
            }
        }
    }

    private static void collectTargets(Expr t, Set<String> out) {
        if (t instanceof Ast.Name n) {
            out.add(n.id());
        } else if (t instanceof Ast.TupleExpr tu) {
            tu.items().forEach(i -> collectTargets(i, out));
        } else if (t instanceof Ast.ListExpr l) {
            l.items().forEach(i -> collectTargets(i, out));
        }
    }

    private void checkExpr(Expr e, Set<String> assigned) {
        if (e == null) {
            return;
        }
        if (e instanceof Ast.Name n) {
            if (!assigned.contains(n.id()) && PYTHON_BUILTINS.contains(n.id()) && !builtins.containsKey(n.id())
                    && !exceptions.containsKey(n.id())) {
                throw ScriptProblem.unsupported(n.line(), "the built-in name '" + n.id() + "'");
            }
        } else if (e instanceof Ast.ListExpr l) {
            l.items().forEach(i -> checkExpr(i, assigned));
        } else if (e instanceof Ast.TupleExpr t) {
            t.items().forEach(i -> checkExpr(i, assigned));
        } else if (e instanceof Ast.DictExpr d) {
            d.keys().forEach(i -> checkExpr(i, assigned));
            d.values().forEach(i -> checkExpr(i, assigned));
        } else if (e instanceof Ast.BinOp b) {
            checkExpr(b.left(), assigned);
            checkExpr(b.right(), assigned);
        } else if (e instanceof Ast.UnaryOp u) {
            checkExpr(u.operand(), assigned);
        } else if (e instanceof Ast.BoolOp b) {
            b.values().forEach(i -> checkExpr(i, assigned));
        } else if (e instanceof Ast.Compare c) {
            checkExpr(c.left(), assigned);
            c.rights().forEach(i -> checkExpr(i, assigned));
        } else if (e instanceof Ast.IfExp i) {
            checkExpr(i.test(), assigned);
            checkExpr(i.body(), assigned);
            checkExpr(i.orElse(), assigned);
        } else if (e instanceof Ast.Subscript s) {
            checkExpr(s.value(), assigned);
            checkExpr(s.index(), assigned);
        } else if (e instanceof Ast.Slice s) {
            checkExpr(s.lower(), assigned);
            checkExpr(s.upper(), assigned);
            checkExpr(s.step(), assigned);
        } else if (e instanceof Ast.Attribute a) {
            checkExpr(a.value(), assigned);
            if (a.name().startsWith("__") && a.name().endsWith("__") && !ALLOWED_DUNDERS.contains(a.name())) {
                throw ScriptProblem.unsupported(a.line(), "special attributes such as " + a.name());
            }
        } else if (e instanceof Ast.Yield y) {
            checkExpr(y.value(), assigned);
        } else if (e instanceof Ast.Call c) {
            checkExpr(c.func(), assigned);
            c.args().forEach(i -> checkExpr(i, assigned));
            c.keywords().forEach(k -> checkExpr(k.value(), assigned));
        }
    }

    // ---- attributes

    void checkAttributeName(Py.Obj obj, String name) {
        if (name.startsWith("__") && name.endsWith("__") && !ALLOWED_DUNDERS.contains(name)) {
            throw ScriptProblemAtRuntime.of("special attributes such as " + name);
        }
    }

    Py.Obj attribute(Py.Obj obj, String name) {
        checkAttributeName(obj, name);
        if (name.startsWith("__") && !(obj instanceof Py.Instance || obj instanceof Py.PyClass || obj instanceof Py.Opaque
                || obj instanceof Py.Function || obj instanceof Py.Builtin b0 && b0.isType)) {
            throw ScriptProblemAtRuntime.of("special attributes such as " + name + " of a " + obj.typeName());
        }
        if (name.equals("__name__")) {
            if (obj instanceof Py.PyClass c) {
                return in.heap().str(c.name);
            }
            if (obj instanceof Py.Builtin b && b.isType) {
                return in.heap().str(b.name);
            }
            if (obj instanceof Py.Function f) {
                return in.heap().str(f.name);
            }
        }
        if (obj instanceof Py.Instance i) {
            Py.Obj v = i.attrs.get(name);
            if (v != null) {
                return v;
            }
            if (name.equals("args") && i.cls.isSubclassOf(exceptionClass("BaseException"))) {
                return in.heap().tuple(i.args);
            }
            v = i.cls.lookup(name);
            if (v instanceof Py.Function f) {
                return new Py.BoundMethod(i, f);
            }
            if (v != null) {
                return v;
            }
            if (name.equals("__init__") || name.equals("__repr__") || name.equals("__str__")) {
                throw ScriptProblemAtRuntime.of("calling the inherited object." + name + " directly");
            }
            throw new PyError("AttributeError", "'" + i.cls.name + "' object has no attribute '" + name + "'");
        }
        if (obj instanceof Py.PyClass c) {
            Py.Obj v = c.lookup(name);
            if (v != null) {
                return v;
            }
            throw new PyError("AttributeError", "type object '" + c.name + "' has no attribute '" + name + "'");
        }
        if (obj instanceof Py.Opaque sup && sup.type.equals("super")) {
            Py.Obj v = sup.start.base == null ? null : sup.start.base.lookup(name);
            if (v instanceof Py.Function f) {
                return new Py.BoundMethod(sup.self, f);
            }
            if (v != null) {
                return v;
            }
            if (name.equals("__init__") && sup.self instanceof Py.Instance self) {
                return new Py.Builtin("object.__init__", false, (args, kw) -> {
                    if (self.cls.isSubclassOf(exceptionClass("BaseException"))) {
                        self.args = List.copyOf(args);
                    } else if (!args.isEmpty()) {
                        throw PyError.type("object.__init__() takes exactly one argument (the instance to initialize)");
                    }
                    return Py.None.NONE;
                });
            }
            throw new PyError("AttributeError", "'super' object has no attribute '" + name + "'");
        }
        if (obj instanceof Py.Module m && m.name.equals("sys")) {
            if (name.equals("getrefcount")) {
                return getrefcountFn;
            }
            throw ScriptProblemAtRuntime.of("sys." + name + " (only sys.getrefcount)");
        }
        if (obj instanceof Py.Function || obj instanceof Py.BoundMethod || obj instanceof Generator) {
            throw ScriptProblemAtRuntime.of("the attribute " + obj.typeName() + "." + name);
        }
        if (obj instanceof Py.Module m) {
            if (name.equals("copy") || name.equals("deepcopy")) {
                return copyFunction(name);
            }
            if (Set.of("Error", "error", "dispatch_table", "t", "d", "weakref", "PyStringMap", "types").contains(name)) {
                throw ScriptProblemAtRuntime.of("copy." + name);
            }
            throw new PyError("AttributeError", "module '" + m.name + "' has no attribute '" + name + "'");
        }
        Set<String> methods = obj instanceof Py.PyList ? LIST_METHODS : obj instanceof Py.PyDict ? DICT_METHODS
                : obj instanceof Py.PyTuple ? TUPLE_METHODS : Set.of();
        if (methods.contains(name)) {
            return new Py.Method(obj, name);
        }
        if (obj instanceof Py.Builtin || obj instanceof Py.Method || obj instanceof Py.DictView
                || OTHER_REAL_ATTRIBUTES.getOrDefault(obj.typeName(), Set.of()).contains(name)) {
            throw ScriptProblemAtRuntime.of("the attribute " + obj.typeName() + "." + name);
        }
        throw new PyError("AttributeError", "'" + obj.typeName() + "' object has no attribute '" + name + "'");
    }

    // ---- calls

    Py.Obj call(Py.Obj f, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        if (f instanceof Py.Method m) {
            return Methods.call(in, m, args, kw);
        }
        if (!(f instanceof Py.Builtin b)) {
            throw PyError.type("'" + f.typeName() + "' object is not callable");
        }
        if (b.call != null) {
            return b.call.apply(args, kw);
        }
        if (b == copyFn || b == deepcopyFn) {
            return copyCall(b == deepcopyFn, args, kw);
        }
        if (b == getrefcountFn) {
            one("getrefcount", args);
            Py.Obj x = args.get(0);
            if (!(x instanceof Py.PyList || x instanceof Py.PyTuple || x instanceof Py.PyDict || x instanceof Py.Instance)) {
                throw ScriptProblemAtRuntime.of("sys.getrefcount of a " + x.typeName()
                        + " (only lists, tuples, dicts and instances: other counts depend on CPython's caches)");
            }
            return Py.Int.of(in.refcount(x));
        }
        if (!b.name.equals("print") && !b.name.equals("dict") && !b.name.equals("sorted") && !kw.isEmpty()) {
            if (Set.of("len", "id", "repr", "abs", "isinstance").contains(b.name)) {
                throw PyError.type(b.name + "() takes no keyword arguments");
            }
            throw ScriptProblemAtRuntime.of("keyword arguments to " + b.name + "()");
        }
        Heap heap = in.heap();
        switch (b.name) {
            case "print" -> {
                return print(args, kw);
            }
            case "len" -> {
                one(b.name, args);
                return Py.Int.of(length(args.get(0)));
            }
            case "next" -> {
                if (args.isEmpty() || args.size() > 2) {
                    throw PyError.type("next expected at least 1 argument, got " + args.size());
                }
                if (!(args.get(0) instanceof Generator g)) {
                    if (args.get(0) instanceof Py.Instance || args.get(0) instanceof Py.Container
                            || args.get(0) instanceof Py.Str) {
                        throw PyError.type("'" + args.get(0).typeName() + "' object is not an iterator");
                    }
                    throw ScriptProblemAtRuntime.of("next() on a " + args.get(0).typeName());
                }
                try {
                    return g.resume();
                } catch (PyError e) {
                    if (args.size() == 2 && e.type().equals("StopIteration") && e.instance == null) {
                        return args.get(1);
                    }
                    throw e;
                }
            }
            case "super" -> throw ScriptProblemAtRuntime.of("super() with arguments");
            case "id" -> {
                one(b.name, args);
                return heap.integer(BigInteger.valueOf(in.idOf(args.get(0))));
            }
            case "repr" -> {
                one(b.name, args);
                return heap.freshStr(Repr.repr(args.get(0)));
            }
            case "abs" -> {
                one(b.name, args);
                Py.Obj x = args.get(0);
                if (x instanceof Py.Int i) {
                    return heap.integer(i.value.abs());
                }
                if (x instanceof Py.Float fl) {
                    return new Py.Float(Math.abs(fl.value));
                }
                throw PyError.type("bad operand type for abs(): '" + x.typeName() + "'");
            }
            case "type" -> {
                if (args.size() != 1) {
                    throw ScriptProblemAtRuntime.of("type() with " + args.size() + " arguments");
                }
                return typeOf(args.get(0));
            }
            case "isinstance" -> {
                if (args.size() != 2) {
                    throw PyError.type("isinstance expected 2 arguments, got " + args.size());
                }
                return Py.Bool.of(isInstance(args.get(0), args.get(1)));
            }
            case "list", "tuple" -> {
                atMost(b.name, args, 1);
                if (args.isEmpty()) {
                    return b.name.equals("list") ? heap.list(List.of()) : Py.PyTuple.EMPTY;
                }
                Py.Obj x = args.get(0);
                if (b.name.equals("tuple") && x instanceof Py.PyTuple) {
                    return x;
                }
                List<Py.Obj> items = in.arith().iterate(x);
                Py.Obj made = b.name.equals("list") ? heap.list(items) : heap.tuple(items);
                if (x instanceof Py.Container) {
                    in.recordCopy(x, made, false, b.name + "()");
                }
                return made;
            }
            case "dict" -> {
                atMost(b.name, args, 1);
                Py.PyDict d = heap.dict();
                if (!args.isEmpty()) {
                    Methods.update(in, d, args.get(0));
                    if (args.get(0) instanceof Py.PyDict) {
                        in.recordCopy(args.get(0), d, false, "dict()");
                    }
                }
                for (Map.Entry<String, Py.Obj> e : kw.entrySet()) {
                    heap.put(d, in.folder().str(e.getKey()), e.getValue());
                }
                return d;
            }
            case "str" -> {
                atMost(b.name, args, 1);
                if (args.isEmpty()) {
                    return Py.Str.of("");
                }
                Py.Obj x = args.get(0);
                return x instanceof Py.Str ? x : heap.freshStr(Repr.str(x));
            }
            case "int" -> {
                return toInt(args);
            }
            case "float" -> {
                return toFloat(args);
            }
            case "bool" -> {
                atMost(b.name, args, 1);
                return Py.Bool.of(!args.isEmpty() && Ops.truth(args.get(0)));
            }
            case "sorted" -> {
                if (args.size() != 1) {
                    throw PyError.type("sorted expected 1 argument, got " + args.size());
                }
                Py.PyList l = heap.list(in.arith().iterate(args.get(0)));
                Methods.sort(l, kw);
                return l;
            }
            case "min", "max" -> {
                return minMax(b.name, args);
            }
            case "range" -> {
                return range(args);
            }
            case "sum" -> {
                if (args.isEmpty() || args.size() > 2) {
                    throw PyError.type(args.isEmpty() ? "sum() takes at least 1 positional argument (0 given)"
                            : "sum() takes at most 2 arguments (" + args.size() + " given)");
                }
                Py.Obj acc = args.size() == 2 ? args.get(1) : Py.Int.of(0);
                if (acc instanceof Py.Str) {
                    throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]");
                }
                for (Py.Obj o : in.arith().iterate(args.get(0))) {
                    acc = in.arith().binary("+", acc, o, false);
                }
                return acc;
            }
            default -> throw ScriptProblemAtRuntime.of("calling " + b.name + "()");
        }
    }

    private Py.Obj copyCall(boolean deep, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        String fn = deep ? "deepcopy" : "copy";
        if (!kw.isEmpty() || deep && args.size() > 1) {
            throw ScriptProblemAtRuntime.of(deep ? "the memo argument of deepcopy" : "keyword arguments to copy()");
        }
        if (args.isEmpty()) {
            throw PyError.type(fn + "() missing 1 required positional argument: 'x'");
        }
        if (args.size() > 1) {
            throw PyError.type("copy() takes 1 positional argument but " + args.size() + " were given");
        }
        return deep ? in.deepCopy(args.get(0), "copy.deepcopy") : in.shallowCopy(args.get(0), "copy.copy");
    }

    private Py.Obj print(List<Py.Obj> args, Map<String, Py.Obj> kw) {
        String sep = " ";
        String end = "\n";
        for (Map.Entry<String, Py.Obj> e : kw.entrySet()) {
            Py.Obj v = e.getValue();
            switch (e.getKey()) {
                case "sep", "end" -> {
                    String s;
                    if (v instanceof Py.None) {
                        s = e.getKey().equals("sep") ? " " : "\n";
                    } else if (v instanceof Py.Str str) {
                        s = str.value;
                    } else {
                        throw PyError.type(e.getKey() + " must be None or a string, not " + v.typeName());
                    }
                    if (e.getKey().equals("sep")) {
                        sep = s;
                    } else {
                        end = s;
                    }
                }
                case "flush" -> {
                }
                case "file" -> throw ScriptProblemAtRuntime.of("print(file=...)");
                default -> throw PyError.type("'" + e.getKey() + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Repr.str(args.get(i)));
        }
        sb.append(end);
        in.print(sb.toString());
        return Py.None.NONE;
    }

    static long length(Py.Obj x) {
        if (x instanceof Py.Str s) {
            return s.length();
        }
        if (x instanceof Py.HeapObj) {
            throw PyError.type("object of type '" + x.typeName() + "' has no len()");
        }
        if (x instanceof Py.Container c) {
            return c.size();
        }
        if (x instanceof Py.DictView v) {
            return v.dict.size();
        }
        if (x instanceof Py.Range r) {
            return r.length();
        }
        throw PyError.type("object of type '" + x.typeName() + "' has no len()");
    }

    private static void one(String name, List<Py.Obj> args) {
        if (args.size() != 1) {
            throw PyError.type(name + "() takes exactly one argument (" + args.size() + " given)");
        }
    }

    private static void atMost(String name, List<Py.Obj> args, int n) {
        if (args.size() > n) {
            throw PyError.type(name + " expected at most " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private Py.Obj typeOf(Py.Obj x) {
        if (x instanceof Py.Instance i) {
            return i.cls;
        }
        if (x instanceof Py.PyClass) {
            return types.computeIfAbsent("type", k -> new Py.Builtin(k, true, null));
        }
        String t = x.typeName();
        return types.computeIfAbsent(t, k -> new Py.Builtin(k, true, null));
    }

    private boolean isInstance(Py.Obj x, Py.Obj cls) {
        if (cls instanceof Py.PyTuple t) {
            for (Py.Obj c : t.items) {
                if (isInstance(x, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof Py.PyClass c) {
            return c == exceptions.get("object") || x instanceof Py.Instance i && i.cls.isSubclassOf(c);
        }
        if (!(cls instanceof Py.Builtin b) || !b.isType) {
            throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        String t = x.typeName();
        return t.equals(b.name) || b.name.equals("int") && t.equals("bool");
    }

    private Py.Obj toInt(List<Py.Obj> args) {
        if (args.size() > 1) {
            throw ScriptProblemAtRuntime.of("int() with a base");
        }
        if (args.isEmpty()) {
            return Py.Int.of(0);
        }
        Py.Obj x = args.get(0);
        if (x instanceof Py.Bool b) {
            return Py.Int.of(b.value);
        }
        if (x instanceof Py.Int) {
            return x;
        }
        if (x instanceof Py.Float f) {
            if (Double.isNaN(f.value)) {
                throw PyError.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(f.value)) {
                throw new PyError("OverflowError", "cannot convert float infinity to integer");
            }
            return in.heap().integer(new BigDecimal(f.value).toBigInteger());
        }
        if (x instanceof Py.Str s) {
            String t = s.value.strip().replace("_", "");
            try {
                if (t.isEmpty() || s.value.strip().startsWith("_") || s.value.contains("__") || s.value.strip().endsWith("_")) {
                    throw new NumberFormatException();
                }
                return in.heap().integer(new BigInteger(t.startsWith("+") ? t.substring(1) : t));
            } catch (NumberFormatException e) {
                throw PyError.value("invalid literal for int() with base 10: " + Repr.repr(x));
            }
        }
        throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.typeName() + "'");
    }

    private Py.Obj toFloat(List<Py.Obj> args) {
        atMost("float", args, 1);
        if (args.isEmpty()) {
            return new Py.Float(0.0);
        }
        Py.Obj x = args.get(0);
        if (x instanceof Py.Float) {
            return x;
        }
        if (x instanceof Py.Int) {
            return new Py.Float(Arith.toDouble(x));
        }
        if (x instanceof Py.Str s) {
            String t = s.value.strip().toLowerCase();
            String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            double sign = t.startsWith("-") ? -1 : 1;
            if (unsigned.equals("inf") || unsigned.equals("infinity")) {
                return new Py.Float(sign * Double.POSITIVE_INFINITY);
            }
            if (unsigned.equals("nan")) {
                return new Py.Float(Double.NaN);
            }
            if (unsigned.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && unsigned.matches(".*\\d.*")
                    && !unsigned.startsWith("e")) {
                return new Py.Float(sign * Double.parseDouble(unsigned.replace("_", "")));
            }
            throw PyError.value("could not convert string to float: " + Repr.repr(x));
        }
        throw PyError.type("float() argument must be a string or a real number, not '" + x.typeName() + "'");
    }

    private static Py.Obj range(List<Py.Obj> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw PyError.type(args.isEmpty() ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + args.size());
        }
        long[] v = new long[args.size()];
        for (int i = 0; i < v.length; i++) {
            BigInteger b = Interpreter.index(args.get(i));
            if (b.bitLength() > 62) {
                throw ScriptProblemAtRuntime.of("huge ranges");
            }
            v[i] = b.longValue();
        }
        long start = v.length == 1 ? 0 : v[0];
        long stop = v.length == 1 ? v[0] : v[1];
        long step = v.length == 3 ? v[2] : 1;
        if (step == 0) {
            throw PyError.value("range() arg 3 must not be zero");
        }
        return new Py.Range(start, stop, step);
    }

    private Py.Obj minMax(String name, List<Py.Obj> args) {
        if (args.isEmpty()) {
            throw PyError.type(name + " expected at least 1 argument, got 0");
        }
        List<Py.Obj> items = args.size() == 1 ? in.arith().iterate(args.get(0)) : args;
        if (items.isEmpty()) {
            throw PyError.value(name + "() arg is an empty sequence");
        }
        Py.Obj best = items.get(0);
        for (Py.Obj o : items.subList(1, items.size())) {
            if (name.equals("min") ? Ops.order("<", o, best) : Ops.order(">", o, best)) {
                best = o;
            }
        }
        return best;
    }

    static List<Py.Obj> unmodifiable(List<Py.Obj> l) {
        return Collections.unmodifiableList(l);
    }
}
