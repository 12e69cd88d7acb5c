package glassbox.python.engine;

import glassbox.player.Highlight;
import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records a step per statement (and per move of deepcopy when stepping into it): a snapshot, a
 * narration that names what happened (alias, new object, in-place change, copy, memo hit), the
 * deepcopy pseudo-code line, the objects to highlight and a scrubber event.
 */
public final class Tracer implements StepSink {
    /** Bundle key of the deepcopy pseudo-code shown beside the drawing. */
    public static final String CODE_KEY = "copy.code.deepcopy";

    /** Cells kept across all snapshots before the trace is refused as too big to draw. */
    static final long CELL_BUDGET = 2_000_000;

    private final Trace.Builder<CopyState> trace = Trace.builder(CODE_KEY);
    private long cells;

    public Trace<CopyState> build() {
        return trace.build();
    }

    @Override
    public void step(Interpreter in, StepKind kind, Py.Obj source, Py.Obj copy) {
        boolean statementLevel = kind == StepKind.STATEMENT || kind == StepKind.ERROR;
        CopyState state = Snapshots.of(in, source, copy, statementLevel);
        for (CopyState.HeapObject o : state.heap()) {
            cells += o.slots().size() + 1;
        }
        if (cells > CELL_BUDGET && kind != StepKind.ERROR) {
            throw new LimitExceeded("the trace would keep more than " + CELL_BUDGET
                    + " drawn cells; use fewer or smaller objects (the safety cap)");
        }
        Set<Highlight> highlights = new LinkedHashSet<>();
        if (source instanceof Py.Container s) {
            highlights.add(new ObjectHighlight(Snapshots.id(s)));
        }
        if (copy instanceof Py.Container c) {
            highlights.add(new ObjectHighlight(Snapshots.id(c)));
        }
        state.changes().forEach(c -> highlights.add(new ObjectHighlight(c.objectId())));
        switch (kind) {
            case START -> trace.add(state, Narration.of("copy.narr.start", String.valueOf(in.programSize())), 0, highlights);
            case STATEMENT -> {
                if (!header(in, state, highlights)) {
                    statement(in, state, highlights);
                }
            }
            case CALL -> trace.add(state, Narration.of("python.narr.call", String.valueOf(state.scriptLine()),
                    frameName(state), args(state)), 0, highlights, CopyEvent.CALL);
            case RETURN -> trace.add(state, Narration.of("python.narr.return", String.valueOf(state.scriptLine()),
                    frameName(state), returned(state)), 0, highlights, CopyEvent.RETURN);
            case YIELD -> trace.add(state, Narration.of("python.narr.yield", String.valueOf(state.scriptLine()),
                    frameName(state), returned(state)), 0, highlights, CopyEvent.YIELD);
            case CAUGHT -> trace.add(state, Narration.of("python.narr.caught", String.valueOf(state.scriptLine())),
                    0, highlights, CopyEvent.EXCEPTION);
            case SUPPRESSED -> trace.add(state, Narration.of("python.narr.suppressed", String.valueOf(state.scriptLine())),
                    0, highlights, CopyEvent.EXCEPTION);
            case ERROR -> {
                CopyState.Failure f = state.error();
                Narration n = f.type().equals("ResourceLimit") ? Narration.of("copy.narr.limit", f.message())
                        : Narration.of("copy.narr.error", String.valueOf(f.line()), f.type(), f.message());
                trace.add(state, n, 0, highlights, CopyEvent.ERROR);
            }
            default -> deep(kind, state, source, copy, highlights);
        }
    }

    /** The innermost frame's header row. */
    private static CopyState.Variable frameHeader(CopyState state) {
        CopyState.Variable last = null;
        for (CopyState.Variable v : state.vars()) {
            if (v.isFrameHeader()) {
                last = v;
            }
        }
        return last;
    }

    private static String frameName(CopyState state) {
        CopyState.Variable h = frameHeader(state);
        return h == null ? "<module>" : h.name();
    }

    private static String args(CopyState state) {
        List<String> parts = new ArrayList<>();
        for (CopyState.Variable v : state.vars()) {
            if (v.frame() == state.depth() && !v.isFrameHeader()) {
                parts.add(v.name() + "=" + (v.value().isRef() ? v.value().ref() : v.value().text()));
            }
        }
        String s = String.join(", ", parts);
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    private static String returned(CopyState state) {
        CopyState.Variable h = frameHeader(state);
        if (h == null) {
            return "None";
        }
        String t = h.value().text();
        int arrow = Math.max(t.indexOf("→ "), t.indexOf("yield "));
        return arrow < 0 ? "None" : t.substring(t.indexOf(' ', arrow) + 1);
    }

    /** Narrates loop and branch headers, def/class, break/continue and with entry; false for other statements. */
    private boolean header(Interpreter in, CopyState state, Set<Highlight> highlights) {
        Ast.Stmt s = in.currentStatement();
        String line = String.valueOf(s.line());
        if (s instanceof Ast.If || s instanceof Ast.While) {
            Ast.Expr test = s instanceof Ast.If i ? i.test() : ((Ast.While) s).test();
            boolean taken = Ops.truth(quiet(in, test));
            trace.add(state, Narration.of(taken ? "python.narr.testTrue" : "python.narr.testFalse", line,
                    s instanceof Ast.If ? "if" : "while"), 0, highlights);
            return true;
        }
        if (s instanceof Ast.For f) {
            trace.add(state, Narration.of("python.narr.forNext", line, targetText(in, f.target())), 0, highlights,
                    CopyEvent.LOOP);
            return true;
        }
        if (s instanceof Ast.FunctionDef f) {
            trace.add(state, Narration.of("python.narr.def", line, f.name()), 0, highlights);
            return true;
        }
        if (s instanceof Ast.ClassDef c) {
            trace.add(state, Narration.of("python.narr.class", line, c.name()), 0, highlights);
            return true;
        }
        if (s instanceof Ast.Break || s instanceof Ast.Continue) {
            trace.add(state, Narration.of(s instanceof Ast.Break ? "python.narr.break" : "python.narr.continue", line),
                    0, highlights);
            return true;
        }
        if (s instanceof Ast.With) {
            trace.add(state, Narration.of("python.narr.with", line), 0, highlights, CopyEvent.WITH);
            return true;
        }
        return false;
    }

    private static Py.Obj quiet(Interpreter in, Ast.Expr test) {
        return in.lastTest();
    }

    private static String targetText(Interpreter in, Ast.Expr target) {
        List<String> names = new ArrayList<>();
        collectNames(target, names);
        List<String> parts = new ArrayList<>();
        for (String n : names) {
            Py.Obj v = in.currentLocals().get(n);
            parts.add(n + " = " + (v == null ? "?" : Snapshots.ghost(v)));
        }
        return String.join(", ", parts);
    }

    private static void collectNames(Ast.Expr t, List<String> out) {
        if (t instanceof Ast.Name n) {
            out.add(n.id());
        } else if (t instanceof Ast.TupleExpr tu) {
            tu.items().forEach(i -> collectNames(i, out));
        } else if (t instanceof Ast.ListExpr l) {
            l.items().forEach(i -> collectNames(i, out));
        }
    }

    private void deep(StepKind kind, CopyState state, Py.Obj source, Py.Obj copy, Set<Highlight> highlights) {
        String type = source.typeName();
        String label = label(source);
        switch (kind) {
            case DEEP_VISIT -> {
                if (source instanceof Py.PyTuple) {
                    trace.add(state, Narration.of("copy.narr.deepVisitTuple", label), DeepcopyLine.VISIT_TUPLE.line(), highlights);
                } else {
                    trace.add(state, Narration.of("copy.narr.deepVisit", type, label, label(copy)), DeepcopyLine.VISIT.line(), highlights);
                }
            }
            case DEEP_MEMO_HIT -> trace.add(state, Narration.of("copy.narr.deepMemo", type, label, label(copy)), DeepcopyLine.MEMO_HIT.line(), highlights);
            case DEEP_DONE -> trace.add(state, Narration.of("copy.narr.deepDone", type, label, label(copy),
                    String.valueOf(((Py.Container) copy).size())), DeepcopyLine.DONE.line(), highlights);
            case DEEP_TUPLE_SAME -> trace.add(state, Narration.of("copy.narr.deepTupleSame", label), DeepcopyLine.TUPLE_SAME.line(), highlights);
            default -> trace.add(state, Narration.of("copy.narr.deepTupleNew", label, label(copy)), DeepcopyLine.TUPLE_NEW.line(), highlights);
        }
    }

    private static String label(Py.Obj o) {
        return o instanceof Py.Container c ? Snapshots.id(c) : Snapshots.ghost(o);
    }

    private void statement(Interpreter in, CopyState state, Set<Highlight> highlights) {
        Ast.Stmt s = in.currentStatement();
        String line = String.valueOf(s.line());
        if (!in.statementCopies().isEmpty()) {
            CopyRecord r = in.statementCopies().get(in.statementCopies().size() - 1);
            copyNarration(in, state, r, line, highlights);
            return;
        }
        if (!in.mutations().isEmpty()) {
            Py.Container target = in.mutations().get(0).target();
            String names = String.join(", ", namesReaching(in, target));
            Narration n = names.isEmpty() ? Narration.of("copy.narr.mutateUnnamed", line, target.typeName(), Snapshots.id(target))
                    : Narration.of("copy.narr.mutate", line, target.typeName(), Snapshots.id(target), names);
            trace.add(state, n, 0, highlights, CopyEvent.MUTATION);
            return;
        }
        if (s instanceof Ast.Import || s instanceof Ast.FromImport) {
            trace.add(state, Narration.of("copy.narr.import", line), 0, highlights);
            return;
        }
        if (s instanceof Ast.Del) {
            trace.add(state, Narration.of("copy.narr.del", line), 0, highlights);
            return;
        }
        Map<String, Py.Obj> rebinds = in.rebinds();
        if (!rebinds.isEmpty() && (s instanceof Ast.Assign || s instanceof Ast.AugAssign)) {
            String name = rebinds.keySet().iterator().next();
            bindNarration(in, state, s, name, rebinds.get(name), line, highlights);
            return;
        }
        if (!in.printedThisStatement().isEmpty()) {
            String text = in.printedThisStatement().strip();
            trace.add(state, Narration.of("copy.narr.print", line, text.length() > 80 ? text.substring(0, 79) + "…" : text),
                    0, highlights);
            return;
        }
        trace.add(state, Narration.of("copy.narr.ran", line), 0, highlights);
    }

    private void copyNarration(Interpreter in, CopyState state, CopyRecord r, String line, Set<Highlight> highlights) {
        String how = r.how();
        if (r.result() == r.source()) {
            trace.add(state, Narration.of("copy.narr.copySame", line, how, r.source().typeName()), 0, highlights,
                    r.deep() ? CopyEvent.DEEPCOPY : CopyEvent.COPY);
            return;
        }
        if (r.result() instanceof Py.Container c) {
            highlights.add(new ObjectHighlight(Snapshots.id(c)));
        }
        long sharedInner = state.shared().stream()
                .filter(id -> !(r.result() instanceof Py.Container c && id.equals(Snapshots.id(c)))).count();
        if (r.deep()) {
            long created = state.heap().stream().filter(o -> o.serial() >= 0 && createdNow(in, o)).count();
            trace.add(state, Narration.of("copy.narr.deep", line, String.valueOf(created), String.valueOf(sharedInner)),
                    0, highlights, CopyEvent.DEEPCOPY);
        } else {
            trace.add(state, Narration.of("copy.narr.shallow", line, how, r.result().typeName(),
                    String.valueOf(sharedInner)), 0, highlights, CopyEvent.COPY);
        }
    }

    private static boolean createdNow(Interpreter in, CopyState.HeapObject o) {
        return o.serial() > 0 && in.createdThisStatement(new SerialProbe(o.serial()));
    }

    private void bindNarration(Interpreter in, CopyState state, Ast.Stmt s, String name, Py.Obj old, String line,
                               Set<Highlight> highlights) {
        Py.Obj now = in.currentLocals().get(name);
        if (s instanceof Ast.AugAssign a && now != old) {
            trace.add(state, Narration.of("copy.narr.rebindImmutable", line, name, a.op(), now.typeName()), 0, highlights);
            return;
        }
        if (now instanceof Py.Container c) {
            highlights.add(new ObjectHighlight(Snapshots.id(c)));
            if (!in.createdThisStatement(c)) {
                List<String> others = namesReaching(in, c);
                others.remove(name);
                Narration n = others.isEmpty()
                        ? Narration.of("copy.narr.aliasExisting", line, name, c.typeName(), Snapshots.id(c))
                        : Narration.of("copy.narr.alias", line, name, c.typeName(), Snapshots.id(c), String.join(", ", others));
                trace.add(state, n, 0, highlights, CopyEvent.ALIAS);
            } else {
                trace.add(state, Narration.of("copy.narr.new", line, name, c.typeName(), Snapshots.id(c)), 0, highlights);
            }
            return;
        }
        trace.add(state, Narration.of("copy.narr.bindValue", line, name, now == null ? "-" : now.typeName(),
                now == null ? "-" : Snapshots.value(now).text()), 0, highlights);
    }

    /** Names whose value reaches {@code target} (directly or through containers). */
    static List<String> namesReaching(Interpreter in, Py.Container target) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Py.Obj> e : in.globals().entrySet()) {
            if (e.getValue() instanceof Py.Container c && Snapshots.reach(List.of(c)).contains(target)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** A stand-in container carrying only a serial, to ask the interpreter when it was created. */
    private static final class SerialProbe extends Py.Container {
        SerialProbe(int serial) {
            super(serial);
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public String typeName() {
            return "probe";
        }
    }
}
