package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.pipeline.engine.JourneyEvent;
import glassbox.pipeline.engine.PipelineState;
import glassbox.pipeline.engine.StackEntry;
import glassbox.player.view.PlayerPane;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds {@code PipelineView.fxml} to the {@link PipelineViewModel} and delegates; places the shared
 * player pane, the journey drawing and the detail tabs. No logic beyond wiring.
 */
public final class PipelineController {
    private final PipelineViewModel vm;
    private final Messages m;
    private final JourneyDrawing drawing;
    private final DetailTabs details;
    private PlayerPane pane;
    private FitPane fit;

    @FXML private StackPane root;
    @FXML private VBox toolbar;
    @FXML private SplitPane stage;
    @FXML private Label presetLabel;
    @FXML private ComboBox<Preset> presets;
    @FXML private ComboBox<String> method;
    @FXML private TextField path;
    @FXML private Button send;
    @FXML private Button undo;
    @FXML private Button redo;
    @FXML private Label pathProblem;
    @FXML private Label error;
    @FXML private ListView<StackEntry> stack;
    @FXML private Button up;
    @FXML private Button down;
    @FXML private Button edit;
    @FXML private Button remove;
    @FXML private Label warnings;
    @FXML private VBox stackPanel;
    @FXML private javafx.scene.control.ScrollPane customEditorHost;
    @FXML private HBox preludeBox;
    @FXML private Label prelude;
    @FXML private TextField cookie;
    @FXML private TextField csrf;
    @FXML private TextField authorization;
    @FXML private TextField encoding;
    @FXML private TextArea body;
    @FXML private CheckBox viewRaises;
    @FXML private CheckBox renderRaises;
    @FXML private StackPane drawingHost;
    @FXML private FlowPane legend;
    @FXML private StackPane detailsHost;
    @FXML private javafx.scene.control.Tab stackTab;
    @FXML private javafx.scene.control.Tab requestTab;
    private CustomEditor customEditor;

    PipelineController(PipelineViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        this.drawing = new JourneyDrawing(m);
        this.details = new DetailTabs(m, vm);
    }

    @FXML
    private void initialize() {
        pane = new PlayerPane(vm.player(), m);
        pane.getStyleClass().add("pipeline-view");
        pane.setControls(toolbar);
        pane.setStage(stage, null);
        root.getChildren().add(pane);
        root.setFocusTraversable(true);
        bindToolbar();
        bindStack();
        bindRequest();
        placeDrawing();
        vm.player().addStepListener((step, previous, duration) -> {
            PipelineState s = (PipelineState) step.state();
            drawing.show(s, step.highlights(), duration);
            details.show(s);
        });
    }

    private void bindToolbar() {
        presetLabel.setLabelFor(presets);
        presets.getItems().setAll(Preset.values());
        StringConverter<Preset> names = converter(p -> m.get(p.labelKey()));
        presets.setConverter(names);
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? m.get("pipeline.preset.prompt") : names.toString(p));
            }
        });
        presets.setOnAction(e -> {
            if (presets.getValue() != null) {
                vm.applyPreset(presets.getValue());
                vm.send();
            }
        });
        method.getItems().setAll(PipelineViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        field(path, vm.pathProperty(), true);
        send.disableProperty().bind(vm.runningProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        showWhenSet(pathProblem, vm.pathProblemProperty());
        showWhenSet(error, vm.errorProperty());
    }

    private void bindStack() {
        stack.setItems(vm.stack());
        stack.setCellFactory(v -> new StackCell(m, vm::toggle, vm::move));
        var selected = stack.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().custom(), selected));
        remove.disableProperty().bind(edit.disableProperty());
        customEditor = new CustomEditor(vm, m, this::focusOut);
        customEditorHost.setContent(customEditor.root());
        customEditorHost.visibleProperty().bind(customEditor.showingProperty());
        stackPanel.visibleProperty().bind(customEditor.showingProperty().not());
        vm.warningsProperty().addListener((o, a, b) -> showWarnings());
        showWarnings();
    }

    private void bindRequest() {
        field(cookie, vm.cookieProperty(), true);
        field(csrf, vm.csrfTokenProperty(), true);
        field(authorization, vm.authorizationProperty(), true);
        field(encoding, vm.acceptEncodingProperty(), true);
        field(body, vm.bodyProperty(), false);
        viewRaises.selectedProperty().bindBidirectional(vm.viewRaisesProperty());
        renderRaises.selectedProperty().bindBidirectional(vm.renderRaisesProperty());
        vm.preludeProperty().addListener((o, a, b) -> showPrelude());
        showPrelude();
    }

    private void placeDrawing() {
        fit = new FitPane(drawing);
        drawingHost.getChildren().add(fit);
        detailsHost.getChildren().add(details.root());
        details.root().getTabs().addAll(0, List.of(stackTab, requestTab));
        details.root().getSelectionModel().select(stackTab);
        vm.outcomeHiddenProperty().addListener((o, was, hidden) -> details.setOutcomeHidden(hidden));
        drawing.getContent().getChildren().add(legend);
        for (JourneyEvent e : JourneyEvent.values()) {
            Region mark = new Region();
            mark.getStyleClass().addAll("marker", "legend-marker", "marker-" + e.id().toLowerCase(Locale.ROOT));
            Label l = new Label(m.get(e.labelKey()), mark);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
    }

    /**
     * Binds a text field both ways. Enter in a one-line field sends; Esc puts back the text it had
     * when it got the focus; both hand the focus back so the clicker's keys reach the player.
     */
    private void field(TextInputControl f, StringProperty value, boolean enterSends) {
        f.textProperty().bindBidirectional(value);
        String[] before = {f.getText()};
        f.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                before[0] = f.getText();
            }
        });
        f.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.setText(before[0]);
                e.consume();
                focusOut();
            } else if (e.getCode() == KeyCode.ENTER && enterSends && !e.isShiftDown()) {
                e.consume();
                focusOut();
                vm.send();
            }
        });
    }

    private static void showWhenSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void showWarnings() {
        List<glassbox.core.Narration> w = vm.warningsProperty().get();
        warnings.setText(w.stream().map(m::format).collect(Collectors.joining("\n")));
        warnings.setVisible(!w.isEmpty());
        warnings.setManaged(!w.isEmpty());
    }

    private void showPrelude() {
        var p = vm.preludeProperty().get();
        preludeBox.setVisible(!p.isEmpty());
        preludeBox.setManaged(!p.isEmpty());
        if (!p.isEmpty()) {
            prelude.setText(m.get("pipeline.prelude", p.get(0).method() + " " + p.get(0).path()));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Gives the focus to the tab itself, out of any text field. */
    void focusOut() {
        root.requestFocus();
    }

    // ---- actions named in the FXML

    @FXML
    private void send() {
        focusOut();
        vm.send();
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    @FXML
    private void resetStack() {
        vm.resetStack();
    }

    @FXML
    private void moveUp() {
        moveSelected(-1);
    }

    @FXML
    private void moveDown() {
        moveSelected(1);
    }

    private void moveSelected(int delta) {
        int i = stack.getSelectionModel().getSelectedIndex();
        int to = i + delta;
        if (i >= 0 && to >= 0 && to < vm.stack().size()) {
            vm.move(i, to);
            stack.getSelectionModel().select(to);
        }
    }

    @FXML
    private void editCustom() {
        customEditor.startEdit(stack.getSelectionModel().getSelectedIndex(), stack.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removeCustom() {
        vm.remove(stack.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void addCustom() {
        customEditor.startNew();
    }

    @FXML
    private void clearPrelude() {
        vm.clearPrelude();
    }

    @FXML
    private void takeFocus() {
        focusOut();
    }

    // ---- for the view and tests

    Node root() {
        return root;
    }

    PlayerPane pane() {
        return pane;
    }

    JourneyDrawing drawing() {
        return drawing;
    }

    FitPane fit() {
        return fit;
    }

    DetailTabs details() {
        return details;
    }

    SplitPane stage() {
        return stage;
    }

    ListView<StackEntry> stackList() {
        return stack;
    }
}
