package glassbox.database.view;

import glassbox.core.BackgroundWork;
import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.core.RunLog;
import glassbox.core.ViewContext;
import java.io.File;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the Database tab at a size, theme and language, after a scene has run, to a PNG (for the
 * README and for looking at layouts). Not a test. Run with Monocle:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... DatabaseShots OUT.png 1024x768 projector en '{scene}' [last] [compare] [bottom]}
 * ({@code compare}: all four locking strategies are run first, for the comparison chart and table;
 * {@code bottom}: the drawing scrolled to its end).
 */
public final class DatabaseShots {
    private DatabaseShots() {
    }

    public static void main(String[] a) throws Exception {
        String out = a[0];
        String[] size = a[1].split("x");
        String theme = a[2];
        Locale locale = a[3].equals("zh_CN") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String scene = a[4];
        java.util.List<String> flags = java.util.Arrays.asList(a).subList(Math.min(5, a.length), a.length);
        boolean last = flags.contains("last");
        boolean compare = flags.contains("compare");
        boolean bottom = flags.contains("bottom");
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                javafx.application.Application.setUserAgentStylesheet(theme.equals("dark")
                        ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS()
                        : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
                ViewContext ctx = new ViewContext(new Messages(locale), BackgroundWork.sameThread(), RunLog.discard(), (i, p) -> { });
                DatabaseView view = new DatabaseView(ctx, Files.createTempDirectory("shots"));
                view.player().animationsProperty().set(false);
                Parent root = new javafx.scene.layout.StackPane(view.root());
                Scene s = new Scene(root, Integer.parseInt(size[0]), Integer.parseInt(size[1]));
                s.getStylesheets().setAll(res("/glassbox/app/glassbox.css"), res("/glassbox/app/theme-" + theme + ".css"),
                        res("/glassbox/database/database.css"));
                root.getStyleClass().add("theme-" + theme);
                root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * (theme.equals("projector") ? 1.5 : 1.0)));
                Stage st = new Stage();
                st.setScene(s);
                st.show();
                view.applyScene((com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(scene));
                if (compare) {
                    view.model().compareAll();
                }
                Platform.runLater(() -> Platform.runLater(() -> {
                    if (last) {
                        view.player().last();
                    }
                    if (bottom) {
                        s.getRoot().applyCss();
                        s.getRoot().layout();
                        s.getRoot().lookupAll(".database-scroller").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1));
                    }
                }));
                Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(s.snapshot(null), null), "png", new File(out));
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    done.countDown();
                })));
            } catch (Exception e) {
                e.printStackTrace();
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static String res(String path) {
        return DatabaseShots.class.getResource(path).toExternalForm();
    }
}
