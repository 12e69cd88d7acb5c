package glassbox.threads.engine;

import glassbox.testing.PseudoCode;
import org.junit.jupiter.api.Test;

/** Every pseudo-code text the Threads traces step through has the lines they name, in every language. */
class CodeLinesTest {
    @Test
    void everyCodeTextHasItsLines() {
        PseudoCode.assertHasLines(Policy.GIL.codeKey(), CodeLine.highest(CodeLine.Gil.class));
        PseudoCode.assertHasLines(Policy.NOGIL.codeKey(), CodeLine.highest(CodeLine.Nogil.class));
        PseudoCode.assertHasLines(Policy.SERIAL.codeKey(), CodeLine.highest(CodeLine.Serial.class));
        PseudoCode.assertHasLines(Policy.GEVENT.codeKey(), CodeLine.highest(CodeLine.Gevent.class));
        PseudoCode.assertHasLines(Policy.YIELD.codeKey(), CodeLine.highest(CodeLine.Yield.class));
        PseudoCode.assertHasLines(Policy.PROCESS.codeKey(), CodeLine.highest(CodeLine.Process.class));
        PseudoCode.assertHasLines(RefcountTrace.CODE_KEY, CodeLine.highest(CodeLine.Refcount.class));
    }
}
