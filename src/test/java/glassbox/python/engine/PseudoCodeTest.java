package glassbox.python.engine;

import glassbox.testing.PseudoCode;
import org.junit.jupiter.api.Test;

/** The deepcopy pseudo-code has every line the engine points at, in English and Chinese. */
class PseudoCodeTest {
    @Test
    void deepcopyCodeHasTheLinesTheStepsName() {
        int highest = 0;
        for (DeepcopyLine l : DeepcopyLine.values()) {
            highest = Math.max(highest, l.line());
        }
        org.assertj.core.api.Assertions.assertThat(highest).isEqualTo(DeepcopyLine.HIGHEST);
        PseudoCode.assertHasLines(Tracer.CODE_KEY, DeepcopyLine.HIGHEST);
    }
}
