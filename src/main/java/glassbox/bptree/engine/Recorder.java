package glassbox.bptree.engine;

import glassbox.core.Narration;
import glassbox.player.Highlight;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns the engine's progress into player steps while tracing is on: each step snapshots the
 * tree, reusing the pictures of nodes that did not change since the step before.
 */
final class Recorder {
    private final BPlusTree tree;
    private final Trace.Builder<BptreeFrame> steps;
    private final List<Integer> output = new ArrayList<>();
    private final boolean countOnly;
    private int count;

    Recorder(BPlusTree tree, String codeKey, boolean countOnly) {
        this.tree = tree;
        this.steps = Trace.builder(codeKey);
        this.countOnly = countOnly;
    }

    void emit(StepEvent event, int line, String narrationKey, Object[] args, Highlight... highlights) {
        count++;
        if (countOnly) {
            return;
        }
        BptreeFrame frame = new BptreeFrame(tree.order(), tree.snapshot(), tree.stagingSnapshot(), event, output);
        Narration n = new Narration(narrationKey, Arrays.asList(args));
        BptreeEventKind kind = event.kind();
        steps.add(new Step<>(frame, n, line, Set.of(highlights), kind.marked() ? kind : null));
    }

    void output(int key) {
        output.add(key);
    }

    int count() {
        return count;
    }

    Trace<BptreeFrame> build() {
        return steps.build();
    }

    /** Narration arguments: keys become plain strings (no digit grouping), lists stay lists. */
    static Object[] args(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            out[i] = v instanceof Integer || v instanceof Long ? String.valueOf(v) : v;
        }
        return out;
    }
}
