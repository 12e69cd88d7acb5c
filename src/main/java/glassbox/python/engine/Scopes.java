package glassbox.python.engine;

import glassbox.python.engine.Ast.Expr;
import glassbox.python.engine.Ast.Stmt;
import java.util.List;
import java.util.Set;

/** CPython's compile-time scope rule: a name a function body binds anywhere is local to it. */
final class Scopes {
    private Scopes() {
    }

    /** Adds to {@code out} every name {@code body} binds (not looking inside nested defs and classes). */
    static void assigned(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            if (s instanceof Ast.Assign a) {
                a.targets().forEach(t -> target(t, out));
            } else if (s instanceof Ast.AugAssign a) {
                target(a.target(), out);
            } else if (s instanceof Ast.Del d) {
                d.targets().forEach(t -> target(t, out));
            } else if (s instanceof Ast.Import i) {
                out.add(i.asName() != null ? i.asName() : i.module());
            } else if (s instanceof Ast.FromImport f) {
                f.names().forEach(a -> out.add(a.asName() != null ? a.asName() : a.name()));
            } else if (s instanceof Ast.If i) {
                assigned(i.body(), out);
                assigned(i.orElse(), out);
            } else if (s instanceof Ast.While w) {
                assigned(w.body(), out);
                assigned(w.orElse(), out);
            } else if (s instanceof Ast.For f) {
                target(f.target(), out);
                assigned(f.body(), out);
                assigned(f.orElse(), out);
            } else if (s instanceof Ast.FunctionDef f) {
                out.add(f.name());
            } else if (s instanceof Ast.ClassDef c) {
                out.add(c.name());
            } else if (s instanceof Ast.With w) {
                w.items().forEach(i -> {
                    if (i.target() != null) {
                        target(i.target(), out);
                    }
                });
                assigned(w.body(), out);
            } else if (s instanceof Ast.Try t) {
                assigned(t.body(), out);
                for (Ast.Handler h : t.handlers()) {
                    if (h.name() != null) {
                        out.add(h.name());
                    }
                    assigned(h.body(), out);
                }
                assigned(t.orElse(), out);
                assigned(t.finalBody(), out);
            }
        }
    }

    private static void target(Expr t, Set<String> out) {
        if (t instanceof Ast.Name n) {
            out.add(n.id());
        } else if (t instanceof Ast.TupleExpr tu) {
            tu.items().forEach(i -> target(i, out));
        } else if (t instanceof Ast.ListExpr l) {
            l.items().forEach(i -> target(i, out));
        }
    }
}
