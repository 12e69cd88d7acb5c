package glassbox.database.engine;

/** A database error an experiment cannot recover from; its message is one line naming the problem. */
public final class DbProblem extends RuntimeException {
    public DbProblem(String message, Throwable cause) {
        super(message.replaceAll("\\s*[\\r\\n]+\\s*", " "), cause);
    }

    /** The first line of a driver's message, without H2's trailing error code. */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        m = m.replaceAll(" \\[\\d+-\\d+\\]$", "").replaceAll("; SQL statement:$", "");
        return m.length() > 300 ? m.substring(0, 299) + "…" : m;
    }
}
