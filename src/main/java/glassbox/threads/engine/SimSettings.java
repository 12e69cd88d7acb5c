package glassbox.threads.engine;

import java.math.BigDecimal;

/**
 * The knobs of a run: the policy, the switch interval (gil, yield), the number of cores (nogil)
 * and the cost of one generator switch (yield), all in exact nanoseconds.
 */
public record SimSettings(Policy policy, long intervalNanos, int cores, long switchCostNanos) {
    public static final long DEFAULT_INTERVAL = 5_000_000L;

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

    public SimSettings withCores(int c) {
        return new SimSettings(policy, intervalNanos, c, switchCostNanos);
    }

    public SimSettings withPolicy(Policy p) {
        return new SimSettings(p, intervalNanos, cores, switchCostNanos);
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
