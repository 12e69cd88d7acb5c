package glassbox.bptree.view;

import glassbox.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the drawing's colours mean, under the pseudo-code. */
final class Legend extends VBox {
    Legend(Messages m) {
        getStyleClass().add("bp-legend");
        Label title = new Label(m.get("bptree.legend.title"));
        title.getStyleClass().add("side-title");
        getChildren().addAll(title,
                item("bp-swatch-hl", m.get("bptree.legend.visit")),
                item("bp-swatch-new", m.get("bptree.legend.new")),
                item("bp-swatch-trouble", m.get("bptree.legend.trouble")),
                item("bp-swatch-found", m.get("bptree.legend.found")),
                item("bp-swatch-next", m.get("bptree.legend.next")));
    }

    private static Label item(String swatch, String text) {
        Region r = new Region();
        r.getStyleClass().addAll("bp-swatch", swatch);
        Label l = new Label(text, r);
        l.getStyleClass().add("bp-legend-item");
        return l;
    }
}
