package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.StackEntry;
import glassbox.core.Narration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The MIDDLEWARE setting as a list: drag a row (or use the arrows) to reorder, tick to switch a
 * middleware on or off, add or edit a custom middleware; warnings about the order underneath.
 */
final class StackPanel extends VBox {
    private final PipelineViewModel vm;
    private final Messages m;
    private final ListView<StackEntry> list = new ListView<>();
    private final CustomEditor editor;
    private int dragFrom = -1;

    StackPanel(PipelineViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("pipeline-stack-panel");
        list.setId("pipeline-stack");
        list.getStyleClass().add("stack-list");
        javafx.collections.ObservableList<StackEntry> items = vm.stack();
        list.setItems(items);
        list.setCellFactory(v -> new EntryCell());
        list.setFixedCellSize(30);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(4, items.size()) * 30 + 4.0, items));
        list.setMinHeight(90);
        VBox.setVgrow(list, Priority.SOMETIMES);
        list.setTooltip(Ui.tip(m, "pipeline.tip.stack"));

        Button up = Ui.button(m, "pipeline-up", "mdi2a-arrow-up", null, "pipeline.tip.up");
        up.setOnAction(e -> moveSelected(-1));
        Button down = Ui.button(m, "pipeline-down", "mdi2a-arrow-down", null, "pipeline.tip.down");
        down.setOnAction(e -> moveSelected(1));
        Button add = Ui.button(m, "pipeline-add-custom", "mdi2p-plus", "pipeline.addCustom", "pipeline.tip.addCustom");
        Button edit = Ui.button(m, "pipeline-edit-custom", "mdi2p-pencil", null, "pipeline.tip.editCustom");
        Button remove = Ui.button(m, "pipeline-remove", "mdi2d-delete", null, "pipeline.tip.remove");
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedIndex()));
        var selected = list.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().custom(), selected));
        remove.disableProperty().bind(edit.disableProperty());
        HBox buttons = new HBox(4, up, down, edit, remove, add);
        buttons.getStyleClass().add("stack-buttons");

        editor = new CustomEditor(vm, m);
        add.setOnAction(e -> editor.startNew());
        edit.setOnAction(e -> editor.startEdit(list.getSelectionModel().getSelectedIndex(), selected.get()));

        Label warnings = Ui.label("", "stack-warnings");
        warnings.setId("pipeline-warnings");
        warnings.setWrapText(true);
        warnings.setGraphic(new FontIcon("mdi2a-alert"));
        vm.warningsProperty().addListener((o, a, b) -> showWarnings(warnings, b));
        showWarnings(warnings, vm.warningsProperty().get());
        getChildren().addAll(list, buttons, warnings, editor);
    }

    ListView<StackEntry> list() {
        return list;
    }

    private void moveSelected(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int to = i + delta;
        if (i >= 0 && to >= 0 && to < vm.stack().size()) {
            vm.move(i, to);
            list.getSelectionModel().select(to);
        }
    }

    private void showWarnings(Label label, List<Narration> warnings) {
        label.setText(warnings.stream().map(m::format).collect(Collectors.joining("\n")));
        label.setVisible(!warnings.isEmpty());
        label.setManaged(!warnings.isEmpty());
    }

    /** A row: drag handle, on/off box, class name, the hooks it defines. */
    private final class EntryCell extends ListCell<StackEntry> {
        private final CheckBox enabled = new CheckBox();
        private final Label name = new Label();
        private final Label hooks = new Label();
        private final HBox box;

        EntryCell() {
            FontIcon handle = new FontIcon("mdi2d-drag-vertical");
            handle.getStyleClass().add("drag-handle");
            name.getStyleClass().add("stack-name");
            hooks.getStyleClass().add("stack-hooks");
            enabled.setOnAction(e -> {
                if (getIndex() >= 0) {
                    vm.toggle(getIndex());
                }
            });
            enabled.setTooltip(Ui.tip(m, "pipeline.tip.toggle"));
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(6, handle, enabled, name, gap, hooks);
            box.getStyleClass().add("stack-cell-box");
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    dragFrom = getIndex();
                    startFullDrag();
                }
            });
            addEventHandler(javafx.scene.input.MouseDragEvent.MOUSE_DRAG_ENTERED, e -> getStyleClass().add("drop-target"));
            addEventHandler(javafx.scene.input.MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().removeAll("drop-target"));
            setOnMouseDragReleased(e -> {
                getStyleClass().removeAll("drop-target");
                int to = isEmpty() ? vm.stack().size() - 1 : getIndex();
                if (dragFrom >= 0 && to >= 0) {
                    vm.move(dragFrom, to);
                    list.getSelectionModel().select(to);
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
            StringBuilder sb = new StringBuilder();
            for (Hook h : Hook.values()) {
                sb.append(item.defines(h) ? letter(h) : "\u00b7");
            }
            hooks.setText(sb.toString());
            if (item.custom()) {
                getStyleClass().add("custom-entry");
                setTooltip(Ui.tip(m, "pipeline.tip.customEntry"));
            } else {
                setTooltip(new javafx.scene.control.Tooltip(item.builtin().dottedPath() + "\n"
                        + m.get(item.builtin().descriptionKey())));
            }
            if (!item.enabled()) {
                getStyleClass().add("disabled-entry");
            }
            setGraphic(box);
        }
    }

    /** One letter per hook in the row's hook summary: R V E T S. */
    static String letter(Hook h) {
        return switch (h) {
            case PROCESS_REQUEST -> "R";
            case PROCESS_VIEW -> "V";
            case PROCESS_EXCEPTION -> "E";
            case PROCESS_TEMPLATE_RESPONSE -> "T";
            case PROCESS_RESPONSE -> "S";
        };
    }
}
