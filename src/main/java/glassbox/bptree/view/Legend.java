package glassbox.bptree.view;

import glassbox.core.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;

/** What the drawing's colours mean, one row next to the stats under the tree. */
final class Legend extends FlowPane {
    Legend(Messages m) {
        getStyleClass().add("bp-legend");
        setHgap(14);
        setVgap(2);
        setMinWidth(0);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(
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
