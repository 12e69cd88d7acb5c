package glassbox.app;

import javafx.application.Application;

/** Starts the window; kept apart so that CLI subcommands never load JavaFX. */
public final class GuiMain {
    private GuiMain() {
    }

    public static int launch(LaunchOptions options) {
        LaunchOptions.set(options);
        StartupClock.mark("launch");
        Application.launch(GlassboxApp.class);
        return 0;
    }
}
