package glassbox.threads.view;

import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.ThreadSpec;
import glassbox.threads.engine.Workload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the user edits, as one immutable value (the unit of undo): the thread rows, the
 * policy and its knobs, and compare mode.
 */
public record Draft(List<Row> rows, Policy policy, BigDecimal intervalMs, int cores, BigDecimal switchCostUs,
                    boolean compare, Policy comparePolicy) {
    /** One thread as typed: its name and its bursts. */
    public record Row(String name, String bursts) {
    }

    public static final BigDecimal MIN_INTERVAL = new BigDecimal("0.1");
    public static final BigDecimal MAX_INTERVAL = new BigDecimal("50");
    public static final int MAX_CORES = 8;
    public static final BigDecimal MAX_SWITCH_COST = new BigDecimal("1000");

    public Draft {
        rows = List.copyOf(rows);
        intervalMs = clamp(intervalMs.setScale(3, RoundingMode.HALF_UP), MIN_INTERVAL, MAX_INTERVAL);
        cores = Math.max(1, Math.min(MAX_CORES, cores));
        switchCostUs = clamp(switchCostUs.setScale(3, RoundingMode.HALF_UP), BigDecimal.ZERO, MAX_SWITCH_COST);
    }

    public static Draft of(Preset p) {
        List<Row> rows = new ArrayList<>();
        for (String t : p.threads()) {
            int eq = t.indexOf('=');
            rows.add(new Row(t.substring(0, eq), t.substring(eq + 1)));
        }
        return new Draft(rows, p.policy(), new BigDecimal(p.intervalMs()), p.cores(), new BigDecimal(p.switchCostUs()),
                false, p.comparePolicy());
    }

    /** Applies a preset's threads and knobs, keeping compare mode on if it was. */
    public Draft withPreset(Preset p) {
        Draft d = of(p);
        return new Draft(d.rows, d.policy, d.intervalMs, d.cores, d.switchCostUs, compare, d.comparePolicy);
    }

    /** Parses the rows; throws {@link glassbox.threads.engine.WorkloadException} when one is wrong. */
    public Workload workload() {
        return new Workload(rows.stream().map(r -> ThreadSpec.of(r.name().trim(), r.bursts())).toList());
    }

    public SimSettings settings() {
        return settings(policy);
    }

    public SimSettings settings(Policy p) {
        return new SimSettings(p, intervalMs.movePointRight(6).longValueExact(), cores,
                switchCostUs.movePointRight(3).longValueExact());
    }

    public Draft withRows(List<Row> r) {
        return new Draft(r, policy, intervalMs, cores, switchCostUs, compare, comparePolicy);
    }

    public Draft withRow(int i, Row row) {
        List<Row> r = new ArrayList<>(rows);
        r.set(i, row);
        return withRows(r);
    }

    public Draft withPolicy(Policy p) {
        return new Draft(rows, p, intervalMs, cores, switchCostUs, compare, comparePolicy);
    }

    public Draft withInterval(BigDecimal ms) {
        return new Draft(rows, policy, ms, cores, switchCostUs, compare, comparePolicy);
    }

    public Draft withCores(int c) {
        return new Draft(rows, policy, intervalMs, c, switchCostUs, compare, comparePolicy);
    }

    public Draft withSwitchCost(BigDecimal us) {
        return new Draft(rows, policy, intervalMs, cores, us, compare, comparePolicy);
    }

    public Draft withCompare(boolean on, Policy other) {
        return new Draft(rows, policy, intervalMs, cores, switchCostUs, on, other);
    }

    private static BigDecimal clamp(BigDecimal v, BigDecimal lo, BigDecimal hi) {
        return v.max(lo).min(hi);
    }
}
