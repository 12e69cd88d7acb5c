package glassbox.python.engine;

import glassbox.python.engine.Ast.Expr;
import glassbox.python.engine.Ast.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive-descent parser for the straight-line subset, with Python's operator precedence. Valid
 * Python outside the subset (loops, functions, sets, …) is refused as {@link ScriptProblem.Kind#UNSUPPORTED}
 * naming the line and the construct; invalid Python as {@link ScriptProblem.Kind#SYNTAX}.
 */
public final class Parser {
    private static final Map<String, String> UNSUPPORTED_STATEMENTS = Map.ofEntries(
            Map.entry("if", "if statements"), Map.entry("elif", "if statements"), Map.entry("else", "if statements"),
            Map.entry("for", "for loops"), Map.entry("while", "while loops"), Map.entry("def", "function definitions"),
            Map.entry("class", "class definitions"), Map.entry("return", "return statements"),
            Map.entry("try", "try statements"), Map.entry("except", "try statements"), Map.entry("finally", "try statements"),
            Map.entry("with", "with statements"), Map.entry("global", "global statements"),
            Map.entry("nonlocal", "nonlocal statements"), Map.entry("assert", "assert statements"),
            Map.entry("raise", "raise statements"), Map.entry("yield", "yield"), Map.entry("async", "async code"),
            Map.entry("await", "await"), Map.entry("break", "break statements"), Map.entry("continue", "continue statements"),
            Map.entry("lambda", "lambda expressions"));
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    private static final Set<String> COMPARE = Set.of("<", ">", "==", "!=", "<=", ">=");
    private static final Set<String> AUG = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=");

    private final List<Token> tokens;
    private int pos;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole script; throws {@link ScriptProblem} for invalid or unsupported code. */
    public static List<Stmt> parse(String source) {
        Parser p = new Parser(Lexer.tokenize(source));
        return p.program();
    }

    private List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        while (peek().kind() != Token.Kind.EOF) {
            if (peek().kind() == Token.Kind.NEWLINE) {
                pos++;
                continue;
            }
            out.add(simpleStatement());
            while (accept(";")) {
                if (peek().kind() == Token.Kind.NEWLINE) {
                    break;
                }
                out.add(simpleStatement());
            }
            if (peek().kind() != Token.Kind.NEWLINE) {
                throw syntax(peek(), "invalid syntax");
            }
            pos++;
        }
        return out;
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.is(Lexer.INDENT)) {
            throw syntax(t, "unexpected indent");
        }
        if (t.kind() == Token.Kind.NAME) {
            String w = t.text();
            if (UNSUPPORTED_STATEMENTS.containsKey(w)) {
                throw ScriptProblem.unsupported(t.line(), UNSUPPORTED_STATEMENTS.get(w));
            }
            switch (w) {
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "del" -> {
                    pos++;
                    Expr targets = exprList();
                    List<Expr> list = targets instanceof Ast.TupleExpr tu ? tu.items() : List.of(targets);
                    list.forEach(e -> checkTarget(e, "delete"));
                    return new Ast.Del(t.line(), lastLine(), list);
                }
                case "pass" -> {
                    pos++;
                    return new Ast.Pass(t.line(), t.line());
                }
                default -> {
                }
            }
        }
        Expr first = exprList();
        if (peek().is("=")) {
            List<Expr> parts = new ArrayList<>();
            parts.add(first);
            while (accept("=")) {
                if (peek().is("yield")) {
                    throw ScriptProblem.unsupported(peek().line(), "yield");
                }
                parts.add(exprList());
            }
            Expr value = parts.remove(parts.size() - 1);
            parts.forEach(e -> checkTarget(e, "assign to"));
            return new Ast.Assign(t.line(), lastLine(), parts, value);
        }
        if (peek().kind() == Token.Kind.OP && AUG.contains(peek().text())) {
            String op = next().text();
            if (!(first instanceof Ast.Name) && !(first instanceof Ast.Subscript)) {
                if (first instanceof Ast.Attribute) {
                    throw ScriptProblem.unsupported(t.line(), "attribute assignment");
                }
                throw syntax(t, "'" + describe(first) + "' is an illegal expression for augmented assignment");
            }
            Expr value = exprList();
            return new Ast.AugAssign(t.line(), lastLine(), first, op.substring(0, op.length() - 1), value);
        }
        if (peek().kind() == Token.Kind.OP && Set.of("&=", "|=", "^=", "<<=", ">>=", "@=").contains(peek().text())) {
            throw ScriptProblem.unsupported(t.line(), "the " + peek().text() + " operator");
        }
        if (peek().is(":")) {
            throw ScriptProblem.unsupported(t.line(), "annotations");
        }
        return new Ast.ExprStmt(t.line(), lastLine(), first);
    }

    private Stmt importStatement() {
        Token t = next();
        String module = dottedName();
        String as = null;
        if (accept("as")) {
            as = name();
        }
        if (peek().is(",")) {
            throw ScriptProblem.unsupported(t.line(), "importing several modules in one statement");
        }
        requireCopy(t, module);
        return new Ast.Import(t.line(), lastLine(), module, as);
    }

    private Stmt fromImport() {
        Token t = next();
        if (peek().is(".")) {
            throw ScriptProblem.unsupported(t.line(), "relative imports");
        }
        String module = dottedName();
        expect("import");
        boolean paren = accept("(");
        List<Ast.Alias> names = new ArrayList<>();
        if (peek().is("*")) {
            throw ScriptProblem.unsupported(t.line(), "from copy import *");
        }
        do {
            if (paren && peek().is(")")) {
                break;
            }
            String n = name();
            String as = accept("as") ? name() : null;
            names.add(new Ast.Alias(n, as));
        } while (accept(","));
        if (paren) {
            expect(")");
        }
        requireCopy(t, module);
        for (Ast.Alias a : names) {
            if (!a.name().equals("copy") && !a.name().equals("deepcopy")) {
                throw ScriptProblem.unsupported(t.line(), "importing '" + a.name() + "' from copy (only copy and deepcopy)");
            }
        }
        return new Ast.FromImport(t.line(), lastLine(), module, names);
    }

    private static void requireCopy(Token t, String module) {
        if (!module.equals("copy")) {
            throw ScriptProblem.unsupported(t.line(), "importing module '" + module + "' (only copy)");
        }
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(name());
        while (accept(".")) {
            sb.append('.').append(name());
        }
        return sb.toString();
    }

    private String name() {
        Token t = next();
        if (t.kind() != Token.Kind.NAME || KEYWORDS.contains(t.text())) {
            throw syntax(t, "invalid syntax");
        }
        return t.text();
    }

    private void checkTarget(Expr e, String verb) {
        if (e instanceof Ast.Name || e instanceof Ast.Subscript) {
            return;
        }
        if (e instanceof Ast.TupleExpr tu) {
            tu.items().forEach(i -> checkTarget(i, verb));
        } else if (e instanceof Ast.ListExpr li) {
            li.items().forEach(i -> checkTarget(i, verb));
        } else if (e instanceof Ast.Attribute) {
            throw ScriptProblem.unsupported(e.line(), "attribute assignment");
        } else {
            throw ScriptProblem.syntax(e.line(), "cannot " + verb + " " + describe(e)
                    + (verb.equals("assign to") && !(e instanceof Ast.Compare) ? " here. Maybe you meant '==' instead of '='?" : ""));
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Ast.Const) {
            return "literal";
        } else if (e instanceof Ast.Call) {
            return "function call";
        } else if (e instanceof Ast.Compare) {
            return "comparison";
        } else if (e instanceof Ast.TupleExpr) {
            return "tuple";
        } else if (e instanceof Ast.DictExpr) {
            return "dict literal";
        } else if (e instanceof Ast.ListExpr) {
            return "list";
        }
        return "expression";
    }

    // ---- expressions

    private Expr exprList() {
        Token start = peek();
        Expr first = expression();
        if (!peek().is(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atExprEnd()) {
                break;
            }
            items.add(expression());
        }
        return new Ast.TupleExpr(start.line(), items);
    }

    private boolean atExprEnd() {
        Token t = peek();
        return t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF
                || t.kind() == Token.Kind.OP && Set.of(")", "]", "}", "=", ";", ":").contains(t.text())
                || t.kind() == Token.Kind.OP && AUG.contains(t.text());
    }

    private Expr expression() {
        Token t = peek();
        if (t.is("lambda")) {
            throw ScriptProblem.unsupported(t.line(), "lambda expressions");
        }
        if (t.is("yield") || t.is("await")) {
            throw ScriptProblem.unsupported(t.line(), t.text());
        }
        if (t.is("*")) {
            throw ScriptProblem.unsupported(t.line(), "star expressions");
        }
        Expr e = disjunction();
        if (peek().is("if")) {
            pos++;
            Expr test = disjunction();
            expect("else");
            Expr orElse = expression();
            return new Ast.IfExp(t.line(), test, e, orElse);
        }
        if (peek().is(":=")) {
            throw ScriptProblem.unsupported(t.line(), "assignment expressions (:=)");
        }
        return e;
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!peek().is("or")) {
            return first;
        }
        List<Expr> vs = new ArrayList<>(List.of(first));
        while (accept("or")) {
            vs.add(conjunction());
        }
        return new Ast.BoolOp(first.line(), "or", vs);
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!peek().is("and")) {
            return first;
        }
        List<Expr> vs = new ArrayList<>(List.of(first));
        while (accept("and")) {
            vs.add(inversion());
        }
        return new Ast.BoolOp(first.line(), "and", vs);
    }

    private Expr inversion() {
        Token t = peek();
        if (accept("not")) {
            return new Ast.UnaryOp(t.line(), "not", inversion());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = bitwise();
        List<String> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        while (true) {
            Token t = peek();
            String op;
            if (t.kind() == Token.Kind.OP && COMPARE.contains(t.text())) {
                op = next().text();
            } else if (t.is("in")) {
                pos++;
                op = "in";
            } else if (t.is("not") && tokens.get(pos + 1).is("in")) {
                pos += 2;
                op = "not in";
            } else if (t.is("is")) {
                pos++;
                op = accept("not") ? "is not" : "is";
            } else {
                break;
            }
            ops.add(op);
            rights.add(bitwise());
        }
        return ops.isEmpty() ? left : new Ast.Compare(left.line(), left, ops, rights);
    }

    private Expr bitwise() {
        Expr e = sum();
        Token t = peek();
        if (t.kind() == Token.Kind.OP && Set.of("|", "&", "^", "<<", ">>").contains(t.text())) {
            throw ScriptProblem.unsupported(t.line(), "the " + t.text() + " operator");
        }
        return e;
    }

    private Expr sum() {
        Expr e = term();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            e = new Ast.BinOp(e.line(), op.text(), e, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%") || peek().is("@")) {
            Token op = next();
            if (op.text().equals("@")) {
                throw ScriptProblem.unsupported(op.line(), "the @ operator");
            }
            e = new Ast.BinOp(e.line(), op.text(), e, factor());
        }
        return e;
    }

    private Expr factor() {
        Token t = peek();
        if (t.is("-") || t.is("+")) {
            pos++;
            return new Ast.UnaryOp(t.line(), t.text(), factor());
        }
        if (t.is("~")) {
            throw ScriptProblem.unsupported(t.line(), "the ~ operator");
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().is("**")) {
            Token op = next();
            return new Ast.BinOp(base.line(), "**", base, factor());
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.is("(")) {
                pos++;
                e = call(e, e.line());
            } else if (t.is("[")) {
                pos++;
                e = new Ast.Subscript(e.line(), e, subscript());
                expect("]");
            } else if (t.is(".")) {
                pos++;
                e = new Ast.Attribute(e.line(), e, name());
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func, int line) {
        List<Expr> args = new ArrayList<>();
        List<Ast.Keyword> kws = new ArrayList<>();
        while (!peek().is(")")) {
            Token t = peek();
            if (t.is("*") || t.is("**")) {
                throw ScriptProblem.unsupported(t.line(), "argument unpacking (*args, **kwargs)");
            }
            if (t.kind() == Token.Kind.NAME && tokens.get(pos + 1).is("=") && !KEYWORDS.contains(t.text())) {
                pos += 2;
                String n = t.text();
                if (kws.stream().anyMatch(k -> k.name().equals(n))) {
                    throw syntax(t, "keyword argument repeated: " + n);
                }
                kws.add(new Ast.Keyword(n, expression()));
            } else {
                Expr a = expression();
                if (peek().is("for")) {
                    throw ScriptProblem.unsupported(t.line(), "generator expressions");
                }
                if (!kws.isEmpty()) {
                    throw syntax(t, "positional argument follows keyword argument");
                }
                args.add(a);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Ast.Call(line, func, args, kws);
    }

    private Expr subscript() {
        Token start = peek();
        List<Expr> items = new ArrayList<>();
        boolean comma = false;
        do {
            if (peek().is("]")) {
                break;
            }
            items.add(sliceOrExpr());
            if (peek().is(",")) {
                comma = true;
            }
        } while (accept(","));
        if (items.isEmpty()) {
            throw syntax(peek(), "invalid syntax");
        }
        if (!comma) {
            return items.get(0);
        }
        if (items.stream().anyMatch(i -> i instanceof Ast.Slice)) {
            throw ScriptProblem.unsupported(start.line(), "multi-dimensional slices");
        }
        return new Ast.TupleExpr(start.line(), items);
    }

    private Expr sliceOrExpr() {
        Token t = peek();
        Expr lower = null;
        if (!peek().is(":")) {
            lower = expression();
            if (!peek().is(":")) {
                return lower;
            }
        }
        expect(":");
        Expr upper = null;
        Expr step = null;
        if (!peek().is(":") && !peek().is("]") && !peek().is(",")) {
            upper = expression();
        }
        if (accept(":")) {
            if (!peek().is("]") && !peek().is(",")) {
                step = expression();
            }
        }
        return new Ast.Slice(t.line(), lower, upper, step);
    }

    private Expr atom() {
        Token t = next();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "True" -> {
                        return new Ast.Const(t.line(), Py.Bool.TRUE);
                    }
                    case "False" -> {
                        return new Ast.Const(t.line(), Py.Bool.FALSE);
                    }
                    case "None" -> {
                        return new Ast.Const(t.line(), Py.None.NONE);
                    }
                    default -> {
                    }
                }
                if (UNSUPPORTED_STATEMENTS.containsKey(t.text()) && Set.of("lambda", "yield", "await").contains(t.text())) {
                    throw ScriptProblem.unsupported(t.line(), UNSUPPORTED_STATEMENTS.get(t.text()));
                }
                if (KEYWORDS.contains(t.text())) {
                    throw syntax(t, "invalid syntax");
                }
                return new Ast.Name(t.line(), t.text());
            }
            case INT -> {
                return new Ast.Const(t.line(), Py.Int.of(parseInt(t)));
            }
            case FLOAT -> {
                return new Ast.Const(t.line(), new Py.Float(Double.parseDouble(t.text().replace("_", ""))));
            }
            case STRING -> {
                return new Ast.Const(t.line(), Py.Str.of(t.text()));
            }
            case OP -> {
                return bracketed(t);
            }
            default -> throw syntax(t, t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.NEWLINE
                    ? "invalid syntax" : "invalid syntax");
        }
    }

    private Expr bracketed(Token t) {
        switch (t.text()) {
            case "(" -> {
                if (accept(")")) {
                    return new Ast.TupleExpr(t.line(), List.of());
                }
                Expr first = expression();
                if (peek().is("for")) {
                    throw ScriptProblem.unsupported(t.line(), "generator expressions");
                }
                if (accept(")")) {
                    return first;
                }
                List<Expr> items = new ArrayList<>(List.of(first));
                expect(",");
                while (!peek().is(")")) {
                    items.add(expression());
                    if (!accept(",")) {
                        break;
                    }
                }
                expect(")");
                return new Ast.TupleExpr(t.line(), items);
            }
            case "[" -> {
                List<Expr> items = new ArrayList<>();
                while (!peek().is("]")) {
                    items.add(expression());
                    if (peek().is("for")) {
                        throw ScriptProblem.unsupported(t.line(), "list comprehensions");
                    }
                    if (!accept(",")) {
                        break;
                    }
                }
                expect("]");
                return new Ast.ListExpr(t.line(), items);
            }
            case "{" -> {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                while (!peek().is("}")) {
                    if (peek().is("**")) {
                        throw ScriptProblem.unsupported(t.line(), "dict unpacking (**)");
                    }
                    Expr k = expression();
                    if (!peek().is(":")) {
                        throw ScriptProblem.unsupported(t.line(), peek().is("for") ? "set comprehensions" : "sets");
                    }
                    expect(":");
                    Expr v = expression();
                    if (peek().is("for")) {
                        throw ScriptProblem.unsupported(t.line(), "dict comprehensions");
                    }
                    keys.add(k);
                    values.add(v);
                    if (!accept(",")) {
                        break;
                    }
                }
                expect("}");
                return new Ast.DictExpr(t.line(), keys, values);
            }
            case "..." -> throw ScriptProblem.unsupported(t.line(), "Ellipsis (...)");
            default -> throw syntax(t, "invalid syntax");
        }
    }

    private static BigInteger parseInt(Token t) {
        String s = t.text().replace("_", "").toLowerCase();
        try {
            if (s.startsWith("0x")) {
                return new BigInteger(s.substring(2), 16);
            }
            if (s.startsWith("0o")) {
                return new BigInteger(s.substring(2), 8);
            }
            if (s.startsWith("0b")) {
                return new BigInteger(s.substring(2), 2);
            }
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            throw ScriptProblem.syntax(t.line(), "invalid literal");
        }
    }

    // ---- token helpers

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private int lastLine() {
        return tokens.get(Math.max(0, pos - 1)).line();
    }

    private boolean accept(String op) {
        if (peek().is(op) && peek().kind() != Token.Kind.STRING) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String op) {
        if (!accept(op)) {
            Token t = peek();
            if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.NEWLINE && Set.of(")", "]", "}").contains(op)) {
                throw syntax(t, "'" + op + "' was never closed");
            }
            throw syntax(t, "invalid syntax");
        }
    }

    private static ScriptProblem syntax(Token t, String message) {
        return ScriptProblem.syntax(t.line(), message);
    }
}
