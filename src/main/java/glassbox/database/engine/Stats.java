package glassbox.database.engine;

import java.util.Arrays;

/** Small statistics helpers for timings. */
public final class Stats {
    private Stats() {
    }

    /** The median; the mean of the two middle values for an even count. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** Rounds to {@code digits} decimals (for JSON that stays readable). */
    public static double round(double value, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(value * f) / f;
    }
}
