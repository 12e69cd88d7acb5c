package glassbox.pipeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every step of many journeys formats cleanly in English and Chinese, and every line points into the code. */
class NarrationBundleTest {
    static final String TOKEN = "tok";

    List<Trace<PipelineState>> traces() {
        List<Trace<PipelineState>> out = new ArrayList<>();
        Site site = new Site(UsersResource.inMemory());
        List<StackEntry> defaults = Builtin.defaults().stream().map(StackEntry::of).toList();
        List<StackEntry> custom = new ArrayList<>(defaults);
        custom.add(0, StackEntry.custom("Gate", Map.of(Hook.PROCESS_REQUEST, HookAction.PASS,
                Hook.PROCESS_VIEW, HookAction.PASS, Hook.PROCESS_EXCEPTION, new HookAction.Respond(418),
                Hook.PROCESS_TEMPLATE_RESPONSE, new HookAction.Respond(202), Hook.PROCESS_RESPONSE, HookAction.RAISE)));
        List<StackEntry> misordered = new ArrayList<>(defaults);
        misordered.add(2, misordered.remove(5));
        Map<String, String> csrf = Map.of("Cookie", "csrftoken=" + TOKEN, "X-CSRFToken", TOKEN, "Authorization", "Token x",
                "Accept-Encoding", "gzip");
        for (List<StackEntry> stack : List.of(defaults, custom, misordered)) {
            for (String[] r : new String[][] {{"GET", "/api/users", ""}, {"POST", "/api/users", "{\"name\": \"A\"}"},
                    {"POST", "/login", "{\"username\": \"ada\", \"password\": \"lovelace\"}"}, {"GET", "/hello", ""},
                    {"DELETE", "/api/users/99", ""}, {"GET", "/missing", ""}, {"PATCH", "/api/users/1", "{bad"}}) {
                out.add(Journeys.run(site, stack, List.of(new RequestSpec(r[0], r[1], csrf, r[2]),
                        new RequestSpec(r[0], r[1], Map.of(), r[2]))).trace());
            }
            site.setFaults(true, false);
            out.add(Journeys.run(site, stack, List.of(new RequestSpec("GET", "/api/users", Map.of(), ""))).trace());
            site.setFaults(false, true);
            out.add(Journeys.run(site, stack, List.of(new RequestSpec("GET", "/hello", Map.of(), ""))).trace());
            site.setFaults(false, false);
        }
        site.users().close();
        return out;
    }

    @Test
    void everyNarrationFormatsInBothLanguages() {
        List<Trace<PipelineState>> traces = traces();
        for (Locale l : List.of(Locale.ENGLISH, Messages.CHINESE)) {
            Messages m = new Messages(l);
            int codeLines = m.get(Journeys.CODE_KEY).split("\n").length;
            assertThat(codeLines).isEqualTo(25);
            for (Trace<PipelineState> t : traces) {
                for (Step<PipelineState> s : t.steps()) {
                    String text = m.format(s.narration());
                    assertThat(text).as(s.narration().toString()).doesNotContain("!pipeline.").doesNotContain("{");
                    assertThat(s.line()).isBetween(1, codeLines);
                    s.state().warnings().forEach(w -> assertThat(m.format(w)).doesNotContain("!pipeline."));
                }
            }
        }
    }
}
