package glassbox.player;

import glassbox.core.Narration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable, non-empty list of steps an engine produced for one operation, with the bundle key
 * of the pseudo-code it steps through ({@code null} when there is none). The key's value holds the
 * pseudo-code lines separated by newlines; {@link Step#line()} indexes them from 1.
 */
public record Trace<S>(String codeKey, List<Step<S>> steps) {
    public Trace {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a trace has at least one step");
        }
    }

    public int size() {
        return steps.size();
    }

    public Step<S> step(int index) {
        return steps.get(index);
    }

    public Step<S> last() {
        return steps.get(steps.size() - 1);
    }

    /** A one-step trace showing a state with a narration, e.g. the start screen of a topic. */
    public static <S> Trace<S> still(String codeKey, S state, Narration narration) {
        return new Trace<>(codeKey, List.of(Step.of(state, narration, 0, Set.of())));
    }

    /** Appends the steps of several traces (e.g. one per operation in "5, 12, 7"). */
    public static <S> Trace<S> concat(String codeKey, List<Trace<S>> parts) {
        List<Step<S>> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.steps()));
        return new Trace<>(codeKey, all);
    }

    public static <S> Builder<S> builder(String codeKey) {
        return new Builder<>(codeKey);
    }

    /** Collects steps while an engine runs; recording can be switched off for benchmarks. */
    public static final class Builder<S> {
        private final String codeKey;
        private final List<Step<S>> steps = new ArrayList<>();

        private Builder(String codeKey) {
            this.codeKey = codeKey;
        }

        public Builder<S> add(Step<S> step) {
            steps.add(Objects.requireNonNull(step));
            return this;
        }

        public Builder<S> add(S state, Narration narration, int line, Set<? extends Highlight> highlights) {
            return add(new Step<>(state, narration, line, highlights, null));
        }

        public Builder<S> add(S state, Narration narration, int line, Set<? extends Highlight> highlights, EventKind event) {
            return add(new Step<>(state, narration, line, highlights, event));
        }

        public int size() {
            return steps.size();
        }

        public boolean isEmpty() {
            return steps.isEmpty();
        }

        public Trace<S> build() {
            return new Trace<>(codeKey, steps);
        }
    }
}
