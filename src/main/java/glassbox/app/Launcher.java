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
        int code = GlassboxCommand.run(args);
        if (code != 0 || GlassboxCommand.isSubcommand(args)) {
            System.exit(code);
        }
    }
}
