package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Django's default stack with its real effects, in front of the users resource. */
class SiteJourneyTest {
    static final String TOKEN = "Fx3aQ9sLr2Tb7KwZ0pVmN4cY8dHjE6uG";
    final Site site = new Site(UsersResource.inMemory());

    @AfterEach
    void close() {
        site.users().close();
    }

    static List<StackEntry> defaults() {
        return Builtin.defaults().stream().map(StackEntry::of).toList();
    }

    static RequestSpec req(String method, String path, String cookie, String csrf, String encoding, String body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cookie", cookie);
        h.put("X-CSRFToken", csrf);
        h.put("Accept-Encoding", encoding);
        return new RequestSpec(method, path, h, body);
    }

    Journeys.Result run(List<StackEntry> stack, RequestSpec... requests) {
        return Journeys.run(site, stack, List.of(requests));
    }

    @Test
    void defaultStackMatchesStartprojectAndHooksAreTheRealOnes() {
        assertThat(Builtin.defaults()).extracting(Builtin::className).containsExactly("GZipMiddleware",
                "SecurityMiddleware", "SessionMiddleware", "CommonMiddleware", "CsrfViewMiddleware",
                "AuthenticationMiddleware", "MessageMiddleware", "XFrameOptionsMiddleware");
        assertThat(Builtin.CSRF.hooks()).containsExactly(Hook.PROCESS_REQUEST, Hook.PROCESS_VIEW, Hook.PROCESS_RESPONSE);
        assertThat(Builtin.AUTH.hooks()).containsExactly(Hook.PROCESS_REQUEST);
        assertThat(Builtin.XFRAME.hooks()).containsExactly(Hook.PROCESS_RESPONSE);
    }

    @Test
    void getThroughTheDefaultStackAddsTheHeadersAndCompresses() {
        Journeys.Result r = run(defaults(), req("GET", "/api/users", "", "", "gzip, deflate", ""));
        HttpResponse.ResponseSnapshot last = r.last();
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.headers()).containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Content-Encoding", "gzip")
                .containsEntry("Content-Type", "application/json");
        assertThat(last.headers().get("Vary")).contains("Accept-Encoding");
        assertThat(last.encodedLength()).isPositive().isLessThan(last.length());
        assertThat(last.headers()).containsEntry("Content-Length", String.valueOf(last.encodedLength()));
        PipelineState end = r.trace().last().state();
        assertThat(end.calls()).containsExactly("SecurityMiddleware.process_request", "SessionMiddleware.process_request",
                "CommonMiddleware.process_request", "CsrfViewMiddleware.process_request",
                "AuthenticationMiddleware.process_request", "MessageMiddleware.process_request",
                "CsrfViewMiddleware.process_view", "view", "XFrameOptionsMiddleware.process_response",
                "MessageMiddleware.process_response", "CsrfViewMiddleware.process_response",
                "CommonMiddleware.process_response", "SessionMiddleware.process_response",
                "SecurityMiddleware.process_response", "GZipMiddleware.process_response");
        assertThat(end.sql()).hasSize(1);
        assertThat(end.rows()).hasSize(6);
    }

    @Test
    void noGzipWithoutAcceptEncoding() {
        HttpResponse.ResponseSnapshot last = run(defaults(), req("GET", "/api/users", "", "", "", "")).last();
        assertThat(last.headers()).doesNotContainKey("Content-Encoding");
        assertThat(last.encodedLength()).isEqualTo(-1);
    }

    @Test
    void postWithoutCsrfTokenIs403FromProcessViewAndTheViewNeverRuns() {
        Journeys.Result r = run(defaults(), req("POST", "/api/users", "", "", "", "{\"name\": \"Eve\"}"));
        assertThat(r.last().status()).isEqualTo(403);
        assertThat(r.last().body()).contains("CSRF cookie not set.");
        assertThat(r.trace().last().state().calls()).doesNotContain("view");
        assertThat(site.rows()).hasSize(6);
        Journeys.Result missing = run(defaults(), req("POST", "/api/users", "csrftoken=" + TOKEN, "", "", "{}"));
        assertThat(missing.last().body()).contains("CSRF token missing.");
        Journeys.Result wrong = run(defaults(), req("POST", "/api/users", "csrftoken=" + TOKEN, "nope", "", "{}"));
        assertThat(wrong.last().body()).contains("incorrect");
    }

    @Test
    void postWithMatchingTokenCreates() {
        Journeys.Result r = run(defaults(), req("POST", "/api/users", "csrftoken=" + TOKEN, TOKEN, "",
                "{\"name\": \"Hedy\", \"age\": 42}"));
        assertThat(r.last().status()).isEqualTo(201);
        assertThat(r.last().headers()).containsEntry("Location", "/api/users/7");
        assertThat(r.trace().last().state().envelope()).containsEntry("status", "success");
    }

    @Test
    void deleteMissingUserIs404Envelope() {
        Journeys.Result r = run(defaults(), req("DELETE", "/api/users/999", "csrftoken=" + TOKEN, TOKEN, "", ""));
        assertThat(r.last().status()).isEqualTo(404);
        assertThat(r.last().body()).contains("\"status\":\"fail\"");
    }

    @Test
    void loginThenGetCarriesTheSessionCookieAndSetsRequestUser() {
        Journeys.Result r = run(defaults(),
                req("POST", "/login", "csrftoken=" + TOKEN, TOKEN, "", "{\"username\": \"ada\", \"password\": \"lovelace\"}"),
                req("GET", "/api/users", "csrftoken=" + TOKEN, "", "gzip", ""));
        List<PipelineState> states = new ArrayList<>();
        r.trace().steps().forEach(s -> states.add(s.state()));
        PipelineState firstDone = states.stream().filter(s -> s.journey() == 1 && s.phase() == PipelineState.Phase.DONE)
                .findFirst().orElseThrow();
        assertThat(firstDone.response().cookies()).anyMatch(c -> c.startsWith("sessionid="))
                .anyMatch(c -> c.startsWith("csrftoken=")).anyMatch(c -> c.startsWith("messages="));
        PipelineState last = r.trace().last().state();
        assertThat(last.journey()).isEqualTo(2);
        assertThat(last.request().headers().get("Cookie")).contains("sessionid=");
        assertThat(last.request().attributes()).containsEntry("request.user", "ada");
        // request.user is lazy and the view never reads it: the session is not accessed, so no Vary: Cookie
        assertThat(r.last().headers().get("Vary")).doesNotContain("Cookie");
    }

    @Test
    void authenticationAboveSessionRaisesImproperlyConfiguredAnd500() {
        List<StackEntry> s = new ArrayList<>(defaults());
        StackEntry auth = s.remove(5);
        s.add(2, auth); // above SessionMiddleware
        assertThat(StackCheck.warnings(s)).extracting(n -> n.key()).contains("pipeline.warn.authBeforeSession");
        Journeys.Result r = run(s, req("GET", "/api/users", "", "", "", ""));
        assertThat(r.last().status()).isEqualTo(500);
        List<String> calls = r.trace().last().state().calls();
        // the exception escapes Auth.__call__ at its own layer: nothing inside it runs, the outer layers see a 500
        assertThat(calls).containsSubsequence("AuthenticationMiddleware.process_request", "SecurityMiddleware.process_response")
                .doesNotContain("SessionMiddleware.process_request", "view");
        assertThat(r.trace().steps()).anyMatch(st -> st.event() == JourneyEvent.CONVERTED);
    }

    @Test
    void unknownPathIs404FromTheResolverWithoutViewHooks() {
        Journeys.Result r = run(defaults(), req("GET", "/nowhere", "", "", "", ""));
        assertThat(r.last().status()).isEqualTo(404);
        assertThat(r.trace().last().state().calls()).doesNotContain("CsrfViewMiddleware.process_view", "view");
    }

    @Test
    void viewBugBecomes500AndSessionIsNotSaved() {
        site.setFaults(true, false);
        Journeys.Result r = run(defaults(), req("GET", "/api/users", "", "", "", ""));
        assertThat(r.last().status()).isEqualTo(500);
        assertThat(r.trace().steps()).anyMatch(st -> st.event() == JourneyEvent.EXCEPTION);
    }

    @Test
    void templateResponseGoesThroughTemplateHooksAndRender() {
        List<StackEntry> s = new ArrayList<>(defaults());
        s.add(StackEntry.custom("Banner", Map.of(Hook.PROCESS_TEMPLATE_RESPONSE, HookAction.PASS)));
        Journeys.Result r = run(s, req("GET", "/hello", "", "", "", ""));
        assertThat(r.last().status()).isEqualTo(200);
        assertThat(r.trace().last().state().calls()).containsSubsequence("view", "Banner.process_template_response",
                "XFrameOptionsMiddleware.process_response");
        site.setFaults(false, true);
        assertThat(run(s, req("GET", "/hello", "", "", "", "")).last().status()).isEqualTo(500);
    }

    @Test
    void authorizationHeaderIsIgnoredBySessionAuthentication() {
        Map<String, String> h = Map.of("Authorization", "Bearer abc");
        Journeys.Result r = run(defaults(), new RequestSpec("GET", "/api/users", h, ""));
        assertThat(r.trace().last().state().request().attributes()).containsEntry("request.user", "AnonymousUser");
        assertThat(r.trace().steps()).anyMatch(st -> st.narration().key().equals("pipeline.step.request.pass")
                && st.narration().args().get(2).toString().contains("pipeline.auth.headerIgnored"));
    }

    @Test
    void everyStepHasALineOfThePseudoCodeAndTheTraceExportsAsJson() throws Exception {
        Journeys.Result r = run(defaults(), req("GET", "/api/users", "", "", "gzip", ""));
        assertThat(r.trace().steps()).allMatch(s -> s.line() >= 1 && s.line() <= 25);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r.trace());
        assertThat(json).contains("\"calls\"").contains("GZipMiddleware.process_response");
    }
}
