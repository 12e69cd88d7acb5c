package glassbox.app;

/**
 * The jar's main class. It does not extend {@code Application}, so a plain classpath start works;
 * with no subcommand it opens the window, otherwise it runs the subcommand headless. Nothing
 * leaves it as a stack trace: a failure is one line on stderr and exit 1.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.mark("main");
        Thread.setDefaultUncaughtExceptionHandler(Launcher::uncaught);
        int code;
        boolean window = false;
        try {
            java.util.Optional<Integer> capped = HeapCap.runCapped(args);
            if (capped.isPresent()) {
                System.exit(capped.get());
            }
            window = GlassboxCommand.opensWindow(args);
            if (window && !"false".equals(System.getProperty("glassbox.preload"))) {
                ClassPreloader.start();
            }
            code = GlassboxCommand.run(args);
        } catch (Throwable t) { // a bug or an exhausted JVM: one line, exit 1
            System.err.println(GlassboxCommand.failureLine(t));
            code = 1;
        }
        if (code != 0 || !window) {
            System.out.flush();
            System.exit(code);
        }
    }

    /**
     * A throwable no code caught, on any thread (the FX thread included): one line on stderr. Out
     * of memory ends the process with exit 1, since nothing after it can be trusted.
     */
    private static void uncaught(Thread thread, Throwable t) {
        System.err.println(GlassboxCommand.failureLine(t));
        System.err.flush();
        if (t instanceof OutOfMemoryError) {
            Runtime.getRuntime().halt(1);
        }
    }
}
