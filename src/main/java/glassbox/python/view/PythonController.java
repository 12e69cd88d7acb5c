package glassbox.python.view;

import glassbox.core.Messages;
import glassbox.python.engine.CopyEvent;
import glassbox.python.engine.Preset;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds {@code PythonView.fxml} to the {@link PythonViewModel}: presets (grouped), Run, step over /
 * out, the editor, the problem and outdated warnings, and places the Java drawings in their slots.
 * Holds no logic of its own.
 */
public final class PythonController {
    private final PythonViewModel model;
    private final Messages messages;
    private final ScriptEditor editor;
    private final GraphPane graph;
    private final GraphPane shallowGraph;
    private final GraphPane deepGraph;
    private final MemoPane memo;
    private boolean syncingText;
    private boolean choosingQuietly;

    @FXML FlowPane controls;
    @FXML Label presetLabel;
    @FXML ComboBox<Preset> presets;
    @FXML Button runButton;
    @FXML CheckBox stepIntoDeepcopy;
    @FXML ToggleButton sideBySide;
    @FXML Label stale;
    @FXML SplitPane split;
    @FXML StackPane editorSlot;
    @FXML Label problem;
    @FXML TextArea console;
    @FXML Label errorLine;
    @FXML StackPane stage;
    @FXML SplitPane pair;
    @FXML VBox shallowBox;
    @FXML VBox deepBox;
    @FXML Label outdated;
    @FXML VBox side;
    @FXML StackPane memoSlot;
    @FXML FlowPane markers;
    @FXML FlowPane legend;

    PythonController(PythonViewModel model, Messages messages, ScriptEditor editor, GraphPane graph,
                     GraphPane shallowGraph, GraphPane deepGraph, MemoPane memo) {
        this.model = model;
        this.messages = messages;
        this.editor = editor;
        this.graph = graph;
        this.shallowGraph = shallowGraph;
        this.deepGraph = deepGraph;
        this.memo = memo;
    }

    @FXML
    void initialize() {
        editorSlot.getChildren().add(editor.node());
        stage.getChildren().add(0, graph);
        shallowBox.getChildren().add(shallowGraph);
        deepBox.getChildren().add(deepGraph);
        VBox.setVgrow(shallowGraph, Priority.ALWAYS);
        VBox.setVgrow(deepGraph, Priority.ALWAYS);
        memoSlot.getChildren().add(memo);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        bindPresets();
        runButton.disableProperty().bind(model.busyProperty());
        model.staleProperty().addListener((o, a, b) -> accent(b));
        accent(model.staleProperty().get());
        stale.visibleProperty().bind(model.staleProperty());
        stepIntoDeepcopy.selectedProperty().bindBidirectional(model.stepIntoDeepcopyProperty());
        stepIntoDeepcopy.disableProperty().bind(model.sideBySideProperty());
        sideBySide.selectedProperty().bindBidirectional(model.sideBySideProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        outdated.visibleProperty().bind(model.outdatedProperty());
        model.outdatedProperty().addListener((o, a, b) -> dim(b));
        model.sideBySideProperty().addListener((o, a, b) -> showMode(b));
        showMode(model.sideBySideProperty().get());
        bindEditor();
        stage.setOnMousePressed(e -> stage.requestFocus());

        for (CopyEvent e : CopyEvent.values()) {
            markers.getChildren().add(marker(e));
        }
    }

    Node controls() {
        return controls;
    }

    Node center() {
        return split;
    }

    Node side() {
        return side;
    }

    Node stage() {
        return stage;
    }

    TextArea console() {
        return console;
    }

    Label errorLine() {
        return errorLine;
    }

    @FXML
    void run() {
        model.run();
    }

    @FXML
    void stepOver() {
        model.stepOver();
    }

    @FXML
    void stepOut() {
        model.stepOut();
    }

    void choosePreset(Preset p) {
        presets.setValue(p);
    }

    /** Shows {@code p} as chosen without loading it (the caller loads it). */
    void choosePresetQuietly(Preset p) {
        choosingQuietly = true;
        presets.setValue(p);
        choosingQuietly = false;
    }

    private void accent(boolean on) {
        if (on && !runButton.getStyleClass().contains("accent")) {
            runButton.getStyleClass().add("accent");
        } else if (!on) {
            runButton.getStyleClass().remove("accent");
        }
    }

    private void dim(boolean on) {
        for (GraphPane g : new GraphPane[] {graph, shallowGraph, deepGraph}) {
            if (on) {
                g.getStyleClass().add("python-outdated-graph");
            } else {
                g.getStyleClass().remove("python-outdated-graph");
            }
        }
    }

    private void bindPresets() {
        presets.getItems().setAll(Preset.values());
        presets.setCellFactory(l -> presetCell(null));
        presets.setButtonCell(presetCell(messages.get("copy.controls.custom")));
        presets.setVisibleRowCount(14);
        presetLabel.setLabelFor(presets);
        presets.valueProperty().addListener((o, a, b) -> {
            if (b != null && !choosingQuietly) {
                model.loadPreset(b);
            }
        });
        model.scriptProperty().addListener((o, a, b) -> {
            Preset p = presets.getValue();
            if (p != null && b.equals(p.script(messages.locale()))) {
                return;
            }
            // edited: "your own script"; a scene that named a preset: that preset
            Preset named = model.scenePreset();
            choosingQuietly = true;
            presets.setValue(named != null && b.equals(named.script(messages.locale())) ? named : null);
            choosingQuietly = false;
        });
    }

    /** A preset's title, prefixed by its group at the first preset of each group. */
    private ListCell<Preset> presetCell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(none);
                    return;
                }
                boolean first = p.ordinal() == 0 || Preset.values()[p.ordinal() - 1].group() != p.group();
                setText(none == null && first ? messages.get(p.group().titleKey()) + " ▸ " + messages.get(p.titleKey())
                        : messages.get(p.titleKey()));
            }
        };
    }

    private void bindEditor() {
        editor.area().textProperty().addListener((o, a, b) -> {
            if (!syncingText) {
                syncingText = true;
                model.scriptProperty().set(b);
                syncingText = false;
            }
        });
        model.scriptProperty().addListener((o, a, b) -> {
            if (!syncingText && !b.equals(editor.text())) {
                syncingText = true;
                editor.setText(b);
                syncingText = false;
            }
        });
        editor.area().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.requestFocus();
                e.consume();
            }
        });
    }

    private void showMode(boolean compare) {
        graph.setVisible(!compare);
        pair.setVisible(compare);
    }

    private Node marker(CopyEvent e) {
        Region r = new Region();
        r.getStyleClass().addAll("marker", "marker-" + e.id());
        r.setMinSize(8, 12);
        r.setMaxSize(8, 12);
        Label text = new Label(messages.get(e.labelKey()));
        text.setWrapText(true);
        text.setMaxWidth(240);
        HBox row = new HBox(4, r, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
