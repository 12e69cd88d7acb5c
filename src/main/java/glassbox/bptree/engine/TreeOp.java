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

    /**
     * Parses ops separated by commas (or new lines, for files). Throws IllegalArgumentException
     * naming the first bad op.
     */
    static List<TreeOp> parseAll(String text) {
        List<TreeOp> out = new ArrayList<>();
        for (String raw : text.split("[,\\n\\r;]")) {
            String s = raw.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
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
            throw new IllegalArgumentException("malformed op '" + s.strip() + "' (use i K, d K, s K or r A B)");
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
            throw new IllegalArgumentException("key '" + token + "' in op '" + op.strip() + "' is not an integer");
        }
    }
}
