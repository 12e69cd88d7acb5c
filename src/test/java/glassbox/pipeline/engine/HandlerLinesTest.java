package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.testing.PseudoCode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The journey's steps light named pseudo-code lines and typed highlights. */
class HandlerLinesTest {
    @Test
    void everyLanguageHasTheLinesTheStepsLight() {
        PseudoCode.assertHasLines(Journeys.CODE_KEY, HandlerLine.highest());
    }

    @Test
    void namedLinesPointAtTheCodeTheyName() {
        String[] en = new Messages(Locale.ENGLISH).get(Journeys.CODE_KEY).split("\n");
        assertThat(en[HandlerLine.PROCESS_REQUEST.line() - 1]).contains("process_request");
        assertThat(en[HandlerLine.PROCESS_RESPONSE.line() - 1]).contains("process_response");
        assertThat(en[HandlerLine.RESOLVE.line() - 1]).contains("resolve");
        assertThat(en[HandlerLine.VIEW.line() - 1]).contains("view(request)");
        assertThat(en[HandlerLine.RENDER.line() - 1]).contains("render()");
        assertThat(en[HandlerLine.RERAISE.line() - 1]).contains("raise");
    }

    @Test
    void stepsCarryTypedHighlightsAndNamedLines() {
        Site site = new Site(UsersResource.inMemory());
        List<StackEntry> stack = Builtin.defaults().stream().map(StackEntry::of).toList();
        Journeys.Result r = Journeys.run(site, stack, List.of(new RequestSpec("GET", "/nowhere", Map.of(), "")));
        Set<Integer> lines = new HashSet<>();
        for (HandlerLine l : HandlerLine.values()) {
            lines.add(l.line());
        }
        Set<Class<?>> kinds = new HashSet<>();
        for (Step<PipelineState> s : r.trace().steps()) {
            assertThat(lines).contains(s.line());
            for (Object h : s.highlights()) {
                assertThat(h).isInstanceOf(JourneyHighlight.class);
                kinds.add(h.getClass());
            }
        }
        assertThat(kinds).contains(JourneyHighlight.HookCall.class, JourneyHighlight.NoRoute.class,
                JourneyHighlight.Conversion.class);
        boolean securityRequestOnItsLine = r.trace().steps().stream().anyMatch(s -> s.highlights().contains(
                new JourneyHighlight.HookCall(1, Hook.PROCESS_REQUEST)) && s.line() == HandlerLine.PROCESS_REQUEST.line());
        assertThat(securityRequestOnItsLine).as("SecurityMiddleware.process_request lights its line").isTrue();
    }
}
