package glassbox.app;

import glassbox.core.Json;
import glassbox.core.TopicView;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/** File ▸ Export: the current frame as PNG, the current trace as JSON. */
public final class Exports {
    private Exports() {
    }

    static void exportFrame(MainWindow w) {
        TopicView v = w.selectedView();
        if (v == null || v.frame() == null) {
            return;
        }
        File f = choose(w, "png", w.selectedId() + ".png");
        if (f != null) {
            try {
                writePng(v.frame(), f.toPath());
            } catch (IOException e) {
                Dialogs.error(w, w.messages().get("export.failed", f, e.getMessage()));
            }
        }
    }

    static void exportTrace(MainWindow w) {
        TopicView v = w.selectedView();
        if (v == null || v.player() == null || v.player().exportableTrace() == null) {
            return;
        }
        File f = choose(w, "json", w.selectedId() + "-trace.json");
        if (f != null) {
            try {
                writeTrace(v.player().exportableTrace(), f.toPath());
            } catch (IOException | IllegalStateException e) {
                Dialogs.error(w, w.messages().get("export.failed", f, e.getMessage()));
            }
        }
    }

    private static File choose(MainWindow w, String ext, String name) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
        return fc.showSaveDialog(w.stage());
    }

    /** Snapshots {@code node} as it is drawn now and writes it as PNG. */
    public static void writePng(Node node, Path file) throws IOException {
        WritableImage img = node.snapshot(new SnapshotParameters(), null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(img, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    public static void writeTrace(Object trace, Path file) throws IOException {
        Files.writeString(file, Json.write(trace), StandardCharsets.UTF_8);
    }
}
