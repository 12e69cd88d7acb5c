package glassbox.pipeline.view;

import glassbox.core.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small factories so every control gets its id, label and tooltip from the bundle. */
final class Ui {
    private Ui() {
    }

    static Button button(Messages m, String id, String icon, String textKey, String tipKey) {
        Button b = new Button(textKey == null ? null : m.get(textKey), icon == null ? null : new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(m.get(tipKey)));
        return b;
    }

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }

    static Tooltip tip(Messages m, String key) {
        Tooltip t = new Tooltip(m.get(key));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
