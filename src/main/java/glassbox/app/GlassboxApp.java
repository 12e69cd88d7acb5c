package glassbox.app;

import glassbox.core.BackgroundWork;
import glassbox.core.Messages;
import glassbox.store.DataDir;
import glassbox.store.Store;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/** The JavaFX application: settings, the background executor, the store, then the main window. */
public final class GlassboxApp extends Application {
    private ExecutorService executor;
    private MainWindow window;
    private Store store;

    @Override
    public void start(Stage stage) {
        StartupClock.mark("start");
        warmFonts();
        LaunchOptions options = LaunchOptions.current();
        Path dataDir = DataDir.resolve(options.dataDir());
        Settings settings = Settings.load(dataDir);
        Locale locale = Messages.parse(options.lang());
        if (locale == null) {
            locale = Messages.parse(settings.get("lang", null));
        }
        if (locale == null) {
            locale = Messages.supported(Locale.getDefault());
        }
        StartupClock.mark("settings");
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "glassbox-work");
            t.setDaemon(true);
            return t;
        });
        window = new MainWindow(stage, settings, new BackgroundWork(executor), locale, Topics.all());
        StartupClock.mark("window");
        window.show(options.tab());
        StartupClock.mark("shown");
        window.onFirstFrame(() -> StartupClock.mark("frame"));

        if (options.exitAfterShown()) {
            window.onFirstFrame(() -> {
                StartupClock.report();
                System.out.println("{\"shown_ms\": " + StartupClock.sinceJvmStart("frame") + "}");
                System.out.flush();
                // A measurement run: nothing to save, so it exits as the bare app in bench/hello does.
                // Platform.exit() first (stop(): settings, views, the toolkit's orderly shutdown)
                // took about 400 ms more after the frame.
                System.exit(0);
            });
            return;
        }
        // The store opens off the FX thread, once the first frame is on screen.
        window.onFirstFrame(() -> {
            Thread opener = new Thread(() -> {
                Store s = Store.open(dataDir);
                Platform.runLater(() -> {
                    store = s;
                    window.storeOpened(s);
                });
            }, "glassbox-store");
            opener.setDaemon(true);
            opener.start();
        });
        if (options.visitTabs()) { // after the store has started opening, as in a real session
            window.onFirstFrame(() -> MemoryProbe.visitAll(window, Topics.all(), json -> {
                System.out.println(json);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }));
        }
        if (options.demo() || options.frameReportSeconds() > 0) {
            window.onFirstFrame(() -> window.startDemo(options.frameReportSeconds()));
        }
    }

    /**
     * Measures a little text off the FX thread (allowed: the nodes are in no scene), so the font
     * system (fontconfig, the default and monospace faces, CJK fallback) is loaded while the FX
     * thread builds the window.
     */
    private static void warmFonts() {
        Thread t = new Thread(() -> {
            new Text("Glassbox 汉字").getLayoutBounds();
            Text mono = new Text("Space");
            mono.setFont(Font.font("monospace", 13));
            mono.getLayoutBounds();
        }, "glassbox-fonts");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveSettings();
            window.disposeViews();
        }
        if (store != null) {
            store.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
