package glassbox.bptree.cli;

import glassbox.bptree.engine.innodb.InnodbMath;
import glassbox.core.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glassbox innodb --rows N [...]}: the fan-out arithmetic of an InnoDB clustered index —
 * pointers per internal page, rows per leaf, and the height N rows need — as JSON. An estimate.
 */
@Command(name = "innodb", mixinStandardHelpOptions = true,
        description = "Estimate an InnoDB B+Tree's fan-out, rows per leaf and height for N rows, as JSON.")
public final class InnodbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Rows in the table, 0..10^15.")
    long rows;

    @Option(names = "--page-bytes", paramLabel = "B", description = "Page size (default 16384).")
    long pageBytes = 16384;

    @Option(names = "--key-bytes", paramLabel = "B", description = "Key size (default 8, a BIGINT).")
    long keyBytes = 8;

    @Option(names = "--pointer-bytes", paramLabel = "B", description = "Child pointer size (default 6).")
    long pointerBytes = 6;

    @Option(names = "--row-bytes", paramLabel = "B", description = "Row size in a leaf (default 1024).")
    long rowBytes = 1024;

    @Option(names = "--page-overhead-bytes", paramLabel = "B", description = "Bytes per page not used for records (default 0).")
    long overheadBytes = 0;

    @Option(names = "--fill", paramLabel = "F", description = "Fill factor in (0, 1] (default 1.0).")
    double fill = 1.0;

    @Override
    public Integer call() {
        if (rows < 0 || rows > InnodbMath.MAX_ROWS) {
            throw usage("rows must be in 0.." + InnodbMath.MAX_ROWS + ": " + rows);
        }
        InnodbMath m;
        try {
            m = new InnodbMath(pageBytes, keyBytes, pointerBytes, rowBytes, overheadBytes, fill);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        int h = m.heightFor(rows);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("internal_fanout", m.internalFanout());
        out.put("rows_per_leaf", m.rowsPerLeaf());
        out.put("height", h);
        out.put("capacity_by_height", m.capacities(h));
        java.io.PrintWriter w = spec.commandLine().getOut();
        w.println(Json.write(out));
        w.flush();
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
