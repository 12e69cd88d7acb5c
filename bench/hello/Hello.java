import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The reference for bench/startup: a bare FXML window with a TabPane, nothing else. Like
 * Glassbox's --exit-after-shown it exits on the pulse after the first frame has been drawn.
 */
public class Hello extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Parent root = FXMLLoader.load(Hello.class.getResource("hello.fxml"));
        stage.setScene(new Scene(root, 1280, 720));
        stage.setTitle("Hello");
        stage.show();
        if (!Boolean.getBoolean("hello.stay")) {
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses >= 2) {
                        System.out.println("{\"rss_kb\": " + proc("VmRSS") + ", \"hwm_kb\": " + proc("VmHWM") + "}");
                        System.exit(0);
                    }
                }
            }.start();
        }
    }

    private static long proc(String field) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        return -1;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
