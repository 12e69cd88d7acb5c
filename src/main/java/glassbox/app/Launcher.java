package glassbox.app;

import glassbox.app.GlassboxCommand;

/**
 * The jar's main class. It does not extend {@code Application}, so a plain classpath start works;
 * with no subcommand it opens the window, otherwise it runs the subcommand headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.mark("main");
        boolean window = GlassboxCommand.opensWindow(args);
        if (window && !"false".equals(System.getProperty("glassbox.preload"))) {
            ClassPreloader.start();
        }
        int code = GlassboxCommand.run(args);
        if (code != 0 || !window) {
            System.exit(code);
        }
    }
}
