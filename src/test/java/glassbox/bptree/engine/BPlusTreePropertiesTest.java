package glassbox.bptree.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import static glassbox.testing.PropertyCheck.between;
import static glassbox.testing.PropertyCheck.listOf;
import static glassbox.testing.PropertyCheck.oneOf;

import glassbox.testing.PropertyCheck;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random operation sequences: results equal a TreeMap's, every invariant holds after every
 * operation, trees equal a literal port of the reference, tracing changes nothing.
 */
class BPlusTreePropertiesTest {
    record Op(char kind, int a, int b) {
    }

    /** 1..160 operations on keys -60..60, inserts most often. */
    static List<Op> ops(Random r) {
        return listOf(r, 1, 160, g -> new Op(oneOf(g, 'i', 'i', 'i', 'd', 'd', 's', 'r'),
                between(g, -60, 60), between(g, -60, 60)));
    }

    /** Half small orders (3..9, where splits are frequent), half large ones (10..1024). */
    static int orders(Random r) {
        return r.nextBoolean() ? between(r, 3, 9) : between(r, 10, 1024);
    }

    @Test
    void behavesLikeATreeMapAndKeepsItsShape() {
        PropertyCheck.forAllWith(300, BPlusTreePropertiesTest::orders, BPlusTreePropertiesTest::ops,
                BPlusTreePropertiesTest::behavesLikeATreeMap);
    }

    static void behavesLikeATreeMap(int order, List<Op> ops) {
        BPlusTree t = new BPlusTree(order);
        TreeMap<Integer, Integer> ref = new TreeMap<>();
        for (Op op : ops) {
            switch (op.kind()) {
                case 'i' -> assertThat(t.put(op.a(), op.a() * 7)).isEqualTo(ref.putIfAbsent(op.a(), op.a() * 7) == null);
                case 'd' -> assertThat(t.delete(op.a())).isEqualTo(ref.remove(op.a()) != null);
                case 's' -> {
                    assertThat(t.search(op.a()).found()).isEqualTo(ref.containsKey(op.a()));
                    assertThat(t.get(op.a(), Integer.MIN_VALUE)).isEqualTo(ref.getOrDefault(op.a(), Integer.MIN_VALUE));
                }
                default -> {
                    int lo = Math.min(op.a(), op.b());
                    int hi = Math.max(op.a(), op.b());
                    assertThat(t.range(lo, hi).keys()).containsExactlyElementsOf(ref.subMap(lo, true, hi, true).keySet());
                    List<Integer> seen = new ArrayList<>();
                    t.forEachInRange(lo, hi, (k, v) -> seen.add(k));
                    assertThat(seen).containsExactlyElementsOf(ref.subMap(lo, true, hi, true).keySet());
                }
            }
            assertThat(Invariants.check(t)).as("after %s", op).isNull();
            assertThat(t.size()).isEqualTo(ref.size());
        }
        assertThat(t.keys()).containsExactly(ref.keySet().stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void buildsTheReferenceTrees() {
        PropertyCheck.forAllWith(400, r -> between(r, 3, 8), BPlusTreePropertiesTest::ops,
                BPlusTreePropertiesTest::sameTreesAsTheReference);
    }

    static void sameTreesAsTheReference(int order, List<Op> ops) {
        BPlusTree t = new BPlusTree(order);
        GallesModel g = new GallesModel(order);
        for (Op op : ops) {
            if (op.kind() == 'i' && !g.contains(op.a())) {
                g.insert(op.a());
                t.insert(op.a());
            } else if (op.kind() == 'd' && g.contains(op.a())) {
                g.delete(op.a());
                t.delete(op.a());
            }
            Object mine = t.snapshot() == null ? null : t.snapshot().toJson();
            assertThat(mine).as("after %s", op).isEqualTo(g.toJson());
        }
    }

    @Test
    void tracingChangesNothingAndSnapshotsStayFresh() {
        PropertyCheck.forAllWith(150, r -> between(r, 3, 7), BPlusTreePropertiesTest::ops,
                BPlusTreePropertiesTest::tracingChangesNothing);
    }

    static void tracingChangesNothing(int order, List<Op> ops) {
        BPlusTree plain = new BPlusTree(order);
        BPlusTree traced = new BPlusTree(order);
        for (Op op : ops) {
            var tr = switch (op.kind()) {
                case 'i' -> {
                    plain.insert(op.a());
                    yield traced.traceInsert(op.a()).trace();
                }
                case 'd' -> {
                    plain.delete(op.a());
                    yield traced.traceDelete(op.a()).trace();
                }
                case 's' -> traced.traceSearch(op.a()).trace();
                default -> traced.traceRange(Math.min(op.a(), op.b()), Math.max(op.a(), op.b())).trace();
            };
            NodeSnap last = tr.last().state().root();
            NodeSnap fresh = BPlusTree.fromSnapshot(order, traced.snapshot()).snapshot();
            assertThat(last).isEqualTo(fresh);
            assertThat(traced.snapshot() == null ? null : traced.snapshot().toJson())
                    .isEqualTo(plain.snapshot() == null ? null : plain.snapshot().toJson());
        }
    }

    @Test
    void bulkLoadKeepsTheInvariants() {
        PropertyCheck.forAll(200, r -> new int[] {orders(r), between(r, 0, 3000)},
                c -> bulkLoadKeepsTheInvariants(c[0], c[1]));
    }

    static void bulkLoadKeepsTheInvariants(int order, int n) {
        BPlusTree t = new BPlusTree(order);
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = i * 3 - 100;
        }
        t.bulkLoad(keys);
        assertThat(Invariants.check(t)).isNull();
        assertThat(t.keys()).containsExactly(keys);
        TreeSet<Integer> ref = new TreeSet<>();
        for (int k : keys) {
            ref.add(k);
        }
        for (int k = -110; k < 40; k += 5) {
            if (ref.remove(k)) {
                assertThat(t.delete(k)).isTrue();
            } else {
                assertThat(t.insert(k)).isTrue();
                ref.add(k);
            }
            assertThat(Invariants.check(t)).isNull();
        }
    }
}
