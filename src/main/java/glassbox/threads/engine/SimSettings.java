package glassbox.threads.engine;

import java.math.BigDecimal;

/**
 * The knobs of a run: the policy, the switch interval (gil, yield), the number of cores (nogil,
 * process), the cost of one generator switch (yield) and the time a worker process takes to start
 * (process), all in exact nanoseconds.
 */
public record SimSettings(Policy policy, long intervalNanos, int cores, long switchCostNanos, long startNanos) {
    public static final long DEFAULT_INTERVAL = 5_000_000L;
    /**
     * Default process start cost: 30 ms. {@code python3 -c pass} starts in about 10-20 ms; the
     * {@code spawn} and {@code forkserver} start methods also unpickle the target and re-import the
     * main module, so 30 ms or more per worker is typical; {@code fork} is a few ms.
     */
    public static final long DEFAULT_START = 30_000_000L;
    /** Longest process start cost accepted: 10 s. */
    public static final long MAX_START = 10_000_000_000L;

    public SimSettings {
        if (policy == null) {
            throw new WorkloadException(WorkloadException.Problem.SETTING, "no policy", "policy", "null");
        }
        if (intervalNanos <= 0) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "--interval-ms must be positive", "interval", intervalNanos / 1e6);
        }
        if (cores < 1 || cores > 1024) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "--cores must be between 1 and 1024, got " + cores, "cores", cores);
        }
        if (switchCostNanos < 0) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "--switch-cost-us must not be negative", "switch-cost", switchCostNanos / 1e3);
        }
        if (startNanos < 0 || startNanos > MAX_START) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    "--start-ms must be between 0 and 10000", "start", startNanos / 1e6);
        }
    }

    public SimSettings(Policy policy, long intervalNanos, int cores, long switchCostNanos) {
        this(policy, intervalNanos, cores, switchCostNanos, DEFAULT_START);
    }

    public static SimSettings of(Policy policy) {
        return new SimSettings(policy, DEFAULT_INTERVAL, 2, 0);
    }

    /** Settings from CLI-style decimal numbers: interval in ms, switch cost in µs. */
    public static SimSettings parse(Policy policy, String intervalMs, int cores, String switchCostUs) {
        long interval = decimal("--interval-ms", intervalMs, 6, false);
        long cost = decimal("--switch-cost-us", switchCostUs, 3, true);
        return new SimSettings(policy, interval, cores, cost);
    }

    /** As {@link #parse(Policy, String, int, String)} plus the process start cost in ms. */
    public static SimSettings parse(Policy policy, String intervalMs, int cores, String switchCostUs, String startMs) {
        long interval = decimal("--interval-ms", intervalMs, 6, false);
        long cost = decimal("--switch-cost-us", switchCostUs, 3, true);
        long start = decimal("--start-ms", startMs, 6, true);
        return new SimSettings(policy, interval, cores, cost, start);
    }

    public SimSettings withCores(int c) {
        return new SimSettings(policy, intervalNanos, c, switchCostNanos, startNanos);
    }

    public SimSettings withPolicy(Policy p) {
        return new SimSettings(p, intervalNanos, cores, switchCostNanos, startNanos);
    }

    private static long decimal(String option, String text, int shift, boolean zeroOk) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    option + " needs a number, got '" + text + "'", option, String.valueOf(text));
        }
        if (v.signum() < 0 || (!zeroOk && v.signum() == 0)) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    option + " must be " + (zeroOk ? "zero or more" : "positive") + ", got " + text, option, text);
        }
        BigDecimal ns = v.movePointRight(shift).stripTrailingZeros();
        if (ns.scale() > 0) {
            throw new WorkloadException(WorkloadException.Problem.SETTING,
                    option + " " + text + " is finer than 1 ns", option, text);
        }
        try {
            return ns.longValueExact();
        } catch (ArithmeticException e) {
            throw new WorkloadException(WorkloadException.Problem.SETTING, option + " is too large: " + text, option, text);
        }
    }
}
