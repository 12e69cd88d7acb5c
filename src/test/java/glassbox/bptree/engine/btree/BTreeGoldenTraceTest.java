package glassbox.bptree.engine.btree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Splits, borrows and merges at orders 3–7, with and without preemptive split, step by step (line,
 * event, narration, tree after the step) against reviewed golden JSON under
 * {@code src/test/resources/glassbox/bptree/btree/}. {@code -Dglassbox.golden.write=true} rewrites them.
 */
class BTreeGoldenTraceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "d3|3|false|i10,i20,i30,i40,i50,i60,i70,s40,r25 55,d40,d10,d50,d70",
        "d4|4|false|i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,d4,d10,d9,d1",
        "d4-pre|4|true|i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,d4,d10,d9,d1,d6",
        "d5|5|false|i5,i15,i25,i35,i45,i55,i65,i75,i85,d45,d55,d5,d15",
        "d6|6|false|i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,i11,i12,d3,d12,d11,d10",
        "d6-pre|6|true|i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,i11,i12,d3,d12,d11,d10,d6",
        "d7|7|false|i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,i11,i12,i13,i14,d1,d2,d14,d8",
    })
    void matchesTheGoldenTrace(String name, int order, boolean pre, String ops) throws IOException {
        BTree t = new BTree(order, pre);
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (String op : ops.split(",")) {
            String[] p = op.substring(1).trim().split(" ");
            int a = Integer.parseInt(p[0]);
            Trace<BtreeFrame> tr = switch (op.charAt(0)) {
                case 'i' -> t.traceInsert(a).trace();
                case 'd' -> t.traceDelete(a).trace();
                case 's' -> t.traceSearch(a).trace();
                default -> t.traceRange(a, Integer.parseInt(p[1])).trace();
            };
            ObjectNode o = out.addObject();
            o.put("op", op);
            ArrayNode steps = o.putArray("steps");
            for (Step<BtreeFrame> s : tr.steps()) {
                steps.add(describe(s));
            }
        }
        String text = Json.MAPPER.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)).writeValueAsString(out) + "\n";
        String golden = name + ".trace.json";
        if (Boolean.getBoolean("glassbox.golden.write")) {
            Files.writeString(Path.of("src/test/resources/glassbox/bptree/btree", golden), text, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream("/glassbox/bptree/btree/" + golden)) {
            assertThat(in).as("golden file " + golden).isNotNull();
            assertThat(text).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String describe(Step<BtreeFrame> s) {
        BTreeSnap root = s.state().root();
        return String.format("%2d %-16s %-28s %s | %s", s.line(), s.state().event().kind().id(),
                s.narration().key(), s.narration().args(), root == null ? "" : root.shape());
    }
}
