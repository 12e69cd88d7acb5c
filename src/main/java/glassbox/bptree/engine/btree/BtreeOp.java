package glassbox.bptree.engine.btree;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One op of the {@code btree} command: {@code i K}, {@code d K}, {@code s K}, {@code r A B}. */
public record BtreeOp(char kind, int a, int b) {
    /** Most ops one run accepts. */
    public static final int MAX_OPS = 100_000;
    private static final Pattern OP = Pattern.compile("([idsrIDSR])\\s*(\\S+)?(?:\\s+(\\S+))?");

    /** The op as the CLI echoes it, e.g. {@code "r 2 9"}. */
    public String label() {
        return kind == 'r' ? "r " + a + " " + b : kind + " " + a;
    }

    /** Parses ops separated by commas or new lines; throws IllegalArgumentException naming the first bad op. */
    public static List<BtreeOp> parseAll(String text) {
        List<BtreeOp> out = new ArrayList<>();
        for (String raw : text.split("[,\\n\\r;]")) {
            String s = raw.strip();
            if (!s.isEmpty()) {
                if (out.size() == MAX_OPS) {
                    throw new IllegalArgumentException("more than " + MAX_OPS + " operations");
                }
                out.add(parse(s));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no operations given");
        }
        return out;
    }

    static BtreeOp parse(String s) {
        Matcher m = OP.matcher(s);
        if (!m.matches() || m.group(2) == null) {
            throw new IllegalArgumentException("malformed op '" + s + "' (use i K, d K, s K or r A B)");
        }
        char kind = Character.toLowerCase(m.group(1).charAt(0));
        int a = key(m.group(2), s);
        if (kind == 'r') {
            if (m.group(3) == null) {
                throw new IllegalArgumentException("malformed op '" + s + "': a range needs two keys (r A B)");
            }
            return new BtreeOp(kind, a, key(m.group(3), s));
        }
        if (m.group(3) != null) {
            throw new IllegalArgumentException("malformed op '" + s + "': one key expected");
        }
        return new BtreeOp(kind, a, 0);
    }

    private static int key(String token, String op) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("key '" + token + "' in op '" + op + "' is not an integer");
        }
    }
}
