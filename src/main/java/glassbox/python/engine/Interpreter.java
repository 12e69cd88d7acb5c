package glassbox.python.engine;

import glassbox.python.engine.Ast.Expr;
import glassbox.python.engine.Ast.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed script statement by statement with CPython 3.11's semantics for the subset, keeping
 * module variables, the printed output and, per statement, what changed (rebinds, in-place
 * mutations, copies) so a {@link StepSink} can narrate and draw each step. A Python exception stops
 * the run at its statement and keeps the state so far.
 */
public final class Interpreter {
    private final List<Stmt> program;
    private final Heap heap;
    private final Arith arith;
    private final Folder folder;
    private final Builtins builtins;
    private final StepSink sink;
    private final CopyMode mode;
    private final boolean stepIntoDeepcopy;
    private final Map<String, Py.Obj> globals = new LinkedHashMap<>();
    private final StringBuilder output = new StringBuilder();
    private final List<Mutation> mutations = new ArrayList<>();
    private final List<String[]> rebinds = new ArrayList<>();
    private final Map<String, Py.Obj> oldValues = new LinkedHashMap<>();
    private final List<CopyRecord> copies = new ArrayList<>();
    private final List<CopyRecord> statementCopies = new ArrayList<>();
    private final Map<Py.Obj, Long> ids = new IdentityHashMap<>();
    private Deepcopy deep;
    private Stmt current;
    private int statementStartSerial;
    private String printedThisStatement = "";
    private int steps;
    private PyError error;
    private LimitExceeded limit;

    private Interpreter(List<Stmt> program, Heap heap, Folder folder, StepSink sink, CopyMode mode, boolean stepInto) {
        this.program = program;
        this.heap = heap;
        this.arith = new Arith(heap);
        this.folder = folder;
        this.builtins = new Builtins(this);
        this.sink = sink;
        this.mode = mode;
        this.stepIntoDeepcopy = stepInto;
    }

    /**
     * Parses and prepares {@code source}; throws {@link ScriptProblem} when it is not valid Python or
     * uses something outside the subset.
     */
    public static Interpreter prepare(String source, Limits limits, StepSink sink, CopyMode mode, boolean stepInto) {
        List<Stmt> parsed;
        try {
            parsed = Parser.parse(source);
        } catch (StackOverflowError deep) {
            throw new ScriptProblem(ScriptProblem.Kind.SYNTAX, 1, "too many nested parentheses or operators");
        }
        Heap heap = new Heap(limits);
        Folder folder = new Folder(heap);
        List<Stmt> folded = folder.fold(parsed);
        Interpreter in = new Interpreter(folded, heap, folder, sink, mode, stepInto);
        in.builtins.checkNames(folded);
        return in;
    }

    /** Runs to the end or to the first error; returns true when the script ran to its end. */
    public boolean run() {
        try {
            emit(StepKind.START, null, null);
            for (Stmt s : program) {
                beginStatement(s);
                exec(s);
                emit(StepKind.STATEMENT, null, null);
            }
            current = null;
            return true;
        } catch (PyError e) {
            error = e.at(current == null ? 0 : current.line());
        } catch (LimitExceeded e) {
            limit = e;
        } catch (ScriptProblem p) {
            throw p.line() == 0 && current != null ? new ScriptProblem(p.kind(), current.line(), p.getMessage()) : p;
        } catch (StackOverflowError e) {
            error = new PyError("RecursionError", "maximum recursion depth exceeded").at(current == null ? 0 : current.line());
        }
        deep = null;
        steps++;
        sink.step(this, StepKind.ERROR, null, null);
        return false;
    }

    private void beginStatement(Stmt s) {
        current = s;
        mutations.clear();
        rebinds.clear();
        oldValues.clear();
        statementCopies.clear();
        printedThisStatement = "";
        statementStartSerial = heap.nextSerial();
    }

    void emit(StepKind kind, Py.Obj source, Py.Obj copy) {
        if (++steps > heap.limits().maxSteps()) {
            throw new LimitExceeded("the run needs more than " + heap.limits().maxSteps() + " steps (the safety cap)");
        }
        sink.step(this, kind, source, copy);
    }

    // ---- read-only view for sinks and the CLI

    /** Module variables in definition order (includes imported names). */
    public Map<String, Py.Obj> globals() {
        return Collections.unmodifiableMap(globals);
    }

    /** Everything print() wrote so far. */
    public String output() {
        return output.toString();
    }

    public String printedThisStatement() {
        return printedThisStatement;
    }

    public Stmt currentStatement() {
        return current;
    }

    public List<Mutation> mutations() {
        return Collections.unmodifiableList(mutations);
    }

    /** Names this statement (re)bound, with their previous values (null when new). */
    public Map<String, Py.Obj> rebinds() {
        return Collections.unmodifiableMap(oldValues);
    }

    /** Every copy made so far, oldest first. */
    public List<CopyRecord> copies() {
        return Collections.unmodifiableList(copies);
    }

    public List<CopyRecord> statementCopies() {
        return Collections.unmodifiableList(statementCopies);
    }

    /** True when {@code c} was created by the statement now running. */
    public boolean createdThisStatement(Py.Container c) {
        return c.serial >= statementStartSerial;
    }

    /** The deepcopy in progress, or null. */
    public Deepcopy deepcopy() {
        return deep;
    }

    public int steps() {
        return steps;
    }

    public PyError error() {
        return error;
    }

    public LimitExceeded limitExceeded() {
        return limit;
    }

    public int programSize() {
        return program.size();
    }

    /** A stable opaque id for {@code id()}: 140000000000000 + 32 × (order of first request). */
    long idOf(Py.Obj o) {
        return ids.computeIfAbsent(o, k -> 140_000_000_000_000L + 32L * ids.size());
    }

    Heap heap() {
        return heap;
    }

    Arith arith() {
        return arith;
    }

    Folder folder() {
        return folder;
    }

    void print(String text) {
        heap.checkLength((long) output.length() + text.length());
        output.append(text);
        printedThisStatement += text;
    }

    void recordCopy(Py.Obj source, Py.Obj result, boolean isDeep, String how) {
        CopyRecord r = new CopyRecord(source, result, isDeep, how);
        copies.add(r);
        statementCopies.add(r);
    }

    void mutated(Py.Container target, int index, Py.Obj key, Py.Obj old, Mutation.Kind kind) {
        mutations.add(new Mutation(target, index, key, old, kind));
    }

    // ---- statements

    private void exec(Stmt s) {
        if (s instanceof Ast.Assign a) {
            Py.Obj value = eval(a.value());
            for (Expr t : a.targets()) {
                assign(t, value);
            }
        } else if (s instanceof Ast.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Ast.ExprStmt e) {
            eval(e.value());
        } else if (s instanceof Ast.Del d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Ast.Import i) {
            bind(i.asName() != null ? i.asName() : "copy", builtins.copyModule());
        } else if (s instanceof Ast.FromImport f) {
            for (Ast.Alias a : f.names()) {
                bind(a.asName() != null ? a.asName() : a.name(), builtins.copyFunction(a.name()));
            }
        }
    }

    private void bind(String name, Py.Obj value) {
        Py.Obj old = globals.get(name);
        if (!oldValues.containsKey(name)) {
            oldValues.put(name, old);
        }
        globals.put(name, value);
    }

    private void assign(Expr target, Py.Obj value) {
        if (target instanceof Ast.Name n) {
            bind(n.id(), value);
        } else if (target instanceof Ast.Subscript s) {
            try {
                Py.Obj obj = eval(s.value());
                if (s.index() instanceof Ast.Slice sl) {
                    Items.setSlice(this, obj, evalSlice(sl), value);
                } else {
                    Items.setItem(this, obj, eval(s.index()), value);
                }
            } catch (PyError e) {
                throw e.at(s.line());
            }
        } else {
            List<Expr> targets = target instanceof Ast.TupleExpr t ? t.items() : ((Ast.ListExpr) target).items();
            List<Py.Obj> values = unpack(value, targets.size());
            for (int i = 0; i < targets.size(); i++) {
                assign(targets.get(i), values.get(i));
            }
        }
    }

    private List<Py.Obj> unpack(Py.Obj value, int n) {
        List<Py.Obj> items;
        try {
            items = arith.iterate(value);
        } catch (PyError e) {
            throw PyError.type("cannot unpack non-iterable " + value.typeName() + " object");
        }
        if (items.size() > n) {
            throw PyError.value("too many values to unpack (expected " + n + ")");
        }
        if (items.size() < n) {
            throw PyError.value("not enough values to unpack (expected " + n + ", got " + items.size() + ")");
        }
        return items;
    }

    private void augAssign(Ast.AugAssign a) {
        if (a.target() instanceof Ast.Name n) {
            Py.Obj old = lookup(n);
            Py.Obj rhs = eval(a.value());
            Py.Obj result;
            try {
                result = arith.inPlace(a.op(), old, rhs, this);
            } catch (PyError e) {
                throw e.at(n.line());
            }
            bind(n.id(), result);
            return;
        }
        Ast.Subscript s = (Ast.Subscript) a.target();
        Py.Obj obj = eval(s.value());
        Py.Obj index = s.index() instanceof Ast.Slice sl ? null : eval(s.index());
        Items.Slice slice = s.index() instanceof Ast.Slice sl ? evalSlice(sl) : null;
        try {
            Py.Obj old = slice != null ? Items.getSlice(this, obj, slice) : Items.getItem(obj, index);
            Py.Obj rhs = eval(a.value());
            Py.Obj result = arith.inPlace(a.op(), old, rhs, this);
            if (slice != null) {
                Items.setSlice(this, obj, slice, result);
            } else {
                Items.setItem(this, obj, index, result);
            }
        } catch (PyError e) {
            throw e.at(s.line());
        }
    }

    private void delete(Expr target) {
        if (target instanceof Ast.Name n) {
            if (!globals.containsKey(n.id())) {
                throw new PyError("NameError", "name '" + n.id() + "' is not defined").at(n.line());
            }
            if (!oldValues.containsKey(n.id())) {
                oldValues.put(n.id(), globals.get(n.id()));
            }
            globals.remove(n.id());
        } else if (target instanceof Ast.Subscript s) {
            Py.Obj obj = eval(s.value());
            try {
                if (s.index() instanceof Ast.Slice sl) {
                    Items.deleteSlice(this, obj, evalSlice(sl));
                } else {
                    Items.deleteItem(this, obj, eval(s.index()));
                }
            } catch (PyError e) {
                throw e.at(s.line());
            }
        } else {
            List<Expr> targets = target instanceof Ast.TupleExpr t ? t.items() : ((Ast.ListExpr) target).items();
            targets.forEach(this::delete);
        }
    }

    // ---- expressions

    Py.Obj eval(Expr e) {
        try {
            return evalUnchecked(e);
        } catch (PyError err) {
            throw err.at(e.line());
        }
    }

    private Py.Obj evalUnchecked(Expr e) {
        if (e instanceof Ast.Const c) {
            return c.value();
        }
        if (e instanceof Ast.Name n) {
            return lookup(n);
        }
        if (e instanceof Ast.ListExpr l) {
            List<Py.Obj> items = new ArrayList<>();
            l.items().forEach(i -> items.add(eval(i)));
            return heap.list(items);
        }
        if (e instanceof Ast.TupleExpr t) {
            List<Py.Obj> items = new ArrayList<>();
            t.items().forEach(i -> items.add(eval(i)));
            return heap.tuple(items);
        }
        if (e instanceof Ast.DictExpr d) {
            List<Py.Obj> kv = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                kv.add(eval(d.keys().get(i)));
                kv.add(eval(d.values().get(i)));
            }
            Py.PyDict dict = heap.dict();
            for (int i = 0; i < kv.size(); i += 2) {
                heap.put(dict, kv.get(i), kv.get(i + 1));
            }
            return dict;
        }
        if (e instanceof Ast.BinOp b) {
            Py.Obj l = eval(b.left());
            Py.Obj r = eval(b.right());
            return arith.binary(b.op(), l, r, false);
        }
        if (e instanceof Ast.UnaryOp u) {
            return arith.unary(u.op(), eval(u.operand()));
        }
        if (e instanceof Ast.BoolOp b) {
            Py.Obj v = null;
            for (Expr x : b.values()) {
                v = eval(x);
                boolean t = Ops.truth(v);
                if (b.op().equals("or") == t) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof Ast.Compare c) {
            Py.Obj left = eval(c.left());
            Py.Obj result = Py.Bool.TRUE;
            for (int i = 0; i < c.ops().size(); i++) {
                Py.Obj right = eval(c.rights().get(i));
                result = compare(c.ops().get(i), left, right);
                if (!Ops.truth(result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }
        if (e instanceof Ast.IfExp i) {
            return Ops.truth(eval(i.test())) ? eval(i.body()) : eval(i.orElse());
        }
        if (e instanceof Ast.Subscript s) {
            Py.Obj obj = eval(s.value());
            if (s.index() instanceof Ast.Slice sl) {
                return Items.getSlice(this, obj, evalSlice(sl));
            }
            return Items.getItem(obj, eval(s.index()));
        }
        if (e instanceof Ast.Attribute a) {
            return builtins.attribute(eval(a.value()), a.name());
        }
        if (e instanceof Ast.Call c) {
            Py.Obj f = eval(c.func());
            List<Py.Obj> args = new ArrayList<>();
            c.args().forEach(x -> args.add(eval(x)));
            Map<String, Py.Obj> kw = new LinkedHashMap<>();
            c.keywords().forEach(k -> kw.put(k.name(), eval(k.value())));
            return builtins.call(f, args, kw);
        }
        if (e instanceof Ast.Slice) {
            throw ScriptProblemAtRuntime.of("slice objects outside a subscript");
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private Py.Obj lookup(Ast.Name n) {
        Py.Obj v = globals.get(n.id());
        if (v == null) {
            v = builtins.lookup(n.id());
        }
        if (v == null) {
            throw new PyError("NameError", "name '" + n.id() + "' is not defined").at(n.line());
        }
        return v;
    }

    private Items.Slice evalSlice(Ast.Slice s) {
        Py.Obj lo = s.lower() == null ? Py.None.NONE : eval(s.lower());
        Py.Obj hi = s.upper() == null ? Py.None.NONE : eval(s.upper());
        Py.Obj st = s.step() == null ? Py.None.NONE : eval(s.step());
        return new Items.Slice(lo, hi, st);
    }

    private Py.Obj compare(String op, Py.Obj a, Py.Obj b) {
        return switch (op) {
            case "is" -> Py.Bool.of(a == b);
            case "is not" -> Py.Bool.of(a != b);
            case "==" -> Py.Bool.of(a == b && !(a instanceof Py.Float) || Ops.eq(a, b));
            case "!=" -> Py.Bool.of(!(a == b && !(a instanceof Py.Float) || Ops.eq(a, b)));
            case "in" -> Py.Bool.of(Arith.contains(b, a));
            case "not in" -> Py.Bool.of(!Arith.contains(b, a));
            default -> Py.Bool.of(Ops.order(op, a, b));
        };
    }

    /** Subscript of constants, for the compile-time folder. */
    static Py.Obj constantIndex(Py.Obj value, Py.Obj index) {
        return Items.getItem(value, index);
    }

    // ---- list mutations shared with operators

    void extend(Py.PyList l, Py.Obj iterable) {
        List<Py.Obj> items = arith.iterate(iterable);
        heap.checkLength((long) l.items.size() + items.size());
        for (Py.Obj o : items) {
            mutated(l, l.items.size(), null, null, Mutation.Kind.INSERT);
            l.items.add(o);
        }
    }

    void repeatInPlace(Py.PyList l, Py.Int count) {
        long n = count.value.signum() <= 0 ? 0 : count.value.bitLength() > 40 ? Long.MAX_VALUE : count.value.longValue();
        if (n == 1) {
            return;
        }
        if (n == 0 || l.items.isEmpty()) {
            if (!l.items.isEmpty()) {
                mutated(l, -1, null, null, Mutation.Kind.CLEAR);
            }
            l.items.clear();
            return;
        }
        heap.checkLength(n > Integer.MAX_VALUE ? Long.MAX_VALUE : l.items.size() * n);
        List<Py.Obj> copy = new ArrayList<>(l.items);
        for (long i = 1; i < n; i++) {
            for (Py.Obj o : copy) {
                mutated(l, l.items.size(), null, null, Mutation.Kind.INSERT);
                l.items.add(o);
            }
        }
    }

    // ---- copy module

    Py.Obj shallowCopy(Py.Obj x, String how) {
        if (mode == CopyMode.ALL_DEEP && how.equals("copy.copy")) {
            return deepCopy(x, "copy.deepcopy");
        }
        Py.Obj y;
        if (x instanceof Py.PyList l) {
            y = heap.list(l.items);
        } else if (x instanceof Py.PyDict d) {
            Py.PyDict c = heap.dict();
            for (Py.Entry e : d.entryList()) {
                heap.put(c, e.key, e.value);
            }
            y = c;
        } else if (x instanceof Py.Module || x instanceof Py.DictView) {
            throw PyError.type("cannot pickle '" + x.typeName() + "' object");
        } else {
            y = x;
        }
        recordCopy(x, y, false, how);
        return y;
    }

    Py.Obj deepCopy(Py.Obj x, String how) {
        if (mode == CopyMode.ALL_SHALLOW && how.equals("copy.deepcopy")) {
            return shallowCopy(x, "copy.copy");
        }
        deep = new Deepcopy(x);
        try {
            Py.Obj y = deep.copy(x);
            recordCopy(x, y, true, how);
            return y;
        } finally {
            deep = null;
        }
    }

    /**
     * One {@code copy.deepcopy} call, exactly as CPython's copy.py walks: memo first, atoms returned
     * as they are, lists and dicts put in the memo before their items are copied (so cycles and
     * shared parts come out shared), tuples rebuilt only when an item changed.
     */
    public final class Deepcopy {
        private final Py.Obj root;
        private final Map<Py.Obj, Py.Obj> memo = new IdentityHashMap<>();
        private final List<Py.Obj[]> memoOrder = new ArrayList<>();
        private final List<Py.Obj> stack = new ArrayList<>();
        private int depth;

        Deepcopy(Py.Obj root) {
            this.root = root;
        }

        public Py.Obj root() {
            return root;
        }

        /** Memo entries as (original, copy) pairs, in the order they were added. */
        public List<Py.Obj[]> memo() {
            return Collections.unmodifiableList(memoOrder);
        }

        /** The objects being copied, outermost first. */
        public List<Py.Obj> stack() {
            return Collections.unmodifiableList(stack);
        }

        private void remember(Py.Obj x, Py.Obj y) {
            if (memo.put(x, y) == null) {
                memoOrder.add(new Py.Obj[] {x, y});
            }
        }

        private void step(StepKind kind, Py.Obj x, Py.Obj y) {
            if (stepIntoDeepcopy) {
                emit(kind, x, y);
            }
        }

        Py.Obj copy(Py.Obj x) {
            Py.Obj hit = memo.get(x);
            if (hit != null) {
                step(StepKind.DEEP_MEMO_HIT, x, hit);
                return hit;
            }
            if (!(x instanceof Py.Container)) {
                if (x instanceof Py.Module || x instanceof Py.DictView) {
                    throw PyError.type("cannot pickle '" + x.typeName() + "' object");
                }
                return x;
            }
            if (++depth > Repr.MAX_DEPTH / 2) {
                throw new PyError("RecursionError", "maximum recursion depth exceeded while calling a Python object");
            }
            stack.add(x);
            try {
                Py.Obj y;
                if (x instanceof Py.PyList l) {
                    Py.PyList c = heap.list(List.of());
                    remember(x, c);
                    step(StepKind.DEEP_VISIT, x, c);
                    for (Py.Obj item : new ArrayList<>(l.items)) {
                        Py.Obj copied = copy(item);
                        heap.checkLength(c.items.size() + 1L);
                        c.items.add(copied);
                    }
                    y = c;
                    step(StepKind.DEEP_DONE, x, y);
                } else if (x instanceof Py.PyDict d) {
                    Py.PyDict c = heap.dict();
                    remember(x, c);
                    step(StepKind.DEEP_VISIT, x, c);
                    for (Py.Entry e : d.entryList()) {
                        Py.Obj k = copy(e.key);
                        Py.Obj v = copy(e.value);
                        heap.put(c, k, v);
                    }
                    y = c;
                    step(StepKind.DEEP_DONE, x, y);
                } else {
                    Py.PyTuple t = (Py.PyTuple) x;
                    step(StepKind.DEEP_VISIT, x, null);
                    List<Py.Obj> items = new ArrayList<>();
                    for (Py.Obj item : t.items) {
                        items.add(copy(item));
                    }
                    Py.Obj already = memo.get(x);
                    if (already != null) {
                        step(StepKind.DEEP_MEMO_HIT, x, already);
                        return already;
                    }
                    boolean same = true;
                    for (int i = 0; i < items.size(); i++) {
                        same &= items.get(i) == t.items.get(i);
                    }
                    if (same) {
                        step(StepKind.DEEP_TUPLE_SAME, x, x);
                        return x;
                    }
                    y = heap.tuple(items);
                    remember(x, y);
                    step(StepKind.DEEP_TUPLE_NEW, x, y);
                }
                return y;
            } finally {
                stack.remove(stack.size() - 1);
                depth--;
            }
        }
    }

    static BigInteger index(Py.Obj o) {
        if (o instanceof Py.Int i) {
            return i.value;
        }
        throw PyError.type("'" + o.typeName() + "' object cannot be interpreted as an integer");
    }
}
