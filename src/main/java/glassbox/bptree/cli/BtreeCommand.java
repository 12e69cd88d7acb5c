package glassbox.bptree.cli;

import glassbox.bptree.engine.btree.BTree;
import glassbox.bptree.engine.btree.BtreeOp;
import glassbox.bptree.engine.btree.BtreeRange;
import glassbox.bptree.engine.btree.BtreeSearch;
import glassbox.core.Json;
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
 * {@code glassbox btree --order D [--preemptive-split] --ops "i 5, i 3, d 4, s 3"}: runs the ops on
 * a B-Tree built as USFCA's B-Tree visualization builds it and prints the results, the final tree
 * and the number of animation steps as JSON.
 */
@Command(name = "btree", mixinStandardHelpOptions = true,
        description = "Run B-Tree operations (USFCA conventions) and print results and the final tree as JSON.")
public final class BtreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--order", required = true, paramLabel = "D", description = "Order: most children per node, 3..1024.")
    int order;

    @Option(names = "--preemptive-split", description = "Split full nodes (and fix minimal ones) on the way down; even orders only.")
    boolean preemptive;

    @Option(names = "--ops", required = true, paramLabel = "OPS", description = "Ops separated by commas: i K, d K, s K, r A B.")
    String ops;

    @Override
    public Integer call() {
        if (order < BTree.MIN_ORDER || order > BTree.MAX_ORDER) {
            throw usage("order " + order + " is outside 3..1024");
        }
        if (preemptive && !BTree.offersPreemptiveSplit(order)) {
            throw usage("--preemptive-split needs an even order (as in USFCA), not " + order);
        }
        List<BtreeOp> parsed;
        try {
            parsed = BtreeOp.parseAll(ops);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(run(order, preemptive, parsed)));
        out.flush();
        return 0;
    }

    /** Runs {@code ops} on a fresh tree; the JSON document as ordered maps. */
    public static Map<String, Object> run(int order, boolean preemptive, List<BtreeOp> ops) {
        BTree tree = new BTree(order, preemptive);
        List<Object> results = new ArrayList<>();
        int steps = 0;
        for (BtreeOp op : ops) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("op", op.label());
            steps += tree.countSteps(() -> apply(tree, op, r));
            results.add(r);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("order", order);
        out.put("results", results);
        out.put("tree", tree.snapshot() == null ? null : tree.snapshot().toJson());
        out.put("steps", steps);
        return out;
    }

    private static void apply(BTree tree, BtreeOp op, Map<String, Object> r) {
        switch (op.kind()) {
            case 'i' -> {
                boolean ok = tree.insert(op.a());
                r.put("ok", ok);
                if (!ok) {
                    r.put("error", "duplicate key " + op.a());
                }
            }
            case 'd' -> {
                boolean ok = tree.delete(op.a());
                r.put("ok", ok);
                if (!ok) {
                    r.put("error", "key " + op.a() + " not found");
                }
            }
            case 's' -> {
                BtreeSearch s = tree.search(op.a());
                r.put("found", s.found());
                r.put("path", s.path());
            }
            default -> {
                BtreeRange g = tree.range(op.a(), op.b());
                r.put("keys", g.keys());
                r.put("nodes_read", g.nodesRead());
                r.put("node_arrivals", g.arrivals());
            }
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
