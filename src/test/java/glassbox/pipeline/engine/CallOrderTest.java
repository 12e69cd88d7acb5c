package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The call order of Django's handler, rule by rule. Each test cites the Django source it mirrors:
 * base.py = django/core/handlers/base.py, exception.py = django/core/handlers/exception.py,
 * mixin = django/utils/deprecation.py MiddlewareMixin.__call__.
 */
class CallOrderTest {
    static final String ALL = "[\"process_request\", \"process_view\", \"process_exception\", "
            + "\"process_template_response\", \"process_response\"]";

    static Scenario.Result run(String json) {
        return Scenario.parse(json).run();
    }

    /** Two middleware A (outer) and B (inner) defining every hook, plus extra JSON for each and the view. */
    static Scenario.Result ab(String aExtra, String bExtra, String view) {
        return run("{\"middleware\": [{\"name\": \"A\", \"hooks\": " + ALL + aExtra + "},"
                + " {\"name\": \"B\", \"hooks\": " + ALL + bExtra + "}], \"view\": " + view + "}");
    }

    static final String OK = "{\"status\": 200}";

    @Test
    void requestsGoInOutermostFirstAndResponsesComeOutInnermostFirst() {
        // mixin: process_request, then self.get_response (the next layer), then process_response.
        // base.py load_middleware: _view_middleware.insert(0, ...) over reversed(MIDDLEWARE) = outermost first.
        Scenario.Result r = ab("", "", OK);
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_view", "view", "B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void processViewRunsOnlyOnceTheRequestReachesTheInnermostLayer() {
        // base.py: the view-middleware loop is in _get_response, which only the innermost handler calls.
        Scenario.Result r = ab("", "", OK);
        assertThat(r.calls().indexOf("A.process_view")).isGreaterThan(r.calls().indexOf("B.process_request"));
    }

    @Test
    void processRequestResponseSkipsInnerLayersAndGoesOutThroughItsOwnProcessResponse() {
        // mixin: "if not response: response = self.get_response(request)" is skipped; process_response still runs.
        Scenario.Result r = ab(", \"respond\": {\"process_request\": 401}", "", OK);
        assertThat(r.calls()).containsExactly("A.process_request", "A.process_response");
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void innerProcessRequestResponseStillPassesOuterProcessResponse() {
        Scenario.Result r = ab("", ", \"respond\": {\"process_request\": 403}", OK);
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "B.process_response",
                "A.process_response");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void processViewResponseSkipsLaterViewHooksAndTheView() {
        // base.py _get_response: "if response: break" in the view-middleware loop; the view runs only if None.
        Scenario.Result r = ab(", \"respond\": {\"process_view\": 302}", "", OK);
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(302);
    }

    @Test
    void viewExceptionGoesToExceptionHooksInnermostFirstAndUnhandledBecomes500() {
        // base.py: _exception_middleware.append over reversed(MIDDLEWARE) = innermost first;
        // process_exception_by_middleware re-raises; exception.py convert_exception_to_response -> 500.
        Scenario.Result r = ab("", "", "{\"status\": 200, \"raise\": true}");
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_view", "view", "B.process_exception", "A.process_exception", "B.process_response",
                "A.process_response");
        assertThat(r.status()).isEqualTo(500);
    }

    @Test
    void firstExceptionHookReturningAResponseWins() {
        // base.py process_exception_by_middleware: "if response: return response".
        Scenario.Result r = ab("", ", \"respond\": {\"process_exception\": 418}", "{\"raise\": true}");
        assertThat(r.calls()).containsSubsequence("view", "B.process_exception", "B.process_response")
                .doesNotContain("A.process_exception");
        assertThat(r.status()).isEqualTo(418);
    }

    @Test
    void outerExceptionHookGetsItWhenInnerPasses() {
        Scenario.Result r = ab(", \"respond\": {\"process_exception\": 503}", "", "{\"raise\": true}");
        assertThat(r.calls()).containsSubsequence("B.process_exception", "A.process_exception", "B.process_response");
        assertThat(r.status()).isEqualTo(503);
    }

    @Test
    void exceptionFromProcessViewSkipsExceptionHooksAndBecomes500AtTheInnermostLayer() {
        // base.py: the view-middleware loop is outside the try around the view, so process_exception never
        // sees it; it escapes _get_response and convert_exception_to_response(self._get_response) makes a 500.
        Scenario.Result r = ab(", \"raise\": [\"process_view\"]", "", OK);
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(500);
    }

    @Test
    void exceptionInProcessRequestBecomes500AtThatLayerWithoutItsProcessResponse() {
        // exception.py: every mw_instance is wrapped by convert_exception_to_response; the exception leaves
        // B.__call__ before B.process_response, the wrapper answers 500, A sees a 500 response.
        Scenario.Result r = ab("", ", \"raise\": [\"process_request\"]", OK);
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_response");
        assertThat(r.status()).isEqualTo(500);
    }

    @Test
    void exceptionInProcessResponseBecomes500AndOuterLayersProcessIt() {
        Scenario.Result r = ab("", ", \"raise\": [\"process_response\"]", OK);
        assertThat(r.calls()).endsWith("B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(500);
        Scenario.Result replaced = ab(", \"respond\": {\"process_response\": 200}", ", \"raise\": [\"process_response\"]", OK);
        assertThat(replaced.status()).isEqualTo(200);
    }

    @Test
    void processResponseRespondReplacesTheResponse() {
        Scenario.Result r = ab("", ", \"respond\": {\"process_response\": 201}", "{\"status\": 404}");
        assertThat(r.status()).isEqualTo(201);
    }

    @Test
    void templateHooksRunInnermostFirstThenRender() {
        // base.py: _template_response_middleware.append over reversed(MIDDLEWARE) = innermost first;
        // they run only when the response has a callable render().
        Scenario.Result r = ab("", "", "{\"status\": 200, \"template\": true}");
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_view", "view", "B.process_template_response", "A.process_template_response",
                "B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void templateHooksAreSkippedForPlainResponses() {
        assertThat(ab("", "", OK).calls()).noneMatch(c -> c.endsWith("process_template_response"));
        // a response returned by process_exception or process_view is a plain HttpResponse too
        assertThat(ab("", ", \"respond\": {\"process_exception\": 400}", "{\"raise\": true, \"template\": true}").calls())
                .noneMatch(c -> c.endsWith("process_template_response"));
    }

    @Test
    void templateHookReplacingWithPlainResponseMakesRenderRaiseIntoExceptionHooks() {
        // base.py: every template hook runs (no break), then "response = response.render()" is called on
        // whatever they returned; a plain HttpResponse has no render -> AttributeError, which the
        // "except Exception" around render() passes to process_exception_by_middleware.
        Scenario.Result r = ab("", ", \"respond\": {\"process_template_response\": 202}", "{\"template\": true}");
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_view", "view", "B.process_template_response", "A.process_template_response",
                "B.process_exception", "A.process_exception", "B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(500);
        Scenario.Result handled = ab(", \"respond\": {\"process_exception\": 409}",
                ", \"respond\": {\"process_template_response\": 202}", "{\"template\": true}");
        assertThat(handled.status()).isEqualTo(409);
    }

    @Test
    void exceptionInTemplateHookSkipsExceptionHooks() {
        // base.py: the template-middleware loop is outside any try; the exception escapes _get_response.
        Scenario.Result r = ab("", ", \"raise\": [\"process_template_response\"]", "{\"template\": true}");
        assertThat(r.calls()).containsExactly("A.process_request", "B.process_request", "A.process_view",
                "B.process_view", "view", "B.process_template_response", "B.process_response", "A.process_response");
        assertThat(r.status()).isEqualTo(500);
    }

    @Test
    void renderFailureGoesToExceptionHooks() {
        // base.py: "try: response = response.render() except Exception as e: process_exception_by_middleware".
        Scenario.Result r = ab(", \"respond\": {\"process_exception\": 502}", "",
                "{\"template\": true, \"render_raise\": true}");
        assertThat(r.calls()).containsSubsequence("A.process_template_response", "B.process_exception",
                "A.process_exception", "B.process_response");
        assertThat(r.status()).isEqualTo(502);
    }

    @Test
    void exceptionRaisedByAnExceptionHookEscapesAndOuterExceptionHooksDoNotRun() {
        // base.py process_exception_by_middleware has no try: the new exception leaves _get_response.
        Scenario.Result r = ab(", \"respond\": {\"process_exception\": 400}", ", \"raise\": [\"process_exception\"]",
                "{\"raise\": true}");
        assertThat(r.calls()).contains("B.process_exception").doesNotContain("A.process_exception");
        assertThat(r.status()).isEqualTo(500);
    }

    @Test
    void onlyDefinedHooksAreCalled() {
        // base.py / mixin: hasattr(mw_instance, 'process_view') etc.
        Scenario.Result r = run("{\"middleware\": [{\"name\": \"Only\", \"hooks\": [\"process_response\"]},"
                + " {\"name\": \"Viewer\", \"hooks\": [\"process_view\"], \"respond\": {\"process_view\": 204}}],"
                + " \"view\": {\"status\": 200}}");
        assertThat(r.calls()).containsExactly("Viewer.process_view", "Only.process_response");
        assertThat(r.status()).isEqualTo(204);
    }

    @Test
    void emptyStackCallsOnlyTheView() {
        assertThat(run("{\"middleware\": [], \"view\": {\"status\": 201}}"))
                .isEqualTo(new Scenario.Result(List.of("view"), 201));
    }

    @Test
    void unhandledViewExceptionIsConvertedByTheInnermostWrapper() {
        // exception.py: load_middleware starts with convert_exception_to_response(self._get_response).
        Scenario s = Scenario.parse("{\"middleware\": [{\"name\": \"A\", \"hooks\": [\"process_response\"]}],"
                + " \"view\": {\"raise\": true}}");
        int[] layer = {-1};
        new Pipeline(List.copyOf(s.middleware()), s.view(), null).handle(HttpRequest.of("GET", "/"),
                new PipelineListener() {
                    @Override
                    public void converted(int l, PythonException e, HttpResponse response) {
                        layer[0] = l;
                    }
                });
        assertThat(layer[0]).isEqualTo(1);
    }
}
