package glassbox.threads.view;

import glassbox.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.util.Duration;

/**
 * Edits the threads: one row per thread (name, bursts, remove), add, undo and redo, and the
 * message for bad input. A row is committed with Enter or when it loses focus; a bad row keeps
 * what was typed, turns red, and the model stays as it was.
 */
public final class WorkloadEditor extends VBox {
    private final ThreadsViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Label error = new Label();

    public WorkloadEditor(ThreadsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("threads-editor");
        setFocusTraversable(true);
        grid.getStyleClass().add("threads-editor-grid");
        Button add = iconButton("mdi2p-plus", "threads.editor.add", "threads.editor.add.tip", "threads-add");
        add.setOnAction(e -> model.addThread());
        Button undo = iconButton("mdi2u-undo", null, "threads.editor.undo.tip", "threads-undo");
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = iconButton("mdi2r-redo", null, "threads.editor.redo.tip", "threads-redo");
        redo.setOnAction(e -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        error.setId("threads-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        // The bursts' grammar behind a help mark (hover or focus): as a paragraph it took four lines
        // of a 1024×768 projector from the timeline.
        Label grammar = new Label(null, new FontIcon("mdi2h-help-circle-outline"));
        grammar.setId("threads-grammar");
        grammar.getStyleClass().add("threads-grammar");
        grammar.setAccessibleText(messages.get("threads.editor.grammar"));
        grammar.setFocusTraversable(true);
        Tooltip tip = new Tooltip(messages.get("threads.editor.grammar"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(200));
        grammar.setTooltip(tip);
        HBox buttons = new HBox(6, add, undo, redo, grammar);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ScrollPane rows = new ScrollPane(grid);
        rows.setFitToWidth(true);
        rows.getStyleClass().addAll("threads-editor-rows", "edge-to-edge");
        rows.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Every row shows (up to four; more scroll): the viewport never shrinks below them.
        grid.heightProperty().addListener((o, a, b) -> fitRows(rows));
        add.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(rows, buttons, error);
        model.draftProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** Shows the rows of the current draft, dropping anything typed but not taken. */
    public void rebuild() {
        grid.getChildren().clear();
        Draft d = model.draft();
        for (int i = 0; i < d.rows().size(); i++) {
            Draft.Row row = d.rows().get(i);
            int index = i;
            TextField name = new TextField(row.name());
            name.setId("threads-name-" + i);
            name.getStyleClass().add("threads-name");
            name.setPrefColumnCount(5);
            name.setTooltip(new Tooltip(messages.get("threads.editor.name.tip")));
            TextField bursts = new TextField(row.bursts());
            bursts.setId("threads-bursts-" + i);
            bursts.getStyleClass().add("threads-bursts");
            bursts.setTooltip(new Tooltip(messages.get("threads.editor.bursts.tip")));
            bursts.setPromptText(messages.get("threads.editor.bursts.prompt"));
            GridPane.setHgrow(bursts, Priority.ALWAYS);
            Runnable commit = () -> commit(index, name, bursts);
            for (TextField f : new TextField[] {name, bursts}) {
                f.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        commit.run();
                        requestFocus();
                        e.consume();
                    } else if (e.getCode() == KeyCode.ESCAPE) {
                        rebuild();
                        requestFocus();
                        e.consume();
                    }
                });
                f.focusedProperty().addListener((o, was, now) -> {
                    if (!now && f.getScene() != null) {
                        commit.run();
                    }
                });
            }
            Button remove = iconButton("mdi2c-close", null, "threads.editor.remove.tip", "threads-remove-" + i);
            remove.setOnAction(e -> model.removeThread(index));
            remove.setDisable(d.rows().size() == 1);
            grid.addRow(i, name, bursts, remove);
        }
    }

    private void fitRows(ScrollPane rows) {
        int n = model.draft().rows().size();
        double h = grid.getHeight();
        double perRow = n == 0 ? h : h / n;
        double shown = Math.min(h, perRow * Math.min(n, 4) + (n > 4 ? perRow / 2 : 0));
        rows.setMinViewportHeight(shown);
        rows.setPrefViewportHeight(shown);
    }

    private void commit(int index, TextField name, TextField bursts) {
        Draft.Row current = index < model.draft().rows().size() ? model.draft().rows().get(index) : null;
        if (current != null && current.name().equals(name.getText()) && current.bursts().equals(bursts.getText())) {
            return;
        }
        boolean ok = model.setRow(index, name.getText(), bursts.getText());
        for (TextField f : new TextField[] {name, bursts}) {
            f.getStyleClass().remove("invalid");
            if (!ok) {
                f.getStyleClass().add("invalid");
            }
        }
    }

    private Button iconButton(String icon, String textKey, String tipKey, String id) {
        Button b = new Button(textKey == null ? null : messages.get(textKey), new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        return b;
    }

    /** The error label (for tests). */
    public Label error() {
        return error;
    }
}
