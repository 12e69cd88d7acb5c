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
 * Runs a parsed script with CPython 3.11's semantics for the subset: statements, loops, calls on a
 * frame stack, classes and instances, with, try/except/finally, generators. Per statement it keeps
 * what changed (rebinds, in-place mutations, copies) so a {@link StepSink} can narrate and draw each
 * step. An uncaught Python exception stops the run at the line it was raised and keeps the state.
 */
public final class Interpreter {
    /** CPython's default recursion limit (frames, the module's included). */
    static final int RECURSION_LIMIT = 1000;
    /** Java stack for the interpreter and each generator thread (deep recursion, deep nesting). */
    static final long STACK_BYTES = 512L << 20;

    private final List<Stmt> program;
    private final Heap heap;
    private final Arith arith;
    private final Folder folder;
    private final Builtins builtins;
    private final StepSink sink;
    private final CopyMode mode;
    private final boolean stepIntoDeepcopy;
    private final Map<String, Py.Obj> globals = new LinkedHashMap<>();
    private final List<Frame> frames = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();
    private final List<CopyRecord> copies = new ArrayList<>();
    private final Map<Py.Obj, Long> ids = new IdentityHashMap<>();
    private final List<Generator> generators = new ArrayList<>();
    private final List<Py.Obj> loopIterables = new ArrayList<>();
    private final List<PyError> handling = new ArrayList<>();
    private final List<int[]> managed = new ArrayList<>();
    private StatementLog log = new StatementLog();
    private Deepcopy deep;
    private int steps;
    private PyError error;
    private LimitExceeded limit;
    private boolean usesSys;
    private Py.Obj lastTest = Py.None.NONE;

    /** What the statement now running changed; saved and restored around calls. */
    private static final class StatementLog {
        final List<Mutation> mutations = new ArrayList<>();
        final Map<String, Py.Obj> oldValues = new LinkedHashMap<>();
        final List<CopyRecord> statementCopies = new ArrayList<>();
        Stmt current;
        int startSerial;
        String printed = "";
    }

    private static final class BreakSignal extends RuntimeException {
        static final BreakSignal INSTANCE = new BreakSignal();

        BreakSignal() {
            super(null, null, false, false);
        }
    }

    private static final class ContinueSignal extends RuntimeException {
        static final ContinueSignal INSTANCE = new ContinueSignal();

        ContinueSignal() {
            super(null, null, false, false);
        }
    }

    private static final class ReturnSignal extends RuntimeException {
        final Py.Obj value;

        ReturnSignal(Py.Obj value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private Interpreter(List<Stmt> program, Heap heap, Folder folder, StepSink sink, CopyMode mode, boolean stepInto) {
        this.program = program;
        this.heap = heap;
        this.arith = new Arith(heap);
        this.folder = folder;
        this.builtins = new Builtins(this);
        this.sink = sink;
        this.mode = mode;
        this.stepIntoDeepcopy = stepInto;
        frames.add(new Frame(Frame.Kind.MODULE, "<module>", null, globals, null, ""));
    }

    /**
     * Parses and prepares {@code source}; throws {@link ScriptProblem} when it is not valid Python or
     * uses something outside the subset.
     */
    public static Interpreter prepare(String source, Limits limits, StepSink sink, CopyMode mode, boolean stepInto) {
        Object[] result = new Object[1];
        onBigStack(() -> {
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
            result[0] = in;
        });
        return (Interpreter) result[0];
    }

    /** Runs {@code work} on a thread with a large stack, rethrowing what it throws. */
    static void onBigStack(Runnable work) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "python-interpreter", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new LimitExceeded("the run was cancelled");
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof StackOverflowError) {
            throw new LimitExceeded("the script is nested too deeply to run (the safety cap)");
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    /** Runs to the end or to the first error; returns true when the script ran to its end. */
    public boolean run() {
        boolean[] ok = new boolean[1];
        try {
            onBigStack(() -> ok[0] = runHere());
        } finally {
            generators.forEach(Generator::abandon);
        }
        return ok[0];
    }

    private boolean runHere() {
        try {
            emit(StepKind.START, null, null);
            execBlock(program);
            log.current = null;
            return true;
        } catch (PyError e) {
            error = e.at(log.current == null ? 0 : log.current.line());
        } catch (LimitExceeded e) {
            limit = e;
        } catch (ScriptProblem p) {
            throw p.line() == 0 && log.current != null ? new ScriptProblem(p.kind(), log.current.line(), p.getMessage()) : p;
        } catch (StackOverflowError e) {
            limit = new LimitExceeded("the script is nested too deeply to run (the safety cap)");
        }
        while (frames.size() > 1) {
            frames.remove(frames.size() - 1);
        }
        deep = null;
        steps++;
        sink.step(this, StepKind.ERROR, null, null);
        return false;
    }

    private void beginStatement(Stmt s) {
        log.current = s;
        top().current = s;
        log.mutations.clear();
        log.oldValues.clear();
        log.statementCopies.clear();
        log.printed = "";
        log.startSerial = heap.nextSerial();
    }

    void emit(StepKind kind, Py.Obj source, Py.Obj copy) {
        if (++steps > heap.limits().maxSteps()) {
            throw new LimitExceeded("the run needs more than " + heap.limits().maxSteps()
                    + " steps (the safety cap); is there a loop that never ends?");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new LimitExceeded("the run was cancelled");
        }
        sink.step(this, kind, source, copy);
    }

    // ---- read-only view for sinks and the CLI

    /** Module variables in definition order (includes imported names). */
    public Map<String, Py.Obj> globals() {
        return Collections.unmodifiableMap(globals);
    }

    /** The variables of the innermost frame (the module's at module level). */
    public Map<String, Py.Obj> currentLocals() {
        return Collections.unmodifiableMap(top().locals);
    }

    /** Everything print() wrote so far. */
    public String output() {
        return output.toString();
    }

    public String printedThisStatement() {
        return log.printed;
    }

    public Stmt currentStatement() {
        return log.current;
    }

    public List<Mutation> mutations() {
        return Collections.unmodifiableList(log.mutations);
    }

    /** Names this statement (re)bound, with their previous values (null when new). */
    public Map<String, Py.Obj> rebinds() {
        return Collections.unmodifiableMap(log.oldValues);
    }

    /** Every copy made so far, oldest first. */
    public List<CopyRecord> copies() {
        return Collections.unmodifiableList(copies);
    }

    public List<CopyRecord> statementCopies() {
        return Collections.unmodifiableList(log.statementCopies);
    }

    /** True when {@code c} was created by the statement now running. */
    public boolean createdThisStatement(Py.Container c) {
        return c.serial >= log.startSerial;
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

    /** The frame stack, module first (package-private: snapshots read it). */
    List<Frame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** Line ranges of the with-blocks being run, outermost first. */
    List<int[]> managedBlocks() {
        return Collections.unmodifiableList(managed);
    }

    /** The value the last if/while test gave. */
    Py.Obj lastTest() {
        return lastTest;
    }

    boolean usesSys() {
        return usesSys;
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

    Builtins builtins() {
        return builtins;
    }

    void print(String text) {
        heap.checkLength((long) output.length() + text.length());
        output.append(text);
        log.printed += text;
    }

    void recordCopy(Py.Obj source, Py.Obj result, boolean isDeep, String how) {
        CopyRecord r = new CopyRecord(source, result, isDeep, how);
        copies.add(r);
        log.statementCopies.add(r);
    }

    void mutated(Py.Container target, int index, Py.Obj key, Py.Obj old, Mutation.Kind kind) {
        log.mutations.add(new Mutation(target, index, key, old, kind));
    }

    private Frame top() {
        return frames.get(frames.size() - 1);
    }

    /** The caller's statement log, kept while a generator runs (see {@link Generator#resume}). */
    Object saveLog() {
        return log;
    }

    void restoreLog(Object saved) {
        log = (StatementLog) saved;
    }

    void pushFrame(Frame f) {
        if (frames.size() >= RECURSION_LIMIT) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded");
        }
        frames.add(f);
    }

    void popFrame(Frame f) {
        if (!frames.isEmpty() && top() == f) {
            frames.remove(frames.size() - 1);
        }
    }

    // ---- statements

    private void execBlock(List<Stmt> body) {
        for (Stmt s : body) {
            exec(s);
        }
    }

    private void exec(Stmt s) {
        try {
            execUnchecked(s);
        } catch (PyError e) {
            throw e.at(s.line());
        }
    }

    private void execUnchecked(Stmt s) {
        if (s instanceof Ast.If i) {
            beginStatement(i);
            lastTest = eval(i.test());
            boolean t = Ops.truth(lastTest);
            emit(StepKind.STATEMENT, null, null);
            execBlock(t ? i.body() : i.orElse());
        } else if (s instanceof Ast.While w) {
            whileLoop(w);
        } else if (s instanceof Ast.For f) {
            forLoop(f);
        } else if (s instanceof Ast.Try t) {
            tryStatement(t);
        } else if (s instanceof Ast.With w) {
            beginStatement(w);
            withItems(w, 0);
        } else if (s instanceof Ast.Break) {
            beginStatement(s);
            emit(StepKind.STATEMENT, null, null);
            throw BreakSignal.INSTANCE;
        } else if (s instanceof Ast.Continue) {
            beginStatement(s);
            emit(StepKind.STATEMENT, null, null);
            throw ContinueSignal.INSTANCE;
        } else if (s instanceof Ast.Return r) {
            beginStatement(r);
            Py.Obj v = r.value() == null ? Py.None.NONE : eval(r.value());
            top().returnValue = v;
            emit(StepKind.RETURN, null, null);
            throw new ReturnSignal(v);
        } else if (s instanceof Ast.ClassDef c) {
            beginStatement(c);
            classDef(c);
            beginStatement(c);
            log.oldValues.put(c.name(), null);
            emit(StepKind.STATEMENT, null, null);
        } else {
            beginStatement(s);
            simple(s);
            emit(StepKind.STATEMENT, null, null);
        }
    }

    private void simple(Stmt s) {
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
            usesSys |= i.module().equals("sys");
            bind(i.asName() != null ? i.asName() : i.module(), builtins.module(i.module()));
        } else if (s instanceof Ast.FromImport f) {
            usesSys |= f.module().equals("sys");
            for (Ast.Alias a : f.names()) {
                bind(a.asName() != null ? a.asName() : a.name(), builtins.moduleFunction(f.module(), a.name()));
            }
        } else if (s instanceof Ast.FunctionDef f) {
            List<Py.Obj> defaults = new ArrayList<>();
            f.defaults().forEach(d -> defaults.add(eval(d)));
            Frame here = top();
            Frame closure = here.kind == Frame.Kind.FUNCTION ? here : here.closure;
            Py.Function fn = heap.function(f, defaults, closure);
            fn.qualname = here.qualPrefix + f.name();
            bind(f.name(), fn);
        } else if (s instanceof Ast.Raise r) {
            raise(r);
        }
    }

    private void whileLoop(Ast.While w) {
        while (true) {
            beginStatement(w);
            lastTest = eval(w.test());
            boolean t = Ops.truth(lastTest);
            emit(StepKind.STATEMENT, null, null);
            if (!t) {
                execBlock(w.orElse());
                return;
            }
            try {
                execBlock(w.body());
            } catch (BreakSignal b) {
                return;
            } catch (ContinueSignal c) {
                // next test
            }
        }
    }

    private void forLoop(Ast.For f) {
        beginStatement(f);
        Py.Obj iterable = eval(f.iter());
        Iter it = iter(iterable);
        loopIterables.add(iterable);
        try {
            while (true) {
                beginStatement(f);
                Py.Obj x;
                try {
                    x = it.next();
                } catch (PyError e) {
                    throw e.at(f.line());
                }
                if (x == null) {
                    break;
                }
                assign(f.target(), x);
                emit(StepKind.STATEMENT, null, null);
                try {
                    execBlock(f.body());
                } catch (BreakSignal b) {
                    return;
                } catch (ContinueSignal c) {
                    // next item
                }
            }
        } finally {
            loopIterables.remove(loopIterables.size() - 1);
        }
        execBlock(f.orElse());
    }

    /** A Python iterator: next() returns null when exhausted. */
    interface Iter {
        Py.Obj next();
    }

    Iter iter(Py.Obj o) {
        if (o instanceof Py.PyList l) {
            int[] i = {0};
            return () -> i[0] < l.items.size() ? l.items.get(i[0]++) : null;
        }
        if (o instanceof Generator g) {
            return () -> {
                try {
                    return g.resume();
                } catch (PyError e) {
                    if (e.type().equals("StopIteration") && e.instance == null) {
                        return null;
                    }
                    throw e;
                }
            };
        }
        if (o instanceof Py.PyDict d || o instanceof Py.DictView) {
            Py.PyDict dict = o instanceof Py.PyDict dd ? dd : ((Py.DictView) o).dict;
            List<Py.Obj> items = arith.iterate(o);
            int size = dict.size();
            int[] i = {0};
            return () -> {
                if (dict.size() != size) {
                    throw new PyError("RuntimeError", "dictionary changed size during iteration");
                }
                return i[0] < items.size() ? items.get(i[0]++) : null;
            };
        }
        if (o instanceof Py.Range r) {
            long[] i = {0};
            long n = r.length();
            return () -> i[0] < n ? heap.integer(BigInteger.valueOf(r.start + i[0]++ * r.step)) : null;
        }
        if (o instanceof Py.Instance) {
            throw PyError.type("'" + o.typeName() + "' object is not iterable");
        }
        List<Py.Obj> items = arith.iterate(o);
        int[] i = {0};
        return () -> i[0] < items.size() ? items.get(i[0]++) : null;
    }

    /** Drains {@code g} as list(g) does. */
    List<Py.Obj> drain(Generator g) {
        List<Py.Obj> out = new ArrayList<>();
        Iter it = iter(g);
        for (Py.Obj x = it.next(); x != null; x = it.next()) {
            heap.checkLength(out.size() + 1L);
            out.add(x);
        }
        return out;
    }

    private void tryStatement(Ast.Try t) {
        RuntimeException pending = null;
        try {
            tryBody(t);
        } catch (BreakSignal | ContinueSignal | ReturnSignal | PyError | LimitExceeded | ScriptProblem e) {
            if (t.finalBody().isEmpty() || e instanceof LimitExceeded || e instanceof ScriptProblem) {
                throw e;
            }
            pending = e;
        }
        if (!t.finalBody().isEmpty()) {
            execBlock(t.finalBody());
        }
        if (pending != null) {
            throw pending;
        }
    }

    private void tryBody(Ast.Try t) {
        boolean failed = false;
        {
            try {
                execBlock(t.body());
            } catch (PyError e) {
                failed = true;
                Py.Instance exc = exceptionObject(e);
                Ast.Handler chosen = null;
                for (Ast.Handler h : t.handlers()) {
                    beginStatement(t);
                    if (h.type() == null || matches(exc, eval(h.type()))) {
                        chosen = h;
                        break;
                    }
                }
                if (chosen == null) {
                    throw e;
                }
                handling.add(e);
                try {
                    if (chosen.name() != null) {
                        bind(chosen.name(), exc);
                    }
                    emit(StepKind.CAUGHT, null, null);
                    execBlock(chosen.body());
                } finally {
                    handling.remove(handling.size() - 1);
                    if (chosen.name() != null) {
                        top().locals.remove(chosen.name());
                    }
                }
            }
            if (!failed) {
                execBlock(t.orElse());
            }
        }
    }

    private boolean matches(Py.Instance exc, Py.Obj type) {
        if (type instanceof Py.PyTuple tu) {
            for (Py.Obj o : tu.items) {
                if (matches(exc, o)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof Py.PyClass c) || !c.isSubclassOf(builtins.exceptionClass("BaseException"))) {
            throw PyError.type("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.cls.isSubclassOf(c);
    }

    /** The exception object of {@code e}, made on first need for errors the interpreter raised. */
    Py.Instance exceptionObject(PyError e) {
        if (e.instance == null) {
            Py.Instance i = heap.instance(builtins.exceptionClass(e.type()), this);
            i.text = e.getMessage();
            i.args = e.getMessage().isEmpty() ? List.of() : List.of(Py.Str.fresh(e.getMessage()));
            e.instance = i;
        }
        return e.instance;
    }

    private void raise(Ast.Raise r) {
        if (r.exc() == null) {
            if (handling.isEmpty()) {
                throw new PyError("RuntimeError", "No active exception to reraise");
            }
            throw handling.get(handling.size() - 1);
        }
        Py.Obj v = eval(r.exc());
        if (v instanceof Py.PyClass c && c.isSubclassOf(builtins.exceptionClass("BaseException"))) {
            v = call(c, List.of(), Map.of());
        }
        if (!(v instanceof Py.Instance i) || !i.cls.isSubclassOf(builtins.exceptionClass("BaseException"))) {
            throw PyError.type("exceptions must derive from BaseException");
        }
        throw new PyError(i, strOf(i));
    }

    private void withItems(Ast.With w, int index) {
        if (index == w.items().size()) {
            managed.add(new int[] {w.line(), lastLine(w.body())});
            try {
                execBlock(w.body());
            } finally {
                managed.remove(managed.size() - 1);
            }
            return;
        }
        Ast.WithItem item = w.items().get(index);
        Py.Obj mgr = eval(item.context());
        Py.Obj enter = special(mgr, "__enter__");
        Py.Obj exit = special(mgr, "__exit__");
        if (enter == null || exit == null) {
            throw PyError.type("'" + mgr.typeName() + "' object does not support the context manager protocol");
        }
        Py.Obj value = call(enter, List.of(), Map.of());
        if (item.target() != null) {
            assign(item.target(), value);
        }
        beginStatement(w);
        emit(StepKind.STATEMENT, null, null);
        try {
            withItems(w, index + 1);
        } catch (PyError e) {
            Py.Instance exc = exceptionObject(e);
            Py.Obj suppress = call(exit, List.of(exc.cls, exc, builtins.traceback()), Map.of());
            if (Ops.truth(suppress)) {
                beginStatement(w);
                emit(StepKind.SUPPRESSED, null, null);
                return;
            }
            throw e;
        } catch (BreakSignal | ContinueSignal | ReturnSignal signal) {
            call(exit, List.of(Py.None.NONE, Py.None.NONE, Py.None.NONE), Map.of());
            throw signal;
        }
        call(exit, List.of(Py.None.NONE, Py.None.NONE, Py.None.NONE), Map.of());
    }

    private static int lastLine(List<Stmt> body) {
        int last = 0;
        for (Stmt s : body) {
            last = Math.max(last, s.endLine());
            if (s instanceof Ast.If i) {
                last = Math.max(last, Math.max(lastLine(i.body()), lastLine(i.orElse())));
            } else if (s instanceof Ast.While w) {
                last = Math.max(last, lastLine(w.body()));
            } else if (s instanceof Ast.For f) {
                last = Math.max(last, lastLine(f.body()));
            } else if (s instanceof Ast.With w) {
                last = Math.max(last, lastLine(w.body()));
            } else if (s instanceof Ast.Try t) {
                last = Math.max(last, Math.max(lastLine(t.body()), lastLine(t.finalBody())));
                for (Ast.Handler h : t.handlers()) {
                    last = Math.max(last, lastLine(h.body()));
                }
            } else if (s instanceof Ast.FunctionDef f) {
                last = Math.max(last, lastLine(f.body()));
            } else if (s instanceof Ast.ClassDef c) {
                last = Math.max(last, lastLine(c.body()));
            }
        }
        return last;
    }

    /** A special method looked up on the type (as CPython does), bound to {@code obj}; null when absent. */
    Py.Obj special(Py.Obj obj, String name) {
        if (obj instanceof Py.Instance i) {
            Py.Obj m = i.cls.lookup(name);
            if (m instanceof Py.Function f) {
                return new Py.BoundMethod(i, f);
            }
            return m;
        }
        return null;
    }

    private void classDef(Ast.ClassDef c) {
        Py.PyClass base = null;
        if (c.base() != null) {
            Py.Obj b = eval(c.base());
            if (!(b instanceof Py.PyClass pc)) {
                if (b instanceof Py.Builtin bt && bt.isType) {
                    throw ScriptProblemAtRuntime.of("subclassing the built-in type " + bt.name);
                }
                throw PyError.type("bases must be types");
            }
            base = pc;
        }
        Frame here = top();
        Frame closure = here.kind == Frame.Kind.FUNCTION ? here : here.closure;
        Frame body = new Frame(Frame.Kind.CLASS_BODY, c.name(), null, null, closure, here.qualPrefix + c.name() + ".");
        pushFrame(body);
        StatementLog saved = log;
        log = new StatementLog();
        try {
            execBlock(c.body());
        } finally {
            log = saved;
            popFrame(body);
        }
        Py.PyClass cls = heap.pyClass(c.name(), base);
        cls.qualname = here.qualPrefix + c.name();
        for (Map.Entry<String, Py.Obj> e : body.locals.entrySet()) {
            cls.dict.put(e.getKey(), e.getValue());
            if (e.getValue() instanceof Py.Function f && f.owner == null) {
                f.owner = cls;
            }
        }
        bind(c.name(), cls);
    }

    // ---- calls

    /** Calls any callable: a Python function or method, a class, a built-in. */
    Py.Obj call(Py.Obj f, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        if (f instanceof Py.Function fn) {
            return callFunction(fn, args, kw);
        }
        if (f instanceof Py.BoundMethod m) {
            List<Py.Obj> all = new ArrayList<>(args.size() + 1);
            all.add(m.self);
            all.addAll(args);
            return callFunction(m.fn, all, kw);
        }
        if (f instanceof Py.PyClass c) {
            return instantiate(c, args, kw);
        }
        return builtins.call(f, args, kw);
    }

    private Py.Obj instantiate(Py.PyClass c, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        Py.Instance inst = heap.instance(c, this);
        boolean exception = c.isSubclassOf(builtins.exceptionClass("BaseException"));
        Py.Obj init = c.lookup("__init__");
        if (exception) {
            inst.args = List.copyOf(args);
            if (!(init instanceof Py.Function)) {
                if (!kw.isEmpty()) {
                    throw PyError.type(c.name + "() takes no keyword arguments");
                }
                return inst;
            }
        }
        if (init instanceof Py.Function fn) {
            List<Py.Obj> all = new ArrayList<>(args.size() + 1);
            all.add(inst);
            all.addAll(args);
            Py.Obj r = callFunction(fn, all, kw);
            if (r != Py.None.NONE) {
                throw PyError.type("__init__() should return None, not '" + r.typeName() + "'");
            }
        } else if (!args.isEmpty() || !kw.isEmpty()) {
            throw PyError.type(c.name + "() takes no arguments");
        }
        return inst;
    }

    Py.Obj callFunction(Py.Function fn, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        Map<String, Py.Obj> locals = bindArguments(fn, args, kw);
        Frame f = new Frame(Frame.Kind.FUNCTION, fn.name, fn, locals, fn.closure, fn.qualname + ".<locals>.");
        if (fn.def.generator()) {
            Generator g = heap.generator(f, this);
            generators.add(g);
            return g;
        }
        pushFrame(f);
        StatementLog saved = log;
        log = new StatementLog();
        log.current = fn.def;
        f.current = fn.def;
        log.startSerial = heap.nextSerial();
        try {
            emit(StepKind.CALL, null, null);
            try {
                execBlock(fn.def.body());
            } catch (ReturnSignal r) {
                return r.value;
            }
            f.returnValue = Py.None.NONE;
            beginStatement(fn.def);
            log.current = new Ast.Return(lastLine(fn.def.body()), lastLine(fn.def.body()), null);
            f.current = log.current;
            emit(StepKind.RETURN, null, null);
            return Py.None.NONE;
        } finally {
            log = saved;
            popFrame(f);
        }
    }

    /** Runs a generator's body on its own thread (called by {@link Generator}). */
    void runGeneratorBody(Generator g) {
        StatementLog saved = log;
        log = new StatementLog();
        log.current = g.frame.fn.def;
        g.frame.current = log.current;
        try {
            emit(StepKind.CALL, null, null);
            try {
                execBlock(g.frame.fn.def.body());
            } catch (ReturnSignal r) {
                // StopIteration(value)
            }
        } finally {
            log = saved;
        }
    }

    private Py.Obj yieldValue(Ast.Yield y) {
        Py.Obj v = y.value() == null ? Py.None.NONE : eval(y.value());
        Frame f = top();
        if (f.generator == null) {
            throw new IllegalStateException("yield outside a generator frame");
        }
        f.returnValue = v;
        f.generator.yieldLine = y.line();
        f.generator.state = Generator.State.SUSPENDED;
        emit(StepKind.YIELD, null, null);
        StatementLog mine = log;
        f.generator.yieldValue(v);
        log = mine;
        f.returnValue = null;
        return Py.None.NONE;
    }

    private Map<String, Py.Obj> bindArguments(Py.Function fn, List<Py.Obj> args, Map<String, Py.Obj> kw) {
        List<String> params = fn.params;
        int n = params.size();
        int required = n - fn.defaults.size();
        String q = fn.qualname + "()";
        if (args.size() > n) {
            String takes = fn.defaults.isEmpty() ? n + " positional argument" + (n == 1 ? "" : "s")
                    : "from " + required + " to " + n + " positional arguments";
            throw PyError.type(q + " takes " + takes + " but " + args.size() + (args.size() == 1 ? " was" : " were")
                    + " given");
        }
        Map<String, Py.Obj> locals = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            locals.put(params.get(i), args.get(i));
        }
        for (Map.Entry<String, Py.Obj> e : kw.entrySet()) {
            if (!params.contains(e.getKey())) {
                throw PyError.type(q + " got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (locals.containsKey(e.getKey())) {
                throw PyError.type(q + " got multiple values for argument '" + e.getKey() + "'");
            }
            locals.put(e.getKey(), e.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (!locals.containsKey(params.get(i))) {
                missing.add("'" + params.get(i) + "'");
            }
        }
        if (!missing.isEmpty()) {
            String names = missing.size() == 1 ? missing.get(0) : missing.size() == 2 ? missing.get(0) + " and " + missing.get(1)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + ", and " + missing.get(missing.size() - 1);
            throw PyError.type(q + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names);
        }
        Map<String, Py.Obj> ordered = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String p = params.get(i);
            ordered.put(p, locals.containsKey(p) ? locals.get(p) : fn.defaults.get(i - required));
        }
        return ordered;
    }

    // ---- names and targets

    private void bind(String name, Py.Obj value) {
        Map<String, Py.Obj> locals = top().locals;
        Py.Obj old = locals.get(name);
        if (!log.oldValues.containsKey(name)) {
            log.oldValues.put(name, old);
        }
        locals.put(name, value);
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
        } else if (target instanceof Ast.Attribute a) {
            try {
                setAttribute(eval(a.value()), a.name(), value);
            } catch (PyError e) {
                throw e.at(a.line());
            }
        } else {
            List<Expr> targets = target instanceof Ast.TupleExpr t ? t.items() : ((Ast.ListExpr) target).items();
            List<Py.Obj> values = unpack(value, targets.size());
            for (int i = 0; i < targets.size(); i++) {
                assign(targets.get(i), values.get(i));
            }
        }
    }

    void setAttribute(Py.Obj obj, String name, Py.Obj value) {
        builtins.checkAttributeName(obj, name);
        if (obj instanceof Py.Instance i) {
            Py.Obj old = i.attrs.get(name);
            int index = old == null ? i.attrs.size() : new ArrayList<>(i.attrs.keySet()).indexOf(name);
            i.attrs.put(name, value);
            mutated(i, index, folder.str(name), old, old == null ? Mutation.Kind.INSERT : Mutation.Kind.SET);
        } else if (obj instanceof Py.PyClass c && !c.builtin) {
            Py.Obj old = c.dict.get(name);
            int index = old == null ? c.dict.size() : new ArrayList<>(c.dict.keySet()).indexOf(name);
            c.dict.put(name, value);
            mutated(c, index, folder.str(name), old, old == null ? Mutation.Kind.INSERT : Mutation.Kind.SET);
        } else if (obj instanceof Py.PyClass c) {
            throw PyError.type("cannot set '" + name + "' attribute of immutable type '" + c.name + "'");
        } else {
            throw new PyError("AttributeError", "'" + obj.typeName() + "' object has no attribute '" + name + "'");
        }
    }

    private List<Py.Obj> unpack(Py.Obj value, int n) {
        List<Py.Obj> items;
        try {
            items = value instanceof Generator g ? drain(g) : arith.iterate(value);
        } catch (PyError e) {
            if (!e.getMessage().endsWith("is not iterable")) {
                throw e;
            }
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
        if (a.target() instanceof Ast.Attribute at) {
            Py.Obj obj = eval(at.value());
            Py.Obj old = builtins.attribute(obj, at.name());
            Py.Obj result = arith.inPlace(a.op(), old, eval(a.value()), this);
            setAttribute(obj, at.name(), result);
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
            Map<String, Py.Obj> locals = top().locals;
            if (!locals.containsKey(n.id())) {
                throw new PyError("NameError", "name '" + n.id() + "' is not defined").at(n.line());
            }
            if (!log.oldValues.containsKey(n.id())) {
                log.oldValues.put(n.id(), locals.get(n.id()));
            }
            locals.remove(n.id());
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
        } else if (target instanceof Ast.Attribute a) {
            Py.Obj obj = eval(a.value());
            if (obj instanceof Py.Instance i && i.attrs.containsKey(a.name())) {
                Py.Obj old = i.attrs.remove(a.name());
                mutated(i, -1, folder.str(a.name()), old, Mutation.Kind.REMOVE);
            } else {
                throw new PyError("AttributeError", "'" + obj.typeName() + "' object has no attribute '" + a.name() + "'")
                        .at(a.line());
            }
        } else {
            List<Expr> targets = target instanceof Ast.TupleExpr t ? t.items() : ((Ast.ListExpr) target).items();
            targets.forEach(this::delete);
        }
    }

    private Py.Obj lookup(Ast.Name n) {
        String id = n.id();
        Frame f = top();
        if (f.kind == Frame.Kind.CLASS_BODY) {
            Py.Obj v = f.locals.get(id);
            if (v != null) {
                return v;
            }
        } else if (f.declaresLocal(id)) {
            Py.Obj v = f.locals.get(id);
            if (v == null) {
                throw new PyError("UnboundLocalError", "cannot access local variable '" + id
                        + "' where it is not associated with a value").at(n.line());
            }
            return v;
        }
        if (f.kind != Frame.Kind.MODULE) {
            for (Frame c = f.closure; c != null; c = c.closure) {
                if (c.declaresLocal(id)) {
                    Py.Obj v = c.locals.get(id);
                    if (v == null) {
                        throw new PyError("NameError", "cannot access free variable '" + id
                                + "' where it is not associated with a value in enclosing scope").at(n.line());
                    }
                    return v;
                }
            }
        }
        Py.Obj v = globals.get(id);
        if (v == null) {
            v = builtins.lookup(id);
        }
        if (v == null) {
            throw new PyError("NameError", "name '" + id + "' is not defined").at(n.line());
        }
        return v;
    }

    // ---- str() and repr() of instances (user __str__/__repr__ run as calls)

    String reprOf(Py.Instance i) {
        Py.Obj m = i.cls.lookup("__repr__");
        if (m instanceof Py.Function f) {
            Py.Obj r = callFunction(f, List.of(i), Map.of());
            if (!(r instanceof Py.Str s)) {
                throw PyError.type("__repr__ returned non-string (type " + r.typeName() + ")");
            }
            return s.value;
        }
        if (i.cls.isSubclassOf(builtins.exceptionClass("BaseException"))) {
            StringBuilder sb = new StringBuilder(i.cls.name).append('(');
            for (int k = 0; k < i.args.size(); k++) {
                sb.append(k > 0 ? ", " : "").append(Repr.repr(i.args.get(k)));
            }
            return sb.append(')').toString();
        }
        return "<" + (i.cls.builtin ? "" : "__main__.") + i.cls.qualname + " object at 0x" + Long.toHexString(idOf(i)) + ">";
    }

    String strOf(Py.Instance i) {
        Py.Obj m = i.cls.lookup("__str__");
        if (m instanceof Py.Function f) {
            Py.Obj r = callFunction(f, List.of(i), Map.of());
            if (!(r instanceof Py.Str s)) {
                throw PyError.type("__str__ returned non-string (type " + r.typeName() + ")");
            }
            return s.value;
        }
        if (i.cls.isSubclassOf(builtins.exceptionClass("BaseException"))) {
            if (i.text != null) {
                return i.text;
            }
            if (i.args.isEmpty()) {
                return "";
            }
            if (i.args.size() == 1) {
                return i.cls.isSubclassOf(builtins.exceptionClass("KeyError")) ? Repr.repr(i.args.get(0))
                        : Repr.str(i.args.get(0));
            }
            return Repr.repr(new Py.PyTuple(0, i.args));
        }
        return reprOf(i);
    }

    // ---- sys.getrefcount

    /** What CPython 3.11's sys.getrefcount(x) reports: every reference to x, plus one for the argument. */
    long refcount(Py.Obj target) {
        long count = 1;
        java.util.Set<Py.Obj> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Py.Obj> todo = new java.util.ArrayDeque<>();
        for (Frame f : frames) {
            for (Py.Obj v : f.locals.values()) {
                count += v == target ? 1 : 0;
                todo.push(v);
            }
        }
        for (Py.Obj v : loopIterables) {
            count += v == target ? 1 : 0;
            todo.push(v);
        }
        while (!todo.isEmpty()) {
            Py.Obj o = todo.pop();
            if (!seen.add(o)) {
                continue;
            }
            for (Py.Obj r : references(o)) {
                count += r == target ? 1 : 0;
                todo.push(r);
            }
        }
        if (folder.isConstant(target)) {
            count += 2;
        }
        return count;
    }

    /** The objects {@code o} holds references to (what the garbage collector would traverse). */
    static List<Py.Obj> references(Py.Obj o) {
        if (o instanceof Py.PyList l) {
            return new ArrayList<>(l.items);
        }
        if (o instanceof Py.PyTuple t) {
            return t.items;
        }
        if (o instanceof Py.PyDict d) {
            List<Py.Obj> out = new ArrayList<>();
            for (Py.Entry e : d.entryList()) {
                out.add(e.key);
                out.add(e.value);
            }
            return out;
        }
        if (o instanceof Py.Instance i) {
            List<Py.Obj> out = new ArrayList<>(i.attrs.values());
            out.addAll(i.args);
            return out;
        }
        if (o instanceof Py.PyClass c) {
            return new ArrayList<>(c.dict.values());
        }
        if (o instanceof Py.Function f) {
            return f.defaults;
        }
        if (o instanceof Py.BoundMethod m) {
            return List.of(m.self, m.fn);
        }
        if (o instanceof Generator g) {
            return new ArrayList<>(g.frame.locals.values());
        }
        return List.of();
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
            if (f instanceof Py.Builtin b && b.name.equals("super") && args.isEmpty()) {
                return zeroArgSuper();
            }
            return call(f, args, kw);
        }
        if (e instanceof Ast.Yield y) {
            return yieldValue(y);
        }
        if (e instanceof Ast.Slice) {
            throw ScriptProblemAtRuntime.of("slice objects outside a subscript");
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    /** super() inside a method: the defining class and the method's first argument. */
    private Py.Obj zeroArgSuper() {
        Frame f = top();
        if (f.kind != Frame.Kind.FUNCTION || f.fn.owner == null || f.fn.params.isEmpty()) {
            throw new PyError("RuntimeError", "super(): no arguments");
        }
        return new Py.Opaque("super", f.locals.get(f.fn.params.get(0)), f.fn.owner);
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
        List<Py.Obj> items = iterable instanceof Generator g ? drain(g) : arith.iterate(iterable);
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
        } else if (x instanceof Py.Instance i && !i.cls.isSubclassOf(builtins.exceptionClass("BaseException"))) {
            Py.Instance c = heap.instance(i.cls, this);
            c.attrs.putAll(i.attrs);
            y = c;
        } else if (x instanceof Py.Module || x instanceof Py.DictView || x instanceof Generator) {
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
            if (x instanceof Generator) {
                throw PyError.type("cannot pickle 'generator' object");
            }
            if (!(x instanceof Py.Container) || x instanceof Py.PyClass || x instanceof Py.Function
                    || x instanceof Py.Instance ex && ex.cls.isSubclassOf(builtins.exceptionClass("BaseException"))) {
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
                } else if (x instanceof Py.Instance i) {
                    Py.Instance c = heap.instance(i.cls, Interpreter.this);
                    remember(x, c);
                    step(StepKind.DEEP_VISIT, x, c);
                    Map<String, Py.Obj> state = new LinkedHashMap<>();
                    for (Map.Entry<String, Py.Obj> e : new ArrayList<>(i.attrs.entrySet())) {
                        state.put(e.getKey(), copy(e.getValue()));
                    }
                    c.attrs.putAll(state);
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
