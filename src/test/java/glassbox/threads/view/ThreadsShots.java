package glassbox.threads.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.testing.TestContexts;
import java.io.File;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Renders the Threads tab alone in a given scene, size, theme and language to a PNG, for the README
 * screenshots (run under Xvfb): {@code OUT.png WxH THEME LANG SCENE.json|- STEP|last}. Not a test.
 */
public final class ThreadsShots extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var a = getParameters().getRaw();
        String out = a.get(0);
        String[] size = a.get(1).split("x");
        String theme = a.get(2);
        Locale lang = a.get(3).equals("zh_CN") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Application.setUserAgentStylesheet(theme.equals("dark")
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        ThreadsView view = new ThreadsView(TestContexts.of(lang));
        view.player().animationsProperty().set(false);
        if (!a.get(4).equals("-")) {
            view.applyScene((ObjectNode) new ObjectMapper().readTree(new File(a.get(4))));
        }
        Scene scene = new Scene((Parent) view.root(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        scene.getStylesheets().addAll(res("/glassbox/app/glassbox.css"), res("/glassbox/app/theme-" + theme + ".css"),
                res("/glassbox/threads/threads.css"));
        scene.getRoot().getStyleClass().add("theme-" + theme);
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * (theme.equals("projector") ? 1.5 : 1.0)));
        stage.setScene(scene);
        stage.show();
        String step = a.get(5);
        Platform.runLater(() -> {
            if (step.equals("last")) {
                view.player().last();
            } else {
                view.player().seek(Integer.parseInt(step));
            }
            Platform.runLater(() -> Platform.runLater(() -> {
                try {
                    var img = scene.snapshot(null);
                    javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(out));
                } catch (Exception e) {
                    e.printStackTrace();
                }
                Platform.exit();
            }));
        });
    }

    private static String res(String path) {
        return ThreadsShots.class.getResource(path).toExternalForm();
    }

    /** Entry point (a class that is not an Application, so the classpath launch works). */
    public static final class Run {
        public static void main(String[] args) {
            Application.launch(ThreadsShots.class, args);
        }
    }
}
