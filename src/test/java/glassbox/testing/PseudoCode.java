package glassbox.testing;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import java.util.Locale;

/** Checks that a pseudo-code text has the lines an engine names, in every language. */
public final class PseudoCode {
    private PseudoCode() {
    }

    /**
     * Every language's text for {@code codeKey} has the same number of lines, at least
     * {@code highestLine}, and none of them blank.
     */
    public static void assertHasLines(String codeKey, int highestLine) {
        int count = -1;
        for (Locale l : Messages.SUPPORTED) {
            Messages m = new Messages(l);
            assertThat(m.has(codeKey)).as("%s in %s", codeKey, l).isTrue();
            String[] lines = m.get(codeKey).split("\n", -1);
            assertThat(lines.length).as("lines of %s in %s", codeKey, l).isGreaterThanOrEqualTo(highestLine);
            for (int i = 0; i < lines.length; i++) {
                assertThat(lines[i]).as("line %d of %s in %s", i + 1, codeKey, l).isNotBlank();
            }
            if (count >= 0) {
                assertThat(lines.length).as("%s has as many lines in %s as in English", codeKey, l).isEqualTo(count);
            }
            count = lines.length;
        }
    }
}
