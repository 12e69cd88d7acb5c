package glassbox.python.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns script text into tokens the way Python's tokenizer does for straight-line code: implicit
 * line joining inside brackets, backslash continuation, comments, string prefixes and escapes.
 * Indented lines are an error (the subset has no blocks).
 */
public final class Lexer {
    private static final String[] OPS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "@=", "<<", ">>", "+", "-", "*", "/", "%", "(", ")", "[", "]", "{", "}", ",", ":",
        ".", ";", "=", "<", ">", "&", "|", "^", "~", "@"};
    /** CPython's tokenizer limit on open brackets. */
    static final int MAX_NESTING = 200;
    /** Opens an indented block. */
    static final String INDENT = "<indent>";
    /** Closes an indented block. */
    static final String DEDENT = "<dedent>";
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "R", "U");

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private final List<Character> brackets = new ArrayList<>();
    private final List<Integer> bracketLines = new ArrayList<>();

    private Lexer(String src) {
        this.src = src.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static List<Token> tokenize(String src) {
        Lexer lx = new Lexer(src);
        lx.run();
        return lx.tokens;
    }

    private void run() {
        boolean atLineStart = true;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (atLineStart && depth == 0) {
                int indent = 0;
                while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
                    indent = src.charAt(pos) == '\t' ? (indent / 8 + 1) * 8 : src.charAt(pos) == '\f' ? 0 : indent + 1;
                    pos++;
                }
                if (pos >= src.length()) {
                    break;
                }
                c = src.charAt(pos);
                if (c == '\n' || c == '#') {
                    skipToLineEnd();
                    continue;
                }
                indentTo(indent);
                atLineStart = false;
            }
            if (c == '\n') {
                if (depth == 0) {
                    add(Token.Kind.NEWLINE, "\n", pos, pos + 1);
                    atLineStart = true;
                }
                newline();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos++;
                    newline();
                } else if (pos + 1 >= src.length()) {
                    throw ScriptProblem.syntax(line, "unexpected EOF while parsing");
                } else {
                    throw ScriptProblem.syntax(line, "unexpected character after line continuation character");
                }
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (Character.isLetter(c) || c == '_' || c > 127 && Character.isUnicodeIdentifierStart(c)) {
                nameOrString();
            } else if (c == '\'' || c == '"') {
                string(pos, "");
            } else {
                operator();
            }
        }
        if (depth > 0) {
            throw ScriptProblem.syntax(bracketLines.get(bracketLines.size() - 1),
                    "'" + brackets.get(brackets.size() - 1) + "' was never closed");
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Token.Kind.NEWLINE) {
            add(Token.Kind.NEWLINE, "\n", pos, pos);
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            add(Token.Kind.OP, DEDENT, pos, pos);
        }
        if (tokens.isEmpty()) {
            add(Token.Kind.NEWLINE, "\n", pos, pos);
        }
        add(Token.Kind.EOF, "", pos, pos);
    }

    private void indentTo(int indent) {
        int top = indents.get(indents.size() - 1);
        if (indent > top) {
            if (indents.size() > MAX_NESTING / 2) {
                throw ScriptProblem.syntax(line, "too many levels of indentation");
            }
            indents.add(indent);
            add(Token.Kind.OP, INDENT, pos, pos);
            return;
        }
        while (indent < indents.get(indents.size() - 1)) {
            indents.remove(indents.size() - 1);
            add(Token.Kind.OP, DEDENT, pos, pos);
        }
        if (indent != indents.get(indents.size() - 1)) {
            throw ScriptProblem.syntax(line, "unindent does not match any outer indentation level");
        }
    }

    private void skipToLineEnd() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < src.length()) {
            newline();
        }
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private void add(Token.Kind kind, String text, int start, int end) {
        tokens.add(new Token(kind, text, line, start - lineStart + 1, end));
    }

    private void number() {
        int start = pos;
        boolean isFloat = false;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            pos += 2;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        } else {
            digits();
            if (pos < src.length() && src.charAt(pos) == '.') {
                isFloat = true;
                pos++;
                digits();
            }
            if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    isFloat = true;
                    digits();
                } else {
                    pos = save;
                }
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            throw ScriptProblem.unsupported(line, "complex numbers");
        }
        if (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw ScriptProblem.syntax(line, "invalid decimal literal");
        }
        String text = src.substring(start, pos);
        if (text.endsWith("_") || text.contains("__")) {
            throw ScriptProblem.syntax(line, "invalid decimal literal");
        }
        if (!isFloat && text.length() > 1 && text.charAt(0) == '0' && Character.isDigit(text.charAt(1))
                && !text.replace("_", "").chars().allMatch(ch -> ch == '0')) {
            throw ScriptProblem.syntax(line,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }
        add(isFloat ? Token.Kind.FLOAT : Token.Kind.INT, text, start, pos);
    }

    private void digits() {
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
    }

    private void nameOrString() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                || src.charAt(pos) > 127 && Character.isUnicodeIdentifierPart(src.charAt(pos)))) {
            pos++;
        }
        String word = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && word.length() <= 2) {
            String lower = word.toLowerCase();
            if (STRING_PREFIXES.contains(word)) {
                string(start, word);
                return;
            }
            if (lower.contains("f")) {
                throw ScriptProblem.unsupported(line, "f-strings");
            }
            if (lower.contains("b")) {
                throw ScriptProblem.unsupported(line, "bytes literals");
            }
            if (lower.equals("rb") || lower.equals("br")) {
                throw ScriptProblem.unsupported(line, "bytes literals");
            }
        }
        add(Token.Kind.NAME, word, start, pos);
    }

    private void string(int start, String prefix) {
        boolean raw = prefix.equalsIgnoreCase("r");
        char q = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), pos);
        int startLine = line;
        pos += triple ? 3 : 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw ScriptProblem.syntax(startLine, triple
                        ? "unterminated triple-quoted string literal (detected at line " + line + ")"
                        : "unterminated string literal (detected at line " + startLine + ")");
            }
            char c = src.charAt(pos);
            if (c == q && (!triple || src.startsWith(String.valueOf(q).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n') {
                if (!triple) {
                    throw ScriptProblem.syntax(startLine, "unterminated string literal (detected at line " + startLine + ")");
                }
                sb.append('\n');
                newline();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (raw) {
                    sb.append(c).append(n);
                    if (n == '\n') {
                        pos++;
                        newline();
                        continue;
                    }
                    pos += 2;
                    continue;
                }
                pos += 2;
                switch (n) {
                    case '\n' -> {
                        line++;
                        lineStart = pos;
                    }
                    case '\\' -> sb.append('\\');
                    case '\'' -> sb.append('\'');
                    case '"' -> sb.append('"');
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'v' -> sb.append('\u000b');
                    case 'x' -> sb.appendCodePoint(hex(2, "\\xXX"));
                    case 'u' -> sb.appendCodePoint(hex(4, "\\uXXXX"));
                    case 'U' -> sb.appendCodePoint(hex(8, "\\UXXXXXXXX"));
                    case 'N' -> throw ScriptProblem.unsupported(line, "\\N{...} escapes");
                    default -> {
                        if (n >= '0' && n <= '7') {
                            int v = n - '0';
                            for (int k = 0; k < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
                                v = v * 8 + (src.charAt(pos++) - '0');
                            }
                            sb.appendCodePoint(v);
                        } else {
                            sb.append('\\').append(n);
                        }
                    }
                }
                continue;
            }
            sb.append(c);
            pos++;
        }
        Token prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (prev != null && prev.kind() == Token.Kind.STRING) {
            // adjacent literals join: "a" "b" is "ab"
            tokens.set(tokens.size() - 1, new Token(Token.Kind.STRING, prev.text() + sb, prev.line(), prev.column(), pos));
        } else {
            add(Token.Kind.STRING, sb.toString(), start, pos);
        }
    }

    private int hex(int n, String form) {
        if (pos + n > src.length()) {
            throw ScriptProblem.syntax(line, "(unicode error) truncated " + form + " escape");
        }
        String h = src.substring(pos, pos + n);
        try {
            int v = Integer.parseUnsignedInt(h, 16);
            pos += n;
            if (v > 0x10FFFF) {
                throw ScriptProblem.syntax(line, "(unicode error) illegal Unicode character");
            }
            return v;
        } catch (NumberFormatException e) {
            throw ScriptProblem.syntax(line, "(unicode error) truncated " + form + " escape");
        }
    }

    private void operator() {
        for (String op : OPS) {
            if (src.startsWith(op, pos)) {
                int start = pos;
                pos += op.length();
                char c = op.charAt(0);
                if (op.length() == 1 && "([{".indexOf(c) >= 0) {
                    if (depth >= MAX_NESTING) {
                        throw ScriptProblem.syntax(line, "too many nested parentheses");
                    }
                    depth++;
                    brackets.add(c);
                    bracketLines.add(line);
                } else if (op.length() == 1 && ")]}".indexOf(c) >= 0) {
                    if (depth == 0) {
                        throw ScriptProblem.syntax(line, "unmatched '" + c + "'");
                    }
                    char open = brackets.remove(brackets.size() - 1);
                    bracketLines.remove(bracketLines.size() - 1);
                    depth--;
                    if ("([{".indexOf(open) != ")]}".indexOf(c)) {
                        throw ScriptProblem.syntax(line, "closing parenthesis '" + c
                                + "' does not match opening parenthesis '" + open + "'");
                    }
                }
                add(Token.Kind.OP, op, start, pos);
                return;
            }
        }
        char c = src.charAt(pos);
        if (c == '$' || c == '?' || c == '!' || c == '`') {
            throw ScriptProblem.syntax(line, "invalid syntax");
        }
        throw ScriptProblem.syntax(line, "invalid character '" + c + "' (" + String.format("U+%04X", (int) c) + ")");
    }
}
