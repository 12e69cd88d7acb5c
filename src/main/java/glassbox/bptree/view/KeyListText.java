package glassbox.bptree.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Reads a key list typed as {@code 10, 20, 28} or {@code 1..20}; the problem in plain words otherwise. */
final class KeyListText {
    private KeyListText() {
    }

    /** The keys, distinct, in the order typed; throws IllegalArgumentException naming the bad part. */
    static List<Integer> parse(String text, int max) {
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        for (String raw : text.split("[,\\s]+")) {
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            int dots = s.indexOf("..");
            if (dots > 0) {
                int a = number(s.substring(0, dots));
                int b = number(s.substring(dots + 2));
                if (b < a || (long) b - a >= max) {
                    throw new IllegalArgumentException("\"" + s + "\"");
                }
                for (int k = a; k <= b; k++) {
                    out.add(k);
                }
            } else {
                out.add(number(s));
            }
            if (out.size() > max) {
                throw new IllegalArgumentException("> " + max);
            }
        }
        return new ArrayList<>(out);
    }

    static int number(String s) {
        try {
            int v = Integer.parseInt(s.strip());
            if (Math.abs((long) v) > 999_999) {
                throw new IllegalArgumentException("\"" + s.strip() + "\"");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + s.strip() + "\"");
        }
    }

    static String format(List<Integer> keys) {
        StringBuilder sb = new StringBuilder();
        for (int k : keys) {
            sb.append(sb.length() > 0 ? ", " : "").append(k);
        }
        return sb.toString();
    }
}
