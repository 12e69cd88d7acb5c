package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import glassbox.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        CommandLine cl = GlassboxCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        PrintStream oldOut = System.out;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
        try {
            int code = cl.execute(args);
            cl.getOut().flush();
            cl.getErr().flush();
            return new Result(code, out + sysOut.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void versionPrintsJson() throws Exception {
        Result r = run("version");
        assertThat(r.code()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("glassbox").asText()).isEqualTo(VersionCommand.VERSION);
        assertThat(json.get("h2").asText()).startsWith("2.");
        assertThat(GlassboxCommand.opensWindow(new String[] {"version"})).isFalse();
    }

    @Test
    void badArgumentsExitTwoWithOneLine() {
        Result r = run("--no-such-option");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("glassbox: Unknown option: '--no-such-option'");
        Result tab = run("--tab", "nosuch");
        assertThat(tab.code()).isEqualTo(2);
        assertThat(tab.err().strip()).startsWith("glassbox: unknown tab 'nosuch' (use welcome");
        Result lang = run("--lang", "fr");
        assertThat(lang.code()).isEqualTo(2);
        assertThat(lang.err().strip()).isEqualTo("glassbox: unknown language 'fr' (use en or zh_CN)");
    }

    @Test
    void failuresAreOneLineWithTheRightPrefix() {
        assertThat(GlassboxCommand.failureLine(new IllegalStateException("boom\n\tat x.y(Z.java:1)")))
                .isEqualTo("glassbox: internal error: boom");
        assertThat(GlassboxCommand.failureLine(new NullPointerException())).isEqualTo("glassbox: internal error: NullPointerException");
        assertThat(GlassboxCommand.failureLine(new RuntimeException("Exception in Application start method",
                new IllegalArgumentException("bad")))).isEqualTo("glassbox: internal error: bad");
        assertThat(GlassboxCommand.failureLine(new OutOfMemoryError("Java heap space"))).startsWith("glassbox: out of memory");
        assertThat(GlassboxCommand.failureLine(new StackOverflowError()))
                .isEqualTo("glassbox: input nested too deeply (the Java stack overflowed)");
        assertThat(GlassboxCommand.failureLine(new java.io.UncheckedIOException(new java.io.IOException("disk full"))))
                .isEqualTo("glassbox: disk full");
        assertThat(GlassboxCommand.failureLine(new java.io.IOException("disk full"))).isEqualTo("glassbox: disk full");
    }

    @Test
    void anUnexpectedExceptionInACommandIsOneLineAndExitOne() {
        CommandLine cl = GlassboxCommand.windowCommandLine();
        cl.addSubcommand("explode", new CommandLine(new Exploding()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(GlassboxCommand.execute(cl, "explode")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("glassbox: input nested too deeply (the Java stack overflowed)" + System.lineSeparator());
    }

    @CommandLine.Command(name = "explode")
    static final class Exploding implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            return deeper(0);
        }

        private static int deeper(int n) {
            return deeper(n + 1) + 1;
        }
    }

    @Test
    void theWindowsFastPathTakesOnlyPlainValidOptions() {
        assertThat(GlassboxCommand.quickWindowOptions(new String[] {}))
                .isEqualTo(new LaunchOptions(null, null, null, false, false, 0, false));
        assertThat(GlassboxCommand.quickWindowOptions(new String[] {"--tab", "bptree", "--lang", "zh_CN",
                "--data-dir", "/tmp/d", "--exit-after-shown", "--demo", "--frame-report", "10", "--visit-tabs"}))
                .isEqualTo(new LaunchOptions("bptree", "zh_CN", "/tmp/d", true, true, 10, true));
        for (String[] other : List.of(new String[] {"--tab", "nosuch"}, new String[] {"--lang", "fr"},
                new String[] {"--tab=bptree"}, new String[] {"--frame-report", "-1"}, new String[] {"--tab"},
                new String[] {"--no-such-option"})) {
            assertThat(GlassboxCommand.quickWindowOptions(other)).as(String.join(" ", other)).isNull();
        }
    }

    @Test
    void historyIsASubcommand() {
        Result r = run("history", "list", "--data-dir", "/tmp/x;INIT=1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("glassbox: the data folder /tmp/x;INIT=1 contains");
        assertThat(run("history").code()).isEqualTo(2);
    }

    @Test
    void helpWorksEverywhereWithoutAWindow() {
        StringWriter usage = new StringWriter();
        GlassboxCommand.commandLine().usage(new PrintWriter(usage));
        assertThat(usage.toString()).contains("--exit-after-shown", "--tab", "version");
        assertThat(run("--help").code()).isZero();
        assertThat(run("version", "--help").code()).isZero();
        assertThat(GlassboxCommand.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(GlassboxCommand.opensWindow(new String[] {"--tab", "bptree"})).isTrue();
        assertThat(GlassboxCommand.opensWindow(new String[] {"--lang", "en", "copy", "--script", "-"})).isFalse();
        assertThat(GlassboxCommand.opensWindow(new String[] {})).isTrue();
    }
}
