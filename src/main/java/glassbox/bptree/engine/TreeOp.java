package glassbox.bptree.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One operation of the CLI's op language: {@code i K}, {@code d K}, {@code s K}, {@code r A B}. */
public sealed interface TreeOp {
    /** The op as the CLI echoes it, e.g. {@code "r 2 9"}. */
    String label();

    record Insert(int key) implements TreeOp {
        public String label() {
            return "i " + key;
        }
    }

    record Delete(int key) implements TreeOp {
        public String label() {
            return "d " + key;
        }
    }

    record Search(int key) implements TreeOp {
        public String label() {
            return "s " + key;
        }
    }

    record Range(int from, int to) implements TreeOp {
        public String label() {
            return "r " + from + " " + to;
        }
    }

    Pattern OP = Pattern.compile("([idsrIDSR])\\s*(\\S+)?(?:\\s+(\\S+))?");

    /** The most ops one text may hold (so no input can exhaust memory). */
    int MAX_OPS = 200_000;

    /**
     * Parses ops separated by commas or semicolons (and new lines, for files; blank lines and lines
     * starting with {@code #} are skipped). Throws IllegalArgumentException naming the first bad or
     * empty op, or the limit of {@link #MAX_OPS} ops.
     */
    static List<TreeOp> parseAll(String text) {
        List<TreeOp> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R", -1)) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("[,;]", -1);
            for (int i = 0; i < parts.length; i++) {
                String s = parts[i].strip();
                if (s.isEmpty()) {
                    if (i == parts.length - 1 && i > 0) {
                        continue; // a separator at the end of a line
                    }
                    throw new IllegalArgumentException("empty op after " + (out.isEmpty() ? "the start"
                            : "op " + out.size() + " '" + out.get(out.size() - 1).label() + "'")
                            + (lineNo > 1 ? " on line " + lineNo : "") + " (two separators in a row)");
                }
                if (out.size() >= MAX_OPS) {
                    throw new IllegalArgumentException("more than " + MAX_OPS + " ops (the limit for one run)");
                }
                out.add(parse(s));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no operations given");
        }
        return out;
    }

    static TreeOp parse(String s) {
        Matcher m = OP.matcher(s.strip());
        if (!m.matches() || m.group(2) == null) {
            throw new IllegalArgumentException("malformed op '" + abbreviate(s.strip()) + "' (use i K, d K, s K or r A B)");
        }
        char kind = Character.toLowerCase(m.group(1).charAt(0));
        int a = key(m.group(2), s);
        if (kind == 'r') {
            if (m.group(3) == null) {
                throw new IllegalArgumentException("malformed op '" + s.strip() + "': a range needs two keys (r A B)");
            }
            return new Range(a, key(m.group(3), s));
        }
        if (m.group(3) != null) {
            throw new IllegalArgumentException("malformed op '" + s.strip() + "': one key expected");
        }
        return switch (kind) {
            case 'i' -> new Insert(a);
            case 'd' -> new Delete(a);
            default -> new Search(a);
        };
    }

    private static int key(String token, String op) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            if (token.matches("[+-]?\\d+")) {
                throw new IllegalArgumentException("key " + abbreviate(token) + " in op '" + abbreviate(op.strip())
                        + "' is out of range (keys are whole numbers from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE + ")");
            }
            throw new IllegalArgumentException("key '" + abbreviate(token) + "' in op '" + abbreviate(op.strip())
                    + "' is not an integer");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
