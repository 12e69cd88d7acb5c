package glassbox.app;

import glassbox.cli.GlassboxCommand;

/**
 * The jar's main class. It does not extend {@code Application}, so a plain classpath start works;
 * with no subcommand it opens the window, otherwise it runs the subcommand headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !args[0].equals("--help") && !args[0].equals("--version")) {
            ClassPreloader.start(); // the window is coming
        }
        if (Boolean.getBoolean("glassbox.startupTrace")) {
            System.err.println("main() entered at " + (System.currentTimeMillis() - JvmClock.startMillis()) + " ms");
        }
        int code = GlassboxCommand.run(args);
        if (code != 0 || GlassboxCommand.isSubcommand(args)) {
            System.exit(code);
        }
    }
}
