package glassbox.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/** Measures the time between rendered pulses for a while and reports p50/p99 as JSON. */
final class FrameProbe extends AnimationTimer {
    private static final long LATE_NANOS = 20_000_000L;
    private static final boolean LOG_LONG = Boolean.getBoolean("glassbox.frames.log");
    private final long durationNanos;
    private final Consumer<String> report;
    private long[] deltas = new long[4096];
    private int count;
    private long first;
    private long last;

    FrameProbe(int seconds, Consumer<String> report) {
        this.durationNanos = seconds * 1_000_000_000L;
        this.report = report;
    }

    @Override
    public void handle(long now) {
        if (first == 0) {
            first = now;
            last = now;
            return;
        }
        if (count == deltas.length) {
            deltas = Arrays.copyOf(deltas, count * 2);
        }
        deltas[count++] = now - last;
        if (LOG_LONG && now - last > 17_000_000L) { // bench: which frames were long, and when
            System.err.printf(Locale.ROOT, "frame at %.3f s after the first: %.1f ms%n", (now - first) / 1e9, (now - last) / 1e6);
        }
        last = now;
        if (now - first >= durationNanos) {
            stop();
            report.accept(summary(Arrays.copyOf(deltas, count)));
        }
    }

    /**
     * p50 and p99 of the intervals, and how many were over 20 ms: at 60 Hz the pulse clock itself (a
     * 16 ms GLib timeout plus the main loop's lateness) puts about a sixth of the intervals between 17
     * and 18 ms, so a frame over 20 ms is one that really came late.
     */
    static String summary(long[] nanos) {
        long[] d = nanos.clone();
        Arrays.sort(d);
        long late = Arrays.stream(d).filter(n -> n > LATE_NANOS).count();
        return String.format(Locale.ROOT, "{\"frames\": %d, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"over_20ms\": %d}",
                d.length, pct(d, 0.50), pct(d, 0.99), late);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
