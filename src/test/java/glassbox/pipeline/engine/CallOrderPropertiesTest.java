package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Random;
import java.util.function.Consumer;
import glassbox.testing.PropertyCheck;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;

/**
 * Invariants of Django's handler over random stacks, each checked against an independent
 * formulation of the rule rather than the engine's own loop.
 */
class CallOrderPropertiesTest {
    /** PASS 6 : respond 2 : raise 2, as Django code mostly returns None. */
    static HookAction action(Random r) {
        int pick = r.nextInt(10);
        return pick < 6 ? HookAction.PASS : pick < 8 ? new HookAction.Respond(PropertyCheck.between(r, 100, 599))
                : HookAction.RAISE;
    }

    /** One layer: a random subset of the hooks, each with an action. */
    static Map<Hook, HookAction> layer(Random r) {
        Map<Hook, HookAction> m = new EnumMap<>(Hook.class);
        for (Hook h : Hook.values()) {
            if (r.nextBoolean()) {
                m.put(h, action(r));
            }
        }
        return m;
    }

    static ScriptedView view(Random r) {
        return new ScriptedView(PropertyCheck.between(r, 100, 599), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
    }

    static Scenario scenario(ScriptedView v, List<Map<Hook, HookAction>> layers) {
        List<ScriptedMiddleware> mws = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            mws.add(new ScriptedMiddleware("M" + i, layers.get(i)));
        }
        return new Scenario(mws, v);
    }

    /** Up to five layers; a failure shrinks by dropping layers, the view fixed. */
    private static void check(int tries, Consumer<Scenario> property) {
        PropertyCheck.forAllWith(tries, CallOrderPropertiesTest::view,
                r -> PropertyCheck.listOf(r, 0, 5, CallOrderPropertiesTest::layer),
                (v, layers) -> property.accept(scenario(v, layers)));
    }

    @Test
    void statusIsAlwaysAnHttpStatus() {
        check(400, CallOrderPropertiesTest::statusIsAlwaysAnHttpStatusHolds);
    }

    static void statusIsAlwaysAnHttpStatusHolds(Scenario s) {
        assertThat(s.run().status()).isBetween(100, 599);
    }

    /** mixin: layer i is entered iff every outer process_request returned None; its process_response runs iff
     *  it was entered and its own process_request did not raise. */
    @Test
    void processResponseRunsExactlyForEnteredLayersWhoseRequestHookDidNotRaise() {
        check(400, CallOrderPropertiesTest::processResponseRunsExactlyForEnteredLayersWhoseRequestHookDidNotRaiseHolds);
    }

    static void processResponseRunsExactlyForEnteredLayersWhoseRequestHookDidNotRaiseHolds(Scenario s) {
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
    @Test
    void requestHooksOuterFirstResponseHooksInnerFirst() {
        check(300, CallOrderPropertiesTest::requestHooksOuterFirstResponseHooksInnerFirstHolds);
    }

    static void requestHooksOuterFirstResponseHooksInnerFirstHolds(Scenario s) {
        List<String> calls = s.run().calls();
        List<Integer> req = indexesOf(calls, "process_request");
        List<Integer> resp = indexesOf(calls, "process_response");
        assertThat(req).isSorted();
        assertThat(resp).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    /** Exception hooks only ever follow the view (an exception from the view or from render), innermost first. */
    @Test
    void exceptionHooksOnlyAfterTheViewInnermostFirst() {
        check(300, CallOrderPropertiesTest::exceptionHooksOnlyAfterTheViewInnermostFirstHolds);
    }

    static void exceptionHooksOnlyAfterTheViewInnermostFirstHolds(Scenario s) {
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
    @Test
    void templateHooksOnlyForTemplateResponses() {
        check(300, CallOrderPropertiesTest::templateHooksOnlyForTemplateResponsesHolds);
    }

    static void templateHooksOnlyForTemplateResponsesHolds(Scenario s) {
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
