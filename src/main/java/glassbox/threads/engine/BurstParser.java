package glassbox.threads.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a thread's bursts: {@code BURSTS := ITEM ("," ITEM)*},
 * {@code ITEM := ("cpu" | "io" | "lock") ":" MS | N "*" "(" BURSTS ")"}. Durations are decimal
 * milliseconds converted exactly to nanoseconds (0.1 ms is 100,000 ns, never 0.1000000001).
 */
public final class BurstParser {
    /** Upper bound on expanded bursts per thread, so a typo like 10^9*(...) fails fast. */
    public static final int MAX_BURSTS = 2_000_000;

    private final String thread;
    private final String text;
    private final int limit;
    private int pos;
    private long count;

    private BurstParser(String thread, String text, int limit) {
        this.thread = thread;
        this.text = text;
        this.limit = limit;
    }

    /** Parses {@code text}; {@code thread} names the thread in error messages. */
    public static List<Burst> parse(String thread, String text) {
        return parse(thread, text, MAX_BURSTS);
    }

    /** As {@link #parse(String, String)} with at most {@code limit} bursts after expanding. */
    public static List<Burst> parse(String thread, String text, int limit) {
        if (text != null && text.length() > 100_000) {
            throw new WorkloadException(WorkloadException.Problem.TOO_BIG,
                    thread + ": bursts longer than 100000 characters", thread, limit);
        }
        BurstParser p = new BurstParser(thread, text == null ? "" : text, Math.min(limit, MAX_BURSTS));
        List<Burst> out = new ArrayList<>();
        p.bursts(out);
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.syntax("',' or the end");
        }
        return List.copyOf(out);
    }

    /** Converts decimal milliseconds to exact nanoseconds; throws ArithmeticException when finer than 1 ns. */
    public static long millisToNanos(BigDecimal ms) {
        BigDecimal ns = ms.movePointRight(6).stripTrailingZeros();
        if (ns.scale() > 0) {
            throw new ArithmeticException("finer than 1 ns");
        }
        return ns.longValueExact();
    }

    private void bursts(List<Burst> out) {
        item(out);
        while (peek(',')) {
            pos++;
            item(out);
        }
    }

    private void item(List<Burst> out) {
        skipSpace();
        if (startsWith("cpu")) {
            pos += 3;
            out.add(new Burst(Burst.Kind.CPU, duration("cpu")));
        } else if (startsWith("io")) {
            pos += 2;
            out.add(new Burst(Burst.Kind.IO, duration("io")));
        } else if (startsWith("lock")) {
            pos += 4;
            out.add(new Burst(Burst.Kind.LOCK, duration("lock")));
        } else if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            repeat(out);
        } else {
            throw syntax("cpu:MS, io:MS, lock:MS or N*(...)");
        }
        if (out.size() > limit) {
            throw tooBig();
        }
    }

    private void repeat(List<Burst> out) {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        String digits = text.substring(start, pos);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
        }
        if (n < 1) {
            throw new WorkloadException(WorkloadException.Problem.REPEAT,
                    thread + ": repeat count must be at least 1, got " + digits, thread, digits);
        }
        expect('*');
        expect('(');
        List<Burst> body = new ArrayList<>();
        bursts(body);
        expect(')');
        if (n > limit || n * body.size() + out.size() > limit) {
            throw tooBig();
        }
        for (long i = 0; i < n; i++) {
            out.addAll(body);
        }
    }

    private long duration(String kind) {
        expect(':');
        skipSpace();
        int start = pos;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String number = text.substring(start, pos);
        BigDecimal ms;
        try {
            ms = new BigDecimal(number);
        } catch (NumberFormatException e) {
            pos = start;
            throw syntax("a duration in ms after '" + kind + ":'");
        }
        if (ms.signum() <= 0) {
            throw new WorkloadException(WorkloadException.Problem.DURATION,
                    thread + ": duration must be positive, got " + kind + ":" + number, thread, kind + ":" + number);
        }
        try {
            return millisToNanos(ms);
        } catch (ArithmeticException e) {
            throw new WorkloadException(WorkloadException.Problem.PRECISION,
                    thread + ": duration " + number + " ms is finer than 1 ns", thread, number);
        }
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw syntax("'" + c + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean startsWith(String word) {
        return text.regionMatches(true, pos, word, 0, word.length());
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private WorkloadException tooBig() {
        if (limit < MAX_BURSTS) {
            return new WorkloadException(WorkloadException.Problem.TOO_BIG,
                    thread + ": the threads' bursts add up to more than " + Workload.MAX_TOTAL_BURSTS
                            + " after expanding repetitions (the limit for all threads together)",
                    thread, Workload.MAX_TOTAL_BURSTS);
        }
        return new WorkloadException(WorkloadException.Problem.TOO_BIG,
                thread + ": more than " + limit + " bursts after expanding repetitions (the limit per thread)", thread, limit);
    }

    private WorkloadException syntax(String expected) {
        String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
        return new WorkloadException(WorkloadException.Problem.SYNTAX,
                thread + ": expected " + expected + " at column " + (pos + 1) + " of \"" + text + "\", found " + found,
                thread, pos + 1, expected, found);
    }
}
