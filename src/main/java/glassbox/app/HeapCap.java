package glassbox.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java -jar glassbox.jar} without a heap cap: the JVM's default maximum heap is a quarter
 * of the machine's memory, and a 10⁷-row index build lets garbage grow the heap to 5–6 GB
 * resident before a collection gives any back (the table itself stays in its temporary file
 * behind a 128 MiB cache). So the window and the subcommands that build large tables re-run
 * themselves in a child JVM with the app image's cap ({@value #CAP}), the same class path and
 * every JVM option given, unless a heap size was chosen ({@code -Xmx…}, {@code -XX:MaxHeapSize},
 * {@code -XX:MaxRAM…}). The app image, {@code mvn javafx:run} and the tests set the cap
 * themselves, so they never pay the child's start (about 0.2 s).
 */
final class HeapCap {
    static final String CAP = "-Xmx512m";
    /** A heap at most this large was capped on purpose (the image's 512 MiB, a user's -Xmx). */
    static final long CAPPED_BYTES = 1L << 30;
    static final String RELAUNCHED = "glassbox.relaunched";
    /** Subcommands that may hold millions of rows. */
    static final Set<String> HEAVY = Set.of("index", "composite");

    private HeapCap() {
    }

    /**
     * The child's command line, or empty when this JVM should run the command itself: the heap is
     * capped, a heap option was given, this is the child already, or the command is light.
     */
    static Optional<List<String>> relaunch(long maxHeap, List<String> jvmArgs, String java, String classPath,
            boolean relaunched, String[] args) {
        if (maxHeap <= CAPPED_BYTES || relaunched || java == null || classPath == null || classPath.isEmpty()
                || !(GlassboxCommand.opensWindow(args) || args.length > 0 && HEAVY.contains(args[0]))
                || jvmArgs.stream().anyMatch(HeapCap::choosesHeap)) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.add(CAP);
        cmd.addAll(jvmArgs);
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    static boolean choosesHeap(String jvmArg) {
        return jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-XX:MaxHeapSize") || jvmArg.startsWith("-XX:MaxRAM");
    }

    /**
     * Runs the command in a capped child JVM when {@link #relaunch} says so and returns its exit
     * code; empty when this JVM goes on itself (also when the child cannot be started).
     */
    static Optional<Integer> runCapped(String[] args) {
        if (Runtime.getRuntime().maxMemory() <= CAPPED_BYTES || Boolean.getBoolean(RELAUNCHED)) {
            return Optional.empty(); // the common case decided without loading JMX
        }
        Optional<List<String>> cmd = relaunch(Runtime.getRuntime().maxMemory(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ProcessHandle.current().info().command().orElse(null), System.getProperty("java.class.path"),
                false, args);
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process child = new ProcessBuilder(cmd.get()).inheritIO().start();
            Thread stop = new Thread(child::destroy, "glassbox-child-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; the child has ended
            }
            return Optional.of(code);
        } catch (java.io.IOException e) {
            return Optional.empty(); // no child: run here, uncapped, rather than not at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
