package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.StackEntry;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Adds a custom middleware, or edits one: a class name and, per hook, not defined / pass / respond / raise. */
final class CustomEditor extends VBox {
    private final PipelineViewModel vm;
    private final TextField name = new TextField();
    private final Map<Hook, ComboBox<HookChoice.Kind>> kinds = new EnumMap<>(Hook.class);
    private final Map<Hook, TextField> statuses = new EnumMap<>(Hook.class);
    private final Label title = new Label();
    private final Messages m;
    private int editing = -1;

    private final Runnable done;

    /** @param done hands the focus back out of the editor's fields (after Apply, Cancel, Enter or Esc) */
    CustomEditor(PipelineViewModel vm, Messages m, Runnable done) {
        this.vm = vm;
        this.done = done;
        this.m = m;
        getStyleClass().add("custom-editor");
        setId("pipeline-custom-editor");
        title.getStyleClass().add("editor-title");
        name.setId("pipeline-custom-name");
        name.setPromptText("Maintenance");
        name.setTooltip(Widgets.tooltip(m, "pipeline.tip.customName"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pipeline-grid");
        Label nameLabel = label(m.get("pipeline.custom.name"), "field-label");
        nameLabel.setLabelFor(name);
        grid.add(nameLabel, 0, 0);
        grid.add(name, 1, 0);
        int row = 1;
        for (Hook h : Hook.values()) {
            grid.add(label(h.pythonName(), "mono", "field-label"), 0, row++, 2, 1);
            HBox choice = new HBox(6, kindBox(h), statusField(h));
            choice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            grid.add(choice, 0, row++, 2, 1);
        }
        Button apply = Widgets.iconButton(m, "pipeline-custom-apply", "mdi2c-check", "pipeline.custom.apply", "pipeline.tip.customApply", null);
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        Button cancel = Widgets.iconButton(m, "pipeline-custom-cancel", null, "pipeline.custom.cancel", "pipeline.tip.customCancel", null);
        cancel.setOnAction(e -> hide());
        // Apply and Cancel sit beside the title: the hook rows below may need scrolling.
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, apply, cancel);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // a refused name or status is explained here, beside the fields, and the fields keep what was typed
        Label problem = label("", "field-problem");
        problem.setId("pipeline-custom-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.textProperty().bind(vm.errorProperty());
        problem.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(head, problem, grid);
        name.setOnAction(e -> apply());
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                hide();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    private ComboBox<HookChoice.Kind> kindBox(Hook h) {
        ComboBox<HookChoice.Kind> box = new ComboBox<>();
        box.setId("pipeline-custom-" + h.pythonName());
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
        box.setTooltip(Widgets.tooltip(m, "pipeline.tip.customKind"));
        box.setPrefWidth(170);
        box.valueProperty().addListener((o, a, b) -> statuses.get(h).setDisable(b != HookChoice.Kind.RESPOND));
        kinds.put(h, box);
        return box;
    }

    private TextField statusField(Hook h) {
        TextField f = new TextField();
        f.setId("pipeline-custom-" + h.pythonName() + "-status");
        f.setPrefColumnCount(5);
        f.setPromptText("503");
        f.setTooltip(Widgets.tooltip(m, "pipeline.tip.customStatus"));
        f.setOnAction(e -> apply());
        statuses.put(h, f);
        return f;
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

    private void show() {
        setVisible(true);
        setManaged(true);
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
        done.run();
    }

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
