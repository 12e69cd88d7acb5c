package glassbox.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a tab's FXML layout with its {@code %key} strings from {@link Messages} and a controller
 * the caller made (so the controller can be handed its view model in its constructor).
 */
public final class Fxml {
    private Fxml() {
    }

    /**
     * @param resource   classpath path, e.g. {@code /glassbox/bptree/BptreeView.fxml}
     * @param messages   the strings for {@code %key}
     * @param controller the controller instance the layout's {@code fx:id}s are injected into
     */
    public static Parent load(String resource, Messages messages, Object controller) {
        URL url = Fxml.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("no FXML at " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, new BundleAdapter(messages));
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource + ": " + e.getMessage(), e);
        }
    }
}
