package glassbox.player.view;

import glassbox.core.Messages;
import glassbox.player.EventKind;
import glassbox.core.Narration;
import glassbox.player.Trace;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A fixed five-step trace over the test bundle {@code playertest}. */
public final class TestTraces {
    public enum Marker implements EventKind {
        SPLIT;

        @Override
        public String id() {
            return "split";
        }

        @Override
        public String labelKey() {
            return "playertest.split";
        }
    }

    private TestTraces() {
    }

    public static Messages messages() {
        return new Messages(Locale.ENGLISH, List.of("messages", "playertest"));
    }

    /** A step's light in the test traces. */
    public record Lit(int step) implements glassbox.player.Highlight {
    }

    /** Steps 1..5 narrate "Step number i" and light code lines 1,2,2,3,4; step 3 is a split. */
    public static Trace<Integer> five() {
        int[] lines = {1, 2, 2, 3, 4};
        Trace.Builder<Integer> b = Trace.builder("playertest.code");
        for (int i = 1; i <= 5; i++) {
            b.add(i, Narration.of("playertest.step", String.valueOf(i)), lines[i - 1], Set.of(new Lit(i)),
                    i == 3 ? Marker.SPLIT : null);
        }
        return b.build();
    }
}
