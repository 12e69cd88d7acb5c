package glassbox.bptree.cli;

import glassbox.core.BoundedInput;
import glassbox.core.Json;
import glassbox.bptree.engine.BPlusTree;
import glassbox.bptree.engine.RangeResult;
import glassbox.bptree.engine.SearchResult;
import glassbox.bptree.engine.TreeOp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glassbox bptree --order D --ops "i 5, d 7, s 3, r 2 9"}: runs the ops on a B+Tree built
 * exactly as the USFCA visualization builds it and prints each result, the final tree, its leaf
 * chain and the number of animation steps as JSON.
 */
@Command(name = "bptree", mixinStandardHelpOptions = true,
        description = "Run B+Tree operations (USFCA conventions) and print results and the final tree as JSON.")
public final class BptreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--order", required = true, paramLabel = "D", description = "Order: most children per node, 3..1024.")
    int order;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the ops come from. */
    static final class Source {
        @Option(names = "--ops", paramLabel = "OPS", description = "Ops separated by commas: i K, d K, s K, r A B (at most 200000).")
        String ops;

        @Option(names = "--ops-file", paramLabel = "FILE",
                description = "A file of ops (\"-\" for standard input), separated by commas or new lines; at most 1 MiB.")
        String file;
    }

    @picocli.CommandLine.Mixin
    glassbox.store.cli.SaveOption save;

    @Override
    public Integer call() {
        save.check();
        if (order < BPlusTree.MIN_ORDER || order > BPlusTree.MAX_ORDER) {
            throw usage("order " + order + " is outside 3..1024");
        }
        List<TreeOp> ops;
        try {
            ops = TreeOp.parseAll(source.ops != null ? source.ops : read(source.file));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        String json = Json.write(run(order, ops));
        out.println(json);
        out.flush();
        return save.record("bptree", java.util.Map.of("order", order, "ops", source.ops != null ? source.ops : "@" + source.file), json);
    }

    /** Runs {@code ops} on a fresh tree of order {@code order}; the JSON document as ordered maps. */
    public static Map<String, Object> run(int order, List<TreeOp> ops) {
        BPlusTree tree = new BPlusTree(order);
        List<Object> results = new ArrayList<>();
        int[] steps = {0};
        for (TreeOp op : ops) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("op", op.label());
            steps[0] += tree.countSteps(() -> apply(tree, op, r));
            results.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("order", order);
        out.put("results", results);
        out.put("tree", tree.snapshot() == null ? null : tree.snapshot().toJson());
        out.put("leaves", tree.leaves());
        out.put("steps", steps[0]);
        return out;
    }

    private static void apply(BPlusTree tree, TreeOp op, Map<String, Object> r) {
        if (op instanceof TreeOp.Insert i) {
            boolean ok = tree.insert(i.key());
            r.put("ok", ok);
            if (!ok) {
                r.put("error", "duplicate key " + i.key());
            }
        } else if (op instanceof TreeOp.Delete d) {
            boolean ok = tree.delete(d.key());
            r.put("ok", ok);
            if (!ok) {
                r.put("error", "key " + d.key() + " not found");
            }
        } else if (op instanceof TreeOp.Search s) {
            SearchResult res = tree.search(s.key());
            r.put("found", res.found());
            r.put("path", res.path());
        } else if (op instanceof TreeOp.Range g) {
            RangeResult res = tree.range(g.from(), g.to());
            r.put("keys", res.keys());
            r.put("leaves_visited", res.leavesVisited());
        }
    }

    private String read(String file) {
        try {
            return BoundedInput.read(file, System.in);
        } catch (BoundedInput.Problem e) {
            throw usage("--ops-file: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
