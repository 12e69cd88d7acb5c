package glassbox.database.view;

import java.util.OptionalLong;

/** Parses what learners type into number fields: "1,000,000", "1 000 000", "1_000_000", "1e6", "10^6". */
final class Inputs {
    private Inputs() {
    }

    static OptionalLong parseCount(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.trim().replaceAll("[,_ \u00a0\u2009]", "");
        try {
            if (t.matches("\\d{19,}")) {
                return OptionalLong.of(Long.MAX_VALUE);
            }
            if (t.matches("\\d{1,18}")) {
                return OptionalLong.of(Long.parseLong(t));
            }
            if (t.matches("\\d+(\\.\\d+)?[eE]\\d{1,2}")) {
                double v = Double.parseDouble(t);
                return v == Math.rint(v) ? OptionalLong.of((long) v) : OptionalLong.empty();
            }
            if (t.matches("10\\^\\d{1,2}")) {
                return OptionalLong.of((long) Math.pow(10, Integer.parseInt(t.substring(3))));
            }
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
