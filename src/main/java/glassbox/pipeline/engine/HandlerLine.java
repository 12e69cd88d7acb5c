package glassbox.pipeline.engine;

/**
 * The lines of Django's handler pseudo-code (bundle key {@link Journeys#CODE_KEY}) the journey's
 * steps light, 1-based. A test checks that every language's text has these lines.
 */
public enum HandlerLine {
    CALL(2),
    PROCESS_REQUEST(3),
    PROCESS_RESPONSE(6),
    RETURN(7),
    CONVERT(9),
    RESOLVE(11),
    VIEW_HOOK(13),
    VIEW(15),
    TEMPLATE_HOOK(19),
    RENDER(20),
    EXCEPTION_HOOK(24),
    RERAISE(25);

    private final int line;

    HandlerLine(int line) {
        this.line = line;
    }

    /** The 1-based line number in the pseudo-code. */
    public int line() {
        return line;
    }

    /** The highest line any step lights. */
    public static int highest() {
        int max = 0;
        for (HandlerLine l : values()) {
            max = Math.max(max, l.line);
        }
        return max;
    }
}
