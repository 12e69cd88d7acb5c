package glassbox.python.bench;

import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.Limits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Steps per second of the interpreter (CLI mode, no snapshots) for a loop-heavy script and for
 * {@code fact(500)}, against CPython 3.11 timing the same plain script in the same run (the ratio is
 * what to read; absolute numbers depend on the machine). Run after {@code mvn -o test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) glassbox.python.bench.PythonSpeedBench}.
 */
public final class PythonSpeedBench {
    static final String LOOP = "total = 0\ni = 0\nwhile i < 20000:\n    if i % 3 == 0:\n        total += i\n    i += 1\n"
            + "for k in range(5000):\n    total = total - k // 2\n";
    static final String FACT = "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n"
            + "x = fact(500)\n";
    private static final Limits BENCH = new Limits(5_000_000, 200_000, 2_000_000, 200_000);

    private PythonSpeedBench() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder json = new StringBuilder("{");
        json.append(measure("loop", LOOP, 20)).append(", ").append(measure("fact500", FACT, 50)).append('}');
        System.out.println(json);
    }

    private static String measure(String name, String script, int reps) throws Exception {
        for (int i = 0; i < reps; i++) {
            CopyEngine.run(script, BENCH);
        }
        long steps = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            steps = ((Number) CopyEngine.run(script, BENCH).json().get("steps")).longValue();
        }
        double ours = (System.nanoTime() - t0) / 1e9 / reps;
        double cpython = cpython(script, reps);
        return String.format(java.util.Locale.ROOT,
                "\"%s\": {\"steps\": %d, \"glassbox_s\": %.5f, \"steps_per_s\": %.0f, \"cpython_s\": %.6f, \"ratio\": %.1f}",
                name, steps, ours, steps / ours, cpython, ours / cpython);
    }

    /** CPython's own time for the plain script (perf_counter around exec, best of reps). */
    private static double cpython(String script, int reps) throws Exception {
        Path f = Files.createTempFile("bench", ".py");
        Files.writeString(f, script, StandardCharsets.UTF_8);
        String timer = "import sys, time\nsrc = open(sys.argv[1]).read()\ncode = compile(src, 'bench', 'exec')\n"
                + "best = 1e9\nfor _ in range(" + reps + "):\n    t = time.perf_counter()\n    exec(code, {})\n"
                + "    best = min(best, time.perf_counter() - t)\nprint(best)\n";
        Process p = new ProcessBuilder("python3", "-c", timer, f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(120, TimeUnit.SECONDS);
        Files.deleteIfExists(f);
        return Double.parseDouble(out);
    }
}
