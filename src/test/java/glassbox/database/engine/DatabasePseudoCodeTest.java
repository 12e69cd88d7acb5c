package glassbox.database.engine;

import glassbox.testing.PseudoCode;
import org.junit.jupiter.api.Test;

/** Every pseudo-code text the replays point into has the lines they name, in every language. */
class DatabasePseudoCodeTest {
    @Test
    void indexCodeHasTheLinesTheTraceNames() {
        PseudoCode.assertHasLines(IndexTrace.CODE, 7);
    }

    @Test
    void everyStrategysCodeHasTheLinesItsEventsName() {
        for (LockStrategy s : LockStrategy.values()) {
            int highest = 0;
            for (TxEventKind k : TxEventKind.values()) {
                highest = Math.max(highest, LockTrace.line(s, k));
            }
            PseudoCode.assertHasLines(s.codeKey(), highest);
        }
    }
}
