package glassbox.threads.view;

import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import glassbox.threads.engine.RefThread;
import glassbox.threads.engine.RefcountRace;
import glassbox.threads.engine.SimSettings;
import glassbox.threads.engine.ThreadSpec;
import glassbox.threads.engine.Workload;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the user edits, as one immutable value (the unit of undo): the mode, the thread rows,
 * the policy and its knobs, compare mode, and the refcount race. Values are checked by the view
 * model before a draft is made from them; nothing here changes a value silently.
 */
public record Draft(Mode mode, List<Row> rows, Policy policy, BigDecimal intervalMs, int cores, BigDecimal switchCostUs,
                    BigDecimal startMs, boolean compare, Policy comparePolicy, Race race) {
    /** What the tab shows: a schedule of bursts, or the refcount race. */
    public enum Mode {
        SCHEDULE("schedule", "threads.mode.schedule"),
        REFCOUNT("refcount", "threads.mode.refcount");

        private final String id;
        private final String labelKey;

        Mode(String id, String labelKey) {
            this.id = id;
            this.labelKey = labelKey;
        }

        public String id() {
            return id;
        }

        public String labelKey() {
            return labelKey;
        }
    }

    /** One thread as typed: its name and its bursts. */
    public record Row(String name, String bursts) {
    }

    /**
     * The refcount race as edited: the start count, each thread's ops ({@code incref,decref}), the
     * GIL on or off, and the interleaving (thread names, one per micro-op).
     */
    public record Race(int start, List<String> names, List<String> ops, boolean gil, List<String> order) {
        public Race {
            names = List.copyOf(names);
            ops = List.copyOf(ops);
            order = List.copyOf(order);
        }

        public static Race standard() {
            List<String> names = List.of("T1", "T2");
            List<String> ops = List.of("incref", "incref,decref");
            return new Race(1, names, ops, false, List.of("T1", "T2", "T1", "T1", "T2", "T2", "T2", "T2", "T2"));
        }

        /** Parses the threads; throws WorkloadException when one is wrong. */
        public List<RefThread> threads() {
            List<RefThread> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                out.add(RefThread.parse(names.get(i) + "=" + ops.get(i)));
            }
            return out;
        }

        public RefcountRace.Result run() {
            return RefcountRace.run(start, threads(), order, gil);
        }

        public Race withOrder(List<String> o) {
            return new Race(start, names, ops, gil, o);
        }

        public Race withGil(boolean g) {
            return new Race(start, names, ops, g, order);
        }

        public Race withStart(int s) {
            return new Race(s, names, ops, gil, order);
        }

        /** New ops for thread {@code i}; the order becomes "each in turn" for the new micro-op counts. */
        public Race withOps(int i, String text) {
            List<String> o = new ArrayList<>(ops);
            o.set(i, text.trim());
            Race r = new Race(start, names, o, gil, order);
            return r.withOrder(RefcountRace.inTurn(r.threads()));
        }
    }

    public static final BigDecimal MIN_INTERVAL = new BigDecimal("0.1");
    public static final BigDecimal MAX_INTERVAL = new BigDecimal("50");
    public static final int MAX_CORES = 8;
    public static final BigDecimal MAX_SWITCH_COST = new BigDecimal("1000");
    public static final BigDecimal MAX_START = new BigDecimal("10000");
    public static final int MAX_ROWS = 16;

    public Draft {
        rows = List.copyOf(rows);
        intervalMs = intervalMs.setScale(3, RoundingMode.UNNECESSARY);
        switchCostUs = switchCostUs.setScale(3, RoundingMode.UNNECESSARY);
        startMs = startMs.setScale(3, RoundingMode.UNNECESSARY);
    }

    public static Draft of(Preset p) {
        List<Row> rows = new ArrayList<>();
        for (String t : p.threads()) {
            int eq = t.indexOf('=');
            rows.add(new Row(t.substring(0, eq), t.substring(eq + 1)));
        }
        return new Draft(Mode.SCHEDULE, rows, p.policy(), new BigDecimal(p.intervalMs()), p.cores(),
                new BigDecimal(p.switchCostUs()), new BigDecimal(p.startMs()), false, p.comparePolicy(), Race.standard());
    }

    /** Applies a preset's threads and knobs, keeping compare mode on if it was. */
    public Draft withPreset(Preset p) {
        Draft d = of(p);
        return new Draft(Mode.SCHEDULE, d.rows, d.policy, d.intervalMs, d.cores, d.switchCostUs, d.startMs, compare,
                d.comparePolicy, race);
    }

    /** Parses the rows; throws {@link glassbox.threads.engine.WorkloadException} when one is wrong. */
    public Workload workload() {
        return Workload.ofRows(rows.stream().map(r -> new String[] {r.name().trim(), r.bursts()}).toList());
    }

    public SimSettings settings() {
        return settings(policy);
    }

    public SimSettings settings(Policy p) {
        return new SimSettings(p, intervalMs.movePointRight(6).longValueExact(), cores,
                switchCostUs.movePointRight(3).longValueExact(), startMs.movePointRight(6).longValueExact());
    }

    /** True when the draft runs {@code p}, directly or as the compared policy. */
    public boolean uses(Policy p) {
        return policy == p || (compare && comparePolicy == p);
    }

    public Draft withMode(Mode m) {
        return new Draft(m, rows, policy, intervalMs, cores, switchCostUs, startMs, compare, comparePolicy, race);
    }

    public Draft withRows(List<Row> r) {
        return new Draft(mode, r, policy, intervalMs, cores, switchCostUs, startMs, compare, comparePolicy, race);
    }

    public Draft withRow(int i, Row row) {
        List<Row> r = new ArrayList<>(rows);
        r.set(i, row);
        return withRows(r);
    }

    public Draft withPolicy(Policy p) {
        return new Draft(mode, rows, p, intervalMs, cores, switchCostUs, startMs, compare, comparePolicy, race);
    }

    public Draft withInterval(BigDecimal ms) {
        return new Draft(mode, rows, policy, ms, cores, switchCostUs, startMs, compare, comparePolicy, race);
    }

    public Draft withCores(int c) {
        return new Draft(mode, rows, policy, intervalMs, c, switchCostUs, startMs, compare, comparePolicy, race);
    }

    public Draft withSwitchCost(BigDecimal us) {
        return new Draft(mode, rows, policy, intervalMs, cores, us, startMs, compare, comparePolicy, race);
    }

    public Draft withStart(BigDecimal ms) {
        return new Draft(mode, rows, policy, intervalMs, cores, switchCostUs, ms, compare, comparePolicy, race);
    }

    public Draft withCompare(boolean on, Policy other) {
        return new Draft(mode, rows, policy, intervalMs, cores, switchCostUs, startMs, on, other, race);
    }

    public Draft withRace(Race r) {
        return new Draft(mode, rows, policy, intervalMs, cores, switchCostUs, startMs, compare, comparePolicy, r);
    }
}
