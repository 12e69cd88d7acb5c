package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.StackEntry;
import java.util.function.IntConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row of the MIDDLEWARE list: drag handle, on/off box, class name (never shortened). Dragging a
 * row onto another moves it there; the hooks a class defines are in its tooltip (the drawing shows
 * them too).
 */
final class StackCell extends ListCell<StackEntry> {
    /** Moves the entry at the first index to the second. */
    interface Mover {
        void move(int from, int to);
    }

    private static int dragFrom = -1;
    private final Messages m;
    private final CheckBox enabled = new CheckBox();
    private final Label name = new Label();
    private final HBox box;

    StackCell(Messages m, IntConsumer toggle, Mover mover) {
        this.m = m;
        FontIcon handle = new FontIcon("mdi2d-drag-vertical");
        handle.getStyleClass().add("drag-handle");
        name.getStyleClass().add("stack-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        enabled.setOnAction(e -> {
            if (getIndex() >= 0) {
                toggle.accept(getIndex());
            }
        });
        enabled.setTooltip(Widgets.tooltip(m, "pipeline.tip.toggle"));
        box = new HBox(6, handle, enabled, name);
        box.getStyleClass().add("stack-cell-box");
        setOnDragDetected(e -> {
            if (!isEmpty()) {
                dragFrom = getIndex();
                startFullDrag();
            }
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> getStyleClass().add("drop-target"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().removeAll("drop-target"));
        setOnMouseDragReleased(e -> {
            getStyleClass().removeAll("drop-target");
            int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
            if (dragFrom >= 0 && to >= 0) {
                mover.move(dragFrom, to);
                getListView().getSelectionModel().select(to);
            }
            dragFrom = -1;
        });
    }

    @Override
    protected void updateItem(StackEntry item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("custom-entry", "disabled-entry");
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        enabled.setSelected(item.enabled());
        name.setText(item.name());
        StringBuilder hooks = new StringBuilder();
        for (Hook h : Hook.values()) {
            if (item.defines(h)) {
                hooks.append(hooks.length() == 0 ? "" : ", ").append(h.pythonName());
            }
        }
        String defines = m.get("pipeline.stack.defines", hooks.length() == 0 ? "\u2014" : hooks.toString());
        if (item.custom()) {
            getStyleClass().add("custom-entry");
            setTooltip(tip(m.get("pipeline.tip.customEntry") + "\n" + defines));
        } else {
            setTooltip(tip(item.builtin().dottedPath() + "\n" + m.get(item.builtin().descriptionKey()) + "\n" + defines));
        }
        if (!item.enabled()) {
            getStyleClass().add("disabled-entry");
        }
        setGraphic(box);
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
