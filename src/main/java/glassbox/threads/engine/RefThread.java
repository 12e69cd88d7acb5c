package glassbox.threads.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A thread of the refcount race: its name and the increfs and decrefs it runs, in order. */
public record RefThread(String name, List<RefOp> ops) {
    /** Most ops one thread may run (each is three micro-ops). */
    public static final int MAX_OPS = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.-]{1,24}");

    public RefThread {
        ops = List.copyOf(ops);
        if (!NAME.matcher(name).matches()) {
            throw new WorkloadException(WorkloadException.Problem.NAME,
                    "thread name \"" + name + "\" must be 1-24 letters, digits, '_', '-' or '.'", name);
        }
        if (ops.isEmpty()) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    name + ": give at least one op (incref or decref)", name + ": no ops");
        }
        if (ops.size() > MAX_OPS) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    name + ": more than " + MAX_OPS + " ops (the limit)", name + ": more than " + MAX_OPS + " ops");
        }
    }

    /** Parses {@code NAME=OP,OP,...}, e.g. {@code T2=incref,decref}. */
    public static RefThread parse(String arg) {
        int eq = arg == null ? -1 : arg.indexOf('=');
        if (eq < 0) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    "--thread needs NAME=OPS, e.g. T1=incref,decref, got \"" + arg + "\"", "NAME=OPS: " + arg);
        }
        String name = arg.substring(0, eq).trim();
        String rest = arg.substring(eq + 1);
        String[] parts = rest.split(",", -1);
        if (parts.length > MAX_OPS) {
            throw new WorkloadException(WorkloadException.Problem.REFCOUNT,
                    name + ": more than " + MAX_OPS + " ops (the limit)", name + ": more than " + MAX_OPS + " ops");
        }
        List<RefOp> ops = new ArrayList<>();
        for (String p : parts) {
            ops.add(RefOp.parse(name, p));
        }
        return new RefThread(name, ops);
    }

    /** Three micro-ops per op. */
    public int microOps() {
        return 3 * ops.size();
    }

    /** {@code NAME=incref,decref}. */
    public String source() {
        return name + "=" + String.join(",", ops.stream().map(RefOp::id).toList());
    }
}
