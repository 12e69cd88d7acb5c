package glassbox.python.engine;

/** One lexical token with the line and column (1-based) it starts at. */
public record Token(Kind kind, String text, int line, int column, int end) {
    /** Token kinds: a NAME may be a keyword; STRING's text is the decoded value. */
    public enum Kind { NAME, INT, FLOAT, STRING, OP, NEWLINE, EOF }

    public boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }
}
