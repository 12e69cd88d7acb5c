package glassbox.bptree.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.player.Step;
import glassbox.player.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples' traces, step by step (pseudo-code line, event, narration and the tree after
 * the step), against reviewed golden files under {@code src/test/resources/glassbox/bptree/}.
 * Set {@code -Dglassbox.golden.write=true} to rewrite them after a deliberate change.
 */
class GoldenTraceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "example-d4|4|i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,d10,d9,d8",
        "example-d3|3|i10,i20,i30,i40,i50,i60,i70,d40,d10,d50",
        "example-d5|5|i5,i15,i25,i35,i45,i55,i65,i75,i85,d45,d55,d5,d15",
        "search-range-d4|4|i1,i2,i3,i4,i5,i6,i7,s4,s9,r2 6",
        "bulk-d3|3|b1 2 3 4 5 6 7 8 9 10",
    })
    void matchesTheGoldenTrace(String name, int order, String ops) throws IOException {
        BPlusTree t = new BPlusTree(order);
        StringBuilder out = new StringBuilder();
        for (String op : ops.split(",")) {
            String[] p = op.substring(1).trim().split(" ");
            int a = Integer.parseInt(p[0]);
            Trace<BptreeFrame> tr = switch (op.charAt(0)) {
                case 'i' -> t.traceInsert(a).trace();
                case 'd' -> t.traceDelete(a).trace();
                case 's' -> t.traceSearch(a).trace();
                case 'r' -> t.traceRange(a, Integer.parseInt(p[1])).trace();
                default -> {
                    int[] keys = new int[p.length];
                    for (int i = 0; i < p.length; i++) {
                        keys[i] = Integer.parseInt(p[i]);
                    }
                    yield t.traceBulkLoad(keys).trace();
                }
            };
            out.append("## ").append(op).append('\n');
            for (Step<BptreeFrame> s : tr.steps()) {
                out.append(describe(s)).append('\n');
            }
        }
        String golden = name + ".trace.txt";
        Path file = Path.of("src/test/resources/glassbox/bptree", golden);
        if (Boolean.getBoolean("glassbox.golden.write")) {
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream("/glassbox/bptree/" + golden)) {
            assertThat(in).as("golden file " + golden).isNotNull();
            assertThat(out.toString()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String describe(Step<BptreeFrame> s) {
        List<String> forest = new ArrayList<>();
        s.state().forest().forEach(n -> forest.add(n.shape()));
        return String.format("%2d %-15s %-30s %s | %s", s.line(), s.state().event().kind().id(),
                s.narration().key(), s.narration().args(), String.join(" ", forest));
    }
}
