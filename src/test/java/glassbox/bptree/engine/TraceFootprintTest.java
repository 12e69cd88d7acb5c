package glassbox.bptree.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.player.Trace;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes per step with tracing on, estimated without JOL: walks everything a trace references
 * (each object once, by identity) and adds up shallow sizes under the usual 64-bit HotSpot layout
 * with compressed pointers (12-byte headers, 4-byte references, 8-byte alignment). JDK
 * collections are sized by their element count, since their fields are not open to reflection.
 */
class TraceFootprintTest {
    static long estimate(Object root) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long bytes = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, Boolean.TRUE) != null || o instanceof Enum<?>) {
                continue;
            }
            if (o instanceof Integer || o instanceof Long) {
                Number n = (Number) o;
                bytes += n.longValue() >= -128 && n.longValue() <= 127 ? 0 : 16; // small Integers are cached
            } else if (o instanceof String s) {
                bytes += 24 + align(16 + s.length());
            } else if (o instanceof Collection<?> c) {
                bytes += 16 + align(16 + 4L * c.size());
                c.forEach(e -> {
                    if (e != null) {
                        todo.push(e);
                    }
                });
            } else if (o instanceof Map<?, ?> m) {
                bytes += 16 + align(16 + 8L * m.size());
                m.forEach((k, v) -> {
                    todo.push(k);
                    if (v != null) {
                        todo.push(v);
                    }
                });
            } else {
                long shallow = 12;
                for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers())) {
                            continue;
                        }
                        Class<?> t = f.getType();
                        shallow += t == long.class || t == double.class ? 8 : t.isPrimitive() && (t == byte.class || t == boolean.class) ? 1 : 4;
                        if (!t.isPrimitive()) {
                            try {
                                f.setAccessible(true);
                                Object v = f.get(o);
                                if (v != null) {
                                    todo.push(v);
                                }
                            } catch (ReflectiveOperationException | RuntimeException e) {
                                throw new IllegalStateException("cannot read " + f, e);
                            }
                        }
                    }
                }
                bytes += align(shallow);
            }
        }
        return bytes;
    }

    private static long align(long n) {
        return (n + 7) / 8 * 8;
    }

    @Test
    void aThousandRandomInsertsCostFewHundredBytesPerStep() {
        BPlusTree t = new BPlusTree(5);
        Random r = new Random(1);
        List<Trace<BptreeFrame>> parts = new ArrayList<>();
        while (t.size() < 1000) {
            int k = 1 + r.nextInt(9999);
            if (!t.contains(k)) {
                parts.add(t.traceInsert(k).trace());
            }
        }
        Trace<BptreeFrame> all = Trace.concat("bptree.code.insert", parts);
        long bytes = estimate(all);
        double perStep = bytes / (double) all.size();
        System.out.printf("bptree trace: %d steps, %d bytes, %.0f bytes/step (order 5, 1000 random inserts)%n",
                all.size(), bytes, perStep);
        assertThat(perStep).isLessThan(2_000);
    }

    @Test
    void oneInsertIntoABigTreeSharesTheUnchangedNodes() {
        BPlusTree t = new BPlusTree(4);
        for (int k = 0; k < 20_000; k += 2) {
            t.insert(k);
        }
        NodeSnap before = t.snapshot();
        Trace<BptreeFrame> tr = t.traceInsert(9_999).trace();
        long whole = estimate(before);
        long all = estimate(List.of(before, tr));
        double perStep = (all - whole) / (double) tr.size();
        System.out.printf("bptree trace on 10,000 keys: %d steps, %.0f bytes/step beyond the tree (%d bytes)%n",
                tr.size(), perStep, whole);
        assertThat(perStep).isLessThan(whole / 20.0);
    }
}
