package glassbox.database.view;

import glassbox.core.Messages;
import java.util.Locale;

/** Formats measured durations in the unit that reads best: µs below a millisecond, ms below a second. */
final class Units {
    private Units() {
    }

    static String duration(Messages m, double micros) {
        if (micros < 1_000) {
            return m.get("database.unit.us", trim(micros));
        }
        if (micros < 1_000_000) {
            return m.get("database.unit.ms", trim(micros / 1_000));
        }
        return m.get("database.unit.s", trim(micros / 1_000_000));
    }

    static String millis(Messages m, double ms) {
        return duration(m, ms * 1000);
    }

    /** 3 significant digits, no trailing zeros: 87.3, 120, 1.5. */
    static String trim(double v) {
        String s;
        if (v >= 100) {
            s = String.format(Locale.ROOT, "%,.0f", v);
        } else if (v >= 10) {
            s = String.format(Locale.ROOT, "%1$.1f", v);
        } else {
            s = String.format(Locale.ROOT, "%1$.2f", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** Whole numbers with grouping: 1,000,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
