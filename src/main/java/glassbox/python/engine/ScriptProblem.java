package glassbox.python.engine;

/**
 * The script cannot run at all: it is not valid Python ({@link Kind#SYNTAX}) or it uses something
 * outside the subset ({@link Kind#UNSUPPORTED}). The CLI exits 2; the tab shows the message.
 */
public final class ScriptProblem extends RuntimeException {
    /** Why the script was refused. */
    public enum Kind { SYNTAX, UNSUPPORTED }

    private final Kind kind;
    private final int line;

    public ScriptProblem(Kind kind, int line, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
    }

    static ScriptProblem syntax(int line, String message) {
        return new ScriptProblem(Kind.SYNTAX, line, message);
    }

    static ScriptProblem unsupported(int line, String message) {
        return new ScriptProblem(Kind.UNSUPPORTED, line, message);
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    /** "line 3: SyntaxError: invalid syntax" or "line 3: not supported: for loops". */
    public String describe() {
        return "line " + line + ": " + (kind == Kind.SYNTAX ? "SyntaxError: " : "not supported: ") + getMessage();
    }
}
