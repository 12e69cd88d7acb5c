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
            Map.entry("global", "global statements"),
            Map.entry("nonlocal", "nonlocal statements"), Map.entry("assert", "assert statements"),
            Map.entry("async", "async code"),
            Map.entry("await", "await"),
            Map.entry("lambda", "lambda expressions"));
    private static final Set<String> COMPOUND = Set.of("if", "while", "for", "def", "class", "with", "try");
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

    private int functionDepth;
    private int loopDepth;
    private boolean sawYield;

    private List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        while (peek().kind() != Token.Kind.EOF) {
            if (peek().kind() == Token.Kind.NEWLINE) {
                pos++;
                continue;
            }
            statement(out);
        }
        return out;
    }

    /** One statement (a compound one, or a line of simple ones separated by ';'), appended to {@code out}. */
    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.is(Lexer.INDENT)) {
            throw syntax(t, "unexpected indent");
        }
        if (t.is(Lexer.DEDENT)) {
            throw syntax(t, "unindent does not match any outer indentation level");
        }
        if (t.is("@")) {
            throw ScriptProblem.unsupported(t.line(), "decorators");
        }
        if (t.kind() == Token.Kind.NAME && COMPOUND.contains(t.text())) {
            out.add(compound());
            return;
        }
        if (t.kind() == Token.Kind.NAME && Set.of("elif", "else", "except", "finally").contains(t.text())) {
            throw syntax(t, "invalid syntax");
        }
        simpleLine(out);
    }

    private void simpleLine(List<Stmt> out) {
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

    /** {@code : NEWLINE INDENT statements DEDENT} or {@code : simple statements on the same line}. */
    private List<Stmt> block(Token header) {
        expect(":");
        List<Stmt> body = new ArrayList<>();
        if (peek().kind() != Token.Kind.NEWLINE) {
            simpleLine(body);
            return body;
        }
        pos++;
        if (!peek().is(Lexer.INDENT)) {
            throw ScriptProblem.syntax(peek().kind() == Token.Kind.EOF ? header.line() + 1 : peek().line(),
                    "expected an indented block after '" + header.text() + "' statement on line " + header.line());
        }
        pos++;
        while (!peek().is(Lexer.DEDENT) && peek().kind() != Token.Kind.EOF) {
            if (peek().kind() == Token.Kind.NEWLINE) {
                pos++;
                continue;
            }
            statement(body);
        }
        accept(Lexer.DEDENT);
        return body;
    }

    private Stmt compound() {
        Token t = next();
        switch (t.text()) {
            case "if" -> {
                return ifRest(t);
            }
            case "while" -> {
                Expr test = namedExpression();
                loopDepth++;
                List<Stmt> body = block(t);
                loopDepth--;
                List<Stmt> orElse = peek().is("else") ? elseBlock() : List.of();
                return new Ast.While(t.line(), t.line(), test, body, orElse);
            }
            case "for" -> {
                Expr target = targetList();
                checkTarget(target, "assign to");
                expect("in");
                Expr iter = exprList();
                loopDepth++;
                List<Stmt> body = block(t);
                loopDepth--;
                List<Stmt> orElse = peek().is("else") ? elseBlock() : List.of();
                return new Ast.For(t.line(), t.line(), target, iter, body, orElse);
            }
            case "def" -> {
                return functionDef(t);
            }
            case "class" -> {
                String name = name();
                Expr base = null;
                if (accept("(")) {
                    if (!peek().is(")")) {
                        base = expression();
                        if (accept(",") && !peek().is(")")) {
                            throw ScriptProblem.unsupported(t.line(), "multiple inheritance and class keywords");
                        }
                    }
                    expect(")");
                }
                int savedLoop = loopDepth;
                loopDepth = 0;
                List<Stmt> body = block(t);
                loopDepth = savedLoop;
                return new Ast.ClassDef(t.line(), t.line(), name, base, body);
            }
            case "with" -> {
                List<Ast.WithItem> items = new ArrayList<>();
                if (peek().is("(")) {
                    throw ScriptProblem.unsupported(t.line(), "parenthesised with items");
                }
                do {
                    Expr ctx = expression();
                    Expr target = null;
                    if (accept("as")) {
                        target = targetAtom();
                        checkTarget(target, "assign to");
                    }
                    items.add(new Ast.WithItem(ctx, target));
                } while (accept(","));
                return new Ast.With(t.line(), t.line(), items, block(t));
            }
            default -> {
                return tryRest(t);
            }
        }
    }

    private Stmt ifRest(Token t) {
        Expr test = namedExpression();
        List<Stmt> body = block(t);
        List<Stmt> orElse = List.of();
        if (peek().is("elif")) {
            Token e = next();
            orElse = List.of(ifRest(e));
        } else if (peek().is("else")) {
            orElse = elseBlock();
        }
        return new Ast.If(t.line(), t.line(), test, body, orElse);
    }

    private List<Stmt> elseBlock() {
        Token e = next();
        return block(e);
    }

    private Stmt tryRest(Token t) {
        List<Stmt> body = block(t);
        List<Ast.Handler> handlers = new ArrayList<>();
        while (peek().is("except")) {
            Token e = next();
            if (peek().is("*")) {
                throw ScriptProblem.unsupported(e.line(), "except*");
            }
            Expr type = null;
            String name = null;
            if (!peek().is(":")) {
                type = expression();
                if (accept("as")) {
                    name = name();
                }
            }
            if (type == null && !handlers.isEmpty() && false) {
                break;
            }
            handlers.add(new Ast.Handler(e.line(), type, name, block(e)));
        }
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (handlers.get(i).type() == null) {
                throw ScriptProblem.syntax(handlers.get(i).line(), "default 'except:' must be last");
            }
        }
        List<Stmt> orElse = List.of();
        if (peek().is("else")) {
            if (handlers.isEmpty()) {
                throw syntax(peek(), "invalid syntax");
            }
            orElse = elseBlock();
        }
        List<Stmt> fin = List.of();
        if (peek().is("finally")) {
            fin = elseBlock();
        } else if (handlers.isEmpty()) {
            throw syntax(peek(), "expected 'except' or 'finally' block");
        }
        return new Ast.Try(t.line(), t.line(), body, handlers, orElse, fin);
    }

    private Stmt functionDef(Token t) {
        String name = name();
        expect("(");
        List<String> params = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        while (!peek().is(")")) {
            Token p = peek();
            if (p.is("*") || p.is("**") || p.is("/")) {
                throw ScriptProblem.unsupported(p.line(), "*args, **kwargs and / or * in parameter lists");
            }
            String n = name();
            if (params.contains(n)) {
                throw ScriptProblem.syntax(p.line(), "duplicate argument '" + n + "' in function definition");
            }
            if (peek().is(":")) {
                throw ScriptProblem.unsupported(p.line(), "annotations");
            }
            params.add(n);
            if (accept("=")) {
                defaults.add(expression());
            } else if (!defaults.isEmpty()) {
                throw ScriptProblem.syntax(p.line(), "non-default argument follows default argument");
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        if (peek().is("->")) {
            throw ScriptProblem.unsupported(t.line(), "annotations");
        }
        int savedLoop = loopDepth;
        boolean savedYield = sawYield;
        loopDepth = 0;
        sawYield = false;
        functionDepth++;
        List<Stmt> body = block(t);
        functionDepth--;
        boolean generator = sawYield;
        loopDepth = savedLoop;
        sawYield = savedYield;
        java.util.Set<String> locals = new java.util.LinkedHashSet<>(params);
        Scopes.assigned(body, locals);
        return new Ast.FunctionDef(t.line(), t.line(), name, params, defaults, body, generator, locals);
    }

    /** A for-loop or with target: names, subscripts, attributes, tuples of them (no bare 'in'). */
    private Expr targetList() {
        Token start = peek();
        Expr first = targetAtom();
        if (!peek().is(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (peek().is("in")) {
                break;
            }
            items.add(targetAtom());
        }
        return new Ast.TupleExpr(start.line(), items);
    }

    private Expr targetAtom() {
        return bitwise();
    }

    private Expr namedExpression() {
        return expression();
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
                case "break", "continue" -> {
                    pos++;
                    if (loopDepth == 0) {
                        throw syntax(t, w.equals("break") ? "'break' outside loop" : "'continue' not properly in loop");
                    }
                    return w.equals("break") ? new Ast.Break(t.line(), t.line()) : new Ast.Continue(t.line(), t.line());
                }
                case "return" -> {
                    pos++;
                    if (functionDepth == 0) {
                        throw syntax(t, "'return' outside function");
                    }
                    Expr value = atExprEnd() ? null : exprList();
                    return new Ast.Return(t.line(), lastLine(), value);
                }
                case "raise" -> {
                    pos++;
                    Expr exc = atExprEnd() ? null : expression();
                    if (peek().is("from")) {
                        throw ScriptProblem.unsupported(t.line(), "raise ... from ...");
                    }
                    return new Ast.Raise(t.line(), lastLine(), exc);
                }
                case "yield" -> {
                    return new Ast.ExprStmt(t.line(), lastLine(), yieldExpr());
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
                parts.add(peek().is("yield") ? yieldExpr() : exprList());
            }
            Expr value = parts.remove(parts.size() - 1);
            parts.forEach(e -> checkTarget(e, "assign to"));
            return new Ast.Assign(t.line(), lastLine(), parts, value);
        }
        if (peek().kind() == Token.Kind.OP && AUG.contains(peek().text())) {
            String op = next().text();
            if (!(first instanceof Ast.Name) && !(first instanceof Ast.Subscript) && !(first instanceof Ast.Attribute)) {
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

    private Expr yieldExpr() {
        Token t = next();
        if (functionDepth == 0) {
            throw syntax(t, "'yield' outside function");
        }
        if (peek().is("from")) {
            throw ScriptProblem.unsupported(t.line(), "yield from");
        }
        sawYield = true;
        return new Ast.Yield(t.line(), atExprEnd() ? null : exprList());
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
            throw ScriptProblem.unsupported(t.line(), "from " + module + " import *");
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
            if (module.equals("copy") && !a.name().equals("copy") && !a.name().equals("deepcopy")) {
                throw ScriptProblem.unsupported(t.line(), "importing '" + a.name() + "' from copy (only copy and deepcopy)");
            }
            if (module.equals("sys") && !a.name().equals("getrefcount")) {
                throw ScriptProblem.unsupported(t.line(), "importing '" + a.name() + "' from sys (only getrefcount)");
            }
        }
        return new Ast.FromImport(t.line(), lastLine(), module, names);
    }

    private static void requireCopy(Token t, String module) {
        if (!module.equals("copy") && !module.equals("sys")) {
            throw ScriptProblem.unsupported(t.line(), "importing module '" + module + "' (only copy and sys)");
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
        if (e instanceof Ast.Name || e instanceof Ast.Subscript || e instanceof Ast.Attribute) {
            return;
        }
        if (e instanceof Ast.TupleExpr tu) {
            tu.items().forEach(i -> checkTarget(i, verb));
        } else if (e instanceof Ast.ListExpr li) {
            li.items().forEach(i -> checkTarget(i, verb));
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
        if (t.is("await")) {
            throw ScriptProblem.unsupported(t.line(), t.text());
        }
        if (t.is("yield")) {
            throw ScriptProblem.unsupported(t.line(), "yield inside an expression (only 'yield x' and 'y = yield x')");
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
                if (t.text().equals("yield")) {
                    throw ScriptProblem.unsupported(t.line(), "yield inside an expression (only 'yield x' and 'y = yield x')");
                }
                if (UNSUPPORTED_STATEMENTS.containsKey(t.text()) && Set.of("lambda", "await").contains(t.text())) {
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
