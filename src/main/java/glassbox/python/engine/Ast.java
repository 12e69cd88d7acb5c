package glassbox.python.engine;

import java.util.List;

/** The syntax tree of the subset: expressions and statements, each knowing its source line. */
public final class Ast {
    private Ast() {
    }

    /** An expression. */
    public sealed interface Expr permits Const, Name, ListExpr, TupleExpr, DictExpr, BinOp, UnaryOp, BoolOp,
            Compare, IfExp, Subscript, Slice, Attribute, Call {
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

    /** A statement, spanning lines {@code line..endLine}. */
    public sealed interface Stmt permits Assign, AugAssign, ExprStmt, Del, Import, FromImport, Pass {
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
}
