package glassbox.pipeline.view;

import glassbox.core.Fxml;
import glassbox.core.Messages;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.StackEntry;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds {@code CustomEditor.fxml}, which adds a custom middleware or edits one: a class name and,
 * per hook, not defined / pass / respond / raise. Hands the choices to the view model.
 */
final class CustomEditor {
    private final PipelineViewModel vm;
    private final Messages m;
    /** Hands the focus back out of the editor's fields (after Apply, Cancel, Enter or Esc). */
    private final Runnable done;
    private final Map<Hook, ComboBox<HookChoice.Kind>> kinds = new EnumMap<>(Hook.class);
    private final Map<Hook, TextField> statuses = new EnumMap<>(Hook.class);
    private int editing = -1;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label problem;
    @FXML private GridPane grid;
    @FXML private Label nameLabel;
    @FXML private TextField name;

    /** @param done hands the focus back out of the editor's fields (after Apply, Cancel, Enter or Esc) */
    CustomEditor(PipelineViewModel vm, Messages m, Runnable done) {
        this.vm = vm;
        this.m = m;
        this.done = done;
        Fxml.load("/glassbox/pipeline/CustomEditor.fxml", m, this);
    }

    @FXML
    @SuppressWarnings("unchecked")
    private void initialize() {
        nameLabel.setLabelFor(name);
        problem.textProperty().bind(vm.errorProperty());
        problem.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        for (Hook h : Hook.values()) {
            ComboBox<HookChoice.Kind> box = (ComboBox<HookChoice.Kind>) control("pipeline-custom-" + h.pythonName());
            TextField status = (TextField) control("pipeline-custom-" + h.pythonName() + "-status");
            box.getItems().setAll(HookChoice.Kind.values());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(HookChoice.Kind k) {
                    return k == null ? "" : m.get(k.labelKey());
                }

                @Override
                public HookChoice.Kind fromString(String s) {
                    return null;
                }
            });
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(HookChoice.Kind k, boolean empty) {
                    super.updateItem(k, empty);
                    setText(empty || k == null ? "" : m.get(k.labelKey()));
                }
            });
            status.disableProperty().bind(box.valueProperty().isNotEqualTo(HookChoice.Kind.RESPOND));
            kinds.put(h, box);
            statuses.put(h, status);
        }
    }

    /** A hook's control in the grid, by the id the FXML gives it. */
    private Node control(String id) {
        return grid.getChildren().stream().filter(n -> id.equals(n.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("CustomEditor.fxml has no #" + id));
    }

    /** The editor's layout, for the scroll pane that holds it. */
    Node root() {
        return root;
    }

    /** Whether the editor is open (the stack list and its buttons hide meanwhile). */
    BooleanProperty showingProperty() {
        return root.visibleProperty();
    }

    void startNew() {
        editing = -1;
        title.setText(m.get("pipeline.custom.addTitle"));
        name.setDisable(false);
        name.setText("");
        for (Hook h : Hook.values()) {
            kinds.get(h).setValue(h == Hook.PROCESS_REQUEST || h == Hook.PROCESS_RESPONSE
                    ? HookChoice.Kind.PASS : HookChoice.Kind.ABSENT);
            statuses.get(h).setText("");
        }
        show();
        name.requestFocus();
    }

    void startEdit(int index, StackEntry e) {
        if (e == null || !e.custom()) {
            return;
        }
        editing = index;
        title.setText(m.get("pipeline.custom.editTitle", e.name()));
        name.setText(e.name());
        name.setDisable(true);
        for (Hook h : Hook.values()) {
            HookChoice c = HookChoice.of(e.actions().get(h));
            kinds.get(h).setValue(c.kind());
            statuses.get(h).setText(c.status());
        }
        show();
    }

    // ---- actions named in the FXML

    @FXML
    private void apply() {
        Map<Hook, HookChoice> choices = new EnumMap<>(Hook.class);
        for (Hook h : Hook.values()) {
            choices.put(h, new HookChoice(kinds.get(h).getValue(), statuses.get(h).getText()));
        }
        boolean ok = editing < 0 ? vm.addCustom(name.getText(), choices) : vm.updateCustom(editing, choices);
        if (ok) {
            hide();
        }
    }

    @FXML
    private void cancel() {
        hide();
    }

    @FXML
    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            hide();
        }
    }

    private void show() {
        root.setVisible(true);
        root.setManaged(true);
    }

    private void hide() {
        root.setVisible(false);
        root.setManaged(false);
        done.run();
    }
}
