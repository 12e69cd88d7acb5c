package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of Django's handler over random stacks, each checked against an independent
 * formulation of the rule rather than the engine's own loop.
 */
class CallOrderPropertiesTest {
    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<HookAction> action = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(HookAction.PASS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(100, 599).map(HookAction.Respond::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(HookAction.RAISE)));
        Arbitrary<Map<Hook, HookAction>> actions = Arbitraries.subsetOf(Hook.values())
                .flatMap(hooks -> action.list().ofSize(hooks.size()).map(list -> {
                    Map<Hook, HookAction> m = new EnumMap<>(Hook.class);
                    int i = 0;
                    for (Hook h : hooks) {
                        m.put(h, list.get(i++));
                    }
                    return m;
                }));
        Arbitrary<List<Map<Hook, HookAction>>> stacks = actions.list().ofMaxSize(5);
        Arbitrary<ScriptedView> views = Combinators.combine(Arbitraries.integers().between(100, 599),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(ScriptedView::new);
        return Combinators.combine(stacks, views).as((s, v) -> {
            List<ScriptedMiddleware> mws = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                mws.add(new ScriptedMiddleware("M" + i, s.get(i)));
            }
            return new Scenario(mws, v);
        });
    }

    @Property(tries = 400)
    void statusIsAlwaysAnHttpStatus(@ForAll("scenarios") Scenario s) {
        assertThat(s.run().status()).isBetween(100, 599);
    }

    /** mixin: layer i is entered iff every outer process_request returned None; its process_response runs iff
     *  it was entered and its own process_request did not raise. */
    @Property(tries = 400)
    void processResponseRunsExactlyForEnteredLayersWhoseRequestHookDidNotRaise(@ForAll("scenarios") Scenario s) {
        List<String> calls = s.run().calls();
        boolean entered = true;
        for (ScriptedMiddleware m : s.middleware()) {
            HookAction req = m.actions().get(Hook.PROCESS_REQUEST);
            boolean expectResponse = entered && m.defines(Hook.PROCESS_RESPONSE) && !(req instanceof HookAction.Raise);
            assertThat(calls.contains(m.name() + ".process_response")).as(m.name()).isEqualTo(expectResponse);
            assertThat(calls.contains(m.name() + ".process_request")).isEqualTo(entered && req != null);
            entered = entered && !(req instanceof HookAction.Raise) && !(req instanceof HookAction.Respond);
        }
    }

    /** process_response hooks run innermost first, process_request outermost first. */
    @Property(tries = 300)
    void requestHooksOuterFirstResponseHooksInnerFirst(@ForAll("scenarios") Scenario s) {
        List<String> calls = s.run().calls();
        List<Integer> req = indexesOf(calls, "process_request");
        List<Integer> resp = indexesOf(calls, "process_response");
        assertThat(req).isSorted();
        assertThat(resp).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    /** Exception hooks only ever follow the view (an exception from the view or from render), innermost first. */
    @Property(tries = 300)
    void exceptionHooksOnlyAfterTheViewInnermostFirst(@ForAll("scenarios") Scenario s) {
        List<String> calls = s.run().calls();
        int view = calls.indexOf("view");
        List<Integer> exc = indexesOf(calls, "process_exception");
        if (!exc.isEmpty()) {
            assertThat(view).isNotNegative();
            assertThat(calls.indexOf("M" + exc.get(0) + ".process_exception")).isGreaterThan(view);
        }
        assertThat(exc).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(calls.stream().filter("view"::equals).count()).isLessThanOrEqualTo(1);
    }

    /** Template hooks run only after a view that returned a TemplateResponse. */
    @Property(tries = 300)
    void templateHooksOnlyForTemplateResponses(@ForAll("scenarios") Scenario s) {
        List<String> calls = s.run().calls();
        boolean any = calls.stream().anyMatch(c -> c.endsWith(".process_template_response"));
        if (any) {
            assertThat(s.view().template()).isTrue();
            assertThat(s.view().raises()).isFalse();
        }
    }

    private static List<Integer> indexesOf(List<String> calls, String hook) {
        List<Integer> out = new ArrayList<>();
        for (String c : calls) {
            if (c.endsWith("." + hook)) {
                out.add(Integer.parseInt(c.substring(1, c.indexOf('.'))));
            }
        }
        return out;
    }
}
