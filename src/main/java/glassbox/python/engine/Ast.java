package glassbox.python.engine;

import java.util.List;

/** The syntax tree of the subset: expressions and statements, each knowing its source line. */
public final class Ast {
    private Ast() {
    }

    /** An expression. */
    public sealed interface Expr permits Const, Name, ListExpr, TupleExpr, DictExpr, BinOp, UnaryOp, BoolOp,
            Compare, IfExp, Subscript, Slice, Attribute, Call, Yield {
        int line();
    }

    public record Const(int line, Py.Obj value) implements Expr {
    }

    public record Name(int line, String id) implements Expr {
    }

    public record ListExpr(int line, List<Expr> items) implements Expr {
    }

    public record TupleExpr(int line, List<Expr> items) implements Expr {
    }

    public record DictExpr(int line, List<Expr> keys, List<Expr> values) implements Expr {
    }

    public record BinOp(int line, String op, Expr left, Expr right) implements Expr {
    }

    public record UnaryOp(int line, String op, Expr operand) implements Expr {
    }

    /** {@code and} / {@code or} over two or more operands. */
    public record BoolOp(int line, String op, List<Expr> values) implements Expr {
    }

    /** A comparison chain {@code a < b == c}. */
    public record Compare(int line, Expr left, List<String> ops, List<Expr> rights) implements Expr {
    }

    public record IfExp(int line, Expr test, Expr body, Expr orElse) implements Expr {
    }

    public record Subscript(int line, Expr value, Expr index) implements Expr {
    }

    /** {@code lo:hi:step} inside a subscript; parts may be null. */
    public record Slice(int line, Expr lower, Expr upper, Expr step) implements Expr {
    }

    public record Attribute(int line, Expr value, String name) implements Expr {
    }

    public record Keyword(String name, Expr value) {
    }

    public record Call(int line, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /** {@code yield value} (value may be null). */
    public record Yield(int line, Expr value) implements Expr {
    }

    /** A statement, spanning lines {@code line..endLine}. */
    public sealed interface Stmt permits Assign, AugAssign, ExprStmt, Del, Import, FromImport, Pass, If, While, For,
            Break, Continue, Return, FunctionDef, ClassDef, With, Try, Raise {
        int line();

        int endLine();
    }

    /** {@code t1 = t2 = value}: targets are assigned left to right. */
    public record Assign(int line, int endLine, List<Expr> targets, Expr value) implements Stmt {
    }

    public record AugAssign(int line, int endLine, Expr target, String op, Expr value) implements Stmt {
    }

    public record ExprStmt(int line, int endLine, Expr value) implements Stmt {
    }

    public record Del(int line, int endLine, List<Expr> targets) implements Stmt {
    }

    /** {@code import copy [as name]}. */
    public record Import(int line, int endLine, String module, String asName) implements Stmt {
    }

    public record Alias(String name, String asName) {
    }

    /** {@code from copy import copy, deepcopy}. */
    public record FromImport(int line, int endLine, String module, List<Alias> names) implements Stmt {
    }

    public record Pass(int line, int endLine) implements Stmt {
    }

    /** {@code if test: body else: orElse} ({@code elif} is an If inside orElse). */
    public record If(int line, int endLine, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    public record While(int line, int endLine, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    public record For(int line, int endLine, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) implements Stmt {
    }

    public record Break(int line, int endLine) implements Stmt {
    }

    public record Continue(int line, int endLine) implements Stmt {
    }

    /** {@code return value} (value may be null). */
    public record Return(int line, int endLine, Expr value) implements Stmt {
    }

    /**
     * {@code def name(params): body}; the last {@code defaults.size()} parameters have defaults.
     * {@code locals} are the names the body assigns (so they are local, as CPython decides at compile time).
     */
    public record FunctionDef(int line, int endLine, String name, List<String> params, List<Expr> defaults,
                              List<Stmt> body, boolean generator, java.util.Set<String> locals) implements Stmt {
    }

    /** {@code class name(base): body}. */
    public record ClassDef(int line, int endLine, String name, Expr base, List<Stmt> body) implements Stmt {
    }

    /** One {@code expr as target} of a with statement (target may be null). */
    public record WithItem(Expr context, Expr target) {
    }

    public record With(int line, int endLine, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    /** {@code except Type as name:} (type and name may be null). */
    public record Handler(int line, Expr type, String name, List<Stmt> body) {
    }

    public record Try(int line, int endLine, List<Stmt> body, List<Handler> handlers, List<Stmt> orElse,
                      List<Stmt> finalBody) implements Stmt {
    }

    /** {@code raise exc} (null: re-raise the exception being handled). */
    public record Raise(int line, int endLine, Expr exc) implements Stmt {
    }
}
