package glassbox.bptree.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the user typed in the key field: one key or a list ("5, 12, 7" or "5 12 7"), and
 * runs such as "1..20". Bad input gives a bundle key and its argument, never an exception.
 */
record KeyInput(List<Integer> keys, String errorKey, String errorArg) {
    static final int MAX_KEYS = 1_000_000;

    static KeyInput parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return error("bptree.error.noKeys", "");
        }
        List<Integer> out = new ArrayList<>();
        for (String token : t.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int dots = token.indexOf("..");
            if (dots > 0) {
                Integer a = number(token.substring(0, dots));
                Integer b = number(token.substring(dots + 2));
                if (a == null || b == null || a > b) {
                    return error("bptree.error.badRun", token);
                }
                if ((long) b - a + out.size() >= MAX_KEYS) {
                    return error("bptree.error.tooMany", String.valueOf(MAX_KEYS));
                }
                for (int k = a; k <= b; k++) {
                    out.add(k);
                }
                continue;
            }
            Integer k = number(token);
            if (k == null) {
                return error(token.strip().matches("[+-]?\\d+") ? "bptree.error.outOfRange" : "bptree.error.notInteger",
                        token);
            }
            out.add(k);
        }
        if (out.isEmpty()) {
            return error("bptree.error.noKeys", "");
        }
        if (out.size() > MAX_KEYS) {
            return error("bptree.error.tooMany", String.valueOf(MAX_KEYS));
        }
        return new KeyInput(List.copyOf(out), null, null);
    }

    boolean ok() {
        return errorKey == null;
    }

    private static KeyInput error(String key, String arg) {
        return new KeyInput(List.of(), key, arg);
    }

    private static Integer number(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
