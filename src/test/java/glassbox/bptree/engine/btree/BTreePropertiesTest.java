package glassbox.bptree.engine.btree;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The B-Tree against a TreeSet, and its invariants after every operation (seeded, 1,200 cases). */
class BTreePropertiesTest {
    /** One case: order, preemptive or not, and ops (+k insert, -k delete). */
    record Case(int order, boolean preemptive, List<Integer> ops) {
    }

    static Case gen(Random r) {
        int order = 3 + r.nextInt(6);
        boolean pre = order % 2 == 0 && r.nextBoolean();
        int n = 1 + r.nextInt(120);
        int range = 5 + r.nextInt(80);
        List<Integer> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(range);
            ops.add(r.nextInt(3) == 0 ? -k : k);
        }
        return new Case(order, pre, ops);
    }

    @Test
    void behavesLikeATreeSetAndKeepsItsInvariants() {
        PropertyCheck.forAll(1200, BTreePropertiesTest::gen, c -> {
            BTree t = new BTree(c.order(), c.preemptive());
            TreeSet<Integer> model = new TreeSet<>();
            for (int op : c.ops()) {
                int k = Math.abs(op);
                if (op > 0) {
                    assertThat(t.insert(k)).as("insert %d in %s", k, c).isEqualTo(model.add(k));
                } else {
                    assertThat(t.delete(k)).as("delete %d in %s", k, c).isEqualTo(model.remove(k));
                }
                String problem = check(t);
                assertThat(problem).as("after %d in %s", op, c).isNull();
                assertThat(t.keys()).isEqualTo(new ArrayList<>(model));
                assertThat(t.size()).isEqualTo(model.size());
            }
            for (int k = 0; k <= 90; k += 7) {
                assertThat(t.search(k).found()).isEqualTo(model.contains(k));
            }
            int a = 10;
            int b = 40;
            assertThat(t.range(a, b).keys()).isEqualTo(new ArrayList<>(model.subSet(a, true, b, true)));
        });
    }

    @Test
    void tracedRunsMatchUntracedOnes() {
        PropertyCheck.forAll(200, BTreePropertiesTest::gen, c -> {
            BTree plain = new BTree(c.order(), c.preemptive());
            BTree traced = new BTree(c.order(), c.preemptive());
            for (int op : c.ops()) {
                int k = Math.abs(op);
                var tr = op > 0 ? traced.traceInsert(k) : traced.traceDelete(k);
                boolean expected = op > 0 ? plain.insert(k) : plain.delete(k);
                assertThat(tr.result()).isEqualTo(expected);
                BTreeSnap last = tr.trace().last().state().root();
                assertThat(last == null ? "" : last.shape())
                        .isEqualTo(plain.snapshot() == null ? "" : plain.snapshot().shape());
                int counted = new BTree(c.order(), c.preemptive()).countSteps(() -> { });
                assertThat(counted).isZero();
            }
        });
    }

    /** Every node but the root has min..max keys, the root 1..max, keys ascending and between the
     *  parent's bounds, internal nodes n+1 children, all leaves at one depth. */
    static String check(BTree t) {
        BTreeSnap root = t.snapshot();
        if (root == null) {
            return t.size() == 0 ? null : "empty root but size " + t.size();
        }
        int[] leafDepth = {-1};
        return node(t, root, true, Long.MIN_VALUE, Long.MAX_VALUE, 0, leafDepth);
    }

    private static String node(BTree t, BTreeSnap s, boolean isRoot, long lo, long hi, int depth, int[] leafDepth) {
        int n = s.keys().size();
        if (n > t.maxKeys() || n < (isRoot ? 1 : t.minKeys())) {
            return "node " + s.keys() + " has " + n + " keys";
        }
        for (int i = 0; i < n; i++) {
            int k = s.keys().get(i);
            if (k <= lo || k >= hi || i > 0 && k <= s.keys().get(i - 1)) {
                return "node " + s.keys() + " out of order within (" + lo + ", " + hi + ")";
            }
        }
        if (s.leaf()) {
            if (leafDepth[0] < 0) {
                leafDepth[0] = depth;
            }
            return leafDepth[0] == depth ? null : "leaves at depths " + leafDepth[0] + " and " + depth;
        }
        if (s.children().size() != n + 1) {
            return "node " + s.keys() + " has " + s.children().size() + " children";
        }
        for (int i = 0; i <= n; i++) {
            long l = i == 0 ? lo : s.keys().get(i - 1);
            long h = i == n ? hi : s.keys().get(i);
            String p = node(t, s.children().get(i), false, l, h, depth + 1, leafDepth);
            if (p != null) {
                return p;
            }
        }
        return null;
    }
}
