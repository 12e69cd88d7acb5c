package glassbox.bptree.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Json;
import org.junit.jupiter.api.Test;

/** File ▸ Export trace as JSON writes a B+Tree trace with Jackson: frames, events, narration. */
class TraceExportTest {
    @Test
    void aTraceWritesAsJson() {
        BPlusTree t = new BPlusTree(3);
        t.insert(1);
        t.insert(2);
        String json = Json.write(t.traceInsert(3).trace());
        assertThat(json).contains("\"codeKey\" : \"bptree.code.insert\"")
                .contains("\"key\" : \"bptree.n.leafSplit\"")
                .contains("\"keys\" : [ 2, 3 ]")
                .contains("\"kind\" : \"LEAF_SPLIT\"");
    }
}
