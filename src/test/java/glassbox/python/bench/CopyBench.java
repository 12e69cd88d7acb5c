package glassbox.python.bench;

import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.CopyMode;
import glassbox.python.engine.Limits;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of recording a trace for the tab (a snapshot per step, deepcopy stepped into) against
 * the reference: the same script run once for the CLI with no snapshots.
 * Run: {@code bench/jmh CopyBench -f 1 -wi 2 -i 3 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CopyBench {
    /** 10 rows of 10 cells, shared rows, a cycle, a deepcopy, a shallow copy and some mutation. */
    static final String SCRIPT = "import copy\n"
            + "row = [0] * 10\n"
            + "grid = [row[:], row[:], row[:], row[:], row[:], row[:], row[:], row[:], row[:], row[:]]\n"
            + "grid.append(grid[0])\n"
            + "grid.append(grid)\n"
            + "meta = {'g': grid, 't': (1, 2, grid[1])}\n"
            + "deep = copy.deepcopy(meta)\n"
            + "flat = copy.copy(grid)\n"
            + "flat[0][0] = 1\n"
            + "deep['g'][1][1] = 2\n"
            + "print(len(flat), deep['t'][2] is deep['g'][1])\n";

    @Benchmark
    public Object referenceCliRun() {
        return CopyEngine.run(SCRIPT, Limits.cli());
    }

    @Benchmark
    public Object traceWithDeepcopySteps() {
        return CopyEngine.trace(SCRIPT, CopyMode.AS_WRITTEN, true, Limits.gui());
    }

    @Benchmark
    public Object sideBySideTrace() {
        return CopyEngine.sideBySide(SCRIPT, Limits.gui());
    }
}
