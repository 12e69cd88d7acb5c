package glassbox.app;

import glassbox.core.Json;
import glassbox.core.Playback;
import glassbox.core.TopicView;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * File ▸ Export: the current frame as PNG (the drawing with the narration and step counter under
 * it, named {@code <tab>-step-<n>.png}), the current trace as JSON.
 */
public final class Exports {
    private Exports() {
    }

    static void exportFrame(MainWindow w) {
        TopicView v = w.selectedView();
        if (v == null || v.frame() == null) {
            return;
        }
        File f = choose(w, "png", frameName(w.selectedId(), v.player()));
        if (f != null) {
            try {
                writeImage(frameWithNarration(w, v), f.toPath());
                w.status(w.messages().get("export.saved", f));
            } catch (IOException e) {
                Dialogs.error(w, w.messages().get("export.failed", f, e.getMessage()));
            }
        }
    }

    /** {@code bptree-step-12.png}: the tab and the 1-based step shown. */
    static String frameName(String tab, Playback p) {
        return tab + "-step-" + (p == null || !p.hasTrace() ? 1 : p.position() + 1) + ".png";
    }

    /**
     * The tab's drawing as it is now, with the step counter and the narration shown on the
     * screen laid out under it, in the window's theme.
     */
    static WritableImage frameWithNarration(MainWindow w, TopicView v) {
        Image drawing = v.frame().snapshot(new SnapshotParameters(), null);
        double width = Math.max(480, drawing.getWidth());
        Label counter = new Label(shownText(v.root(), "#player-counter"));
        counter.getStyleClass().add("player-counter");
        Label narration = new Label(shownText(v.root(), "#narration"));
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMaxWidth(Double.MAX_VALUE);
        narration.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(narration, Priority.ALWAYS);
        HBox caption = new HBox(12, counter, narration);
        caption.getStyleClass().add("export-caption");
        VBox box = new VBox(new ImageView(drawing), caption);
        box.setPrefWidth(width);
        Parent root = w.stage().getScene().getRoot();
        box.getStyleClass().setAll(root.getStyleClass());
        box.setStyle(root.getStyle());
        Scene scratch = new Scene(box);
        scratch.getStylesheets().setAll(w.stage().getScene().getStylesheets());
        box.applyCss();
        box.resize(width, box.prefHeight(width));
        box.layout();
        return box.snapshot(new SnapshotParameters(), null);
    }

    private static String shownText(Node root, String selector) {
        Node n = root == null ? null : root.lookup(selector);
        return n instanceof Label l && l.getText() != null ? l.getText() : "";
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
                w.status(w.messages().get("export.saved", f));
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
        writeImage(node.snapshot(new SnapshotParameters(), null), file);
    }

    static void writeImage(WritableImage img, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(img, null);
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    public static void writeTrace(Object trace, Path file) throws IOException {
        Files.writeString(file, Json.write(trace), StandardCharsets.UTF_8);
    }
}
