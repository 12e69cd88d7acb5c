package glassbox.app;

import javafx.application.Application;

/** Starts the window; kept apart so that CLI subcommands never load JavaFX. */
public final class GuiMain {
    private GuiMain() {
    }

    public static int launch(LaunchOptions options) {
        LaunchOptions.set(options);
        if (Boolean.getBoolean("glassbox.startupTrace")) {
            System.err.println("launch at " + (System.currentTimeMillis() - JvmClock.startMillis()) + " ms");
        }
        Application.launch(GlassboxApp.class);
        return 0;
    }
}
