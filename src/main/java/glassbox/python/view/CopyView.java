package glassbox.python.view;

import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.CopyState;
import glassbox.python.engine.Preset;
import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.Trace;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Copy tab: script editor and output on the left, the object graph in the middle (or the
 * copy-vs-deepcopy pair stacked), narration, deepcopy pseudo-code and memo on the right, the shared
 * player below. A thin view over {@link CopyViewModel}.
 */
public final class CopyView implements TopicView {
    private final Messages messages;
    private final CopyViewModel model;
    private final PlayerPane pane;
    private final ScriptEditor editor = new ScriptEditor();
    private final GraphPane graph;
    private final GraphPane shallowGraph;
    private final GraphPane deepGraph;
    private final StackPane stage = new StackPane();
    private final VBox pair = new VBox();
    private final MemoPane memo;
    private final TextArea console = new TextArea();
    private final Label errorLine = new Label();
    private final Label problem = new Label();
    private final ComboBox<Preset> presets = new ComboBox<>();
    private boolean syncingText;
    private boolean choosingQuietly;

    public CopyView(ViewContext context) {
        this.messages = context.messages();
        this.model = new CopyViewModel(context);
        this.pane = new PlayerPane(model.player(), messages);
        this.graph = new GraphPane(messages);
        this.shallowGraph = new GraphPane(messages);
        this.deepGraph = new GraphPane(messages);
        this.memo = new MemoPane(messages);
        graph.setId("copy-graph");
        shallowGraph.setId("copy-graph-shallow");
        deepGraph.setId("copy-graph-deep");
        pane.getStyleClass().add("copy-tab");
        pane.setControls(controls());
        pane.setStage(center(), side());
        bindEditor();
        model.player().traceProperty().addListener((o, a, t) -> relayout(t));
        model.player().addStepListener(this::show);
        model.sideBySideProperty().addListener((o, a, b) -> showMode(b));
        showMode(false);
        presets.setValue(Preset.SHALLOW_NESTED);
        // hidden options for screenshots: -Dglassbox.copy.preset=deepcopy -Dglassbox.copy.sideBySide=true
        open(Map.of("preset", System.getProperty("glassbox.python.preset", ""),
                "sideBySide", System.getProperty("glassbox.python.sideBySide", "false")));
        String file = System.getProperty("glassbox.python.scriptFile");
        if (file != null) {
            try {
                open(Map.of("script", java.nio.file.Files.readString(java.nio.file.Path.of(file))));
            } catch (java.io.IOException unreadable) {
                // a hidden screenshot option: ignore a bad path
            }
        }
    }

    public CopyViewModel model() {
        return model;
    }

    @Override
    public Node root() {
        return pane;
    }

    @Override
    public PlayerViewModel player() {
        return model.player();
    }

    @Override
    public Node frame() {
        return stage;
    }

    public GraphPane graph() {
        return graph;
    }

    public GraphPane shallowGraph() {
        return shallowGraph;
    }

    public GraphPane deepGraph() {
        return deepGraph;
    }

    ScriptEditor editor() {
        return editor;
    }

    MemoPane memo() {
        return memo;
    }

    @Override
    public void open(Map<String, String> params) {
        String p = params.get("preset");
        if (p != null) {
            for (Preset preset : Preset.values()) {
                if (preset.file().equalsIgnoreCase(p) || preset.name().equalsIgnoreCase(p)) {
                    presets.setValue(preset);
                }
            }
        }
        if (params.containsKey("script")) {
            model.scriptProperty().set(params.get("script"));
            model.run();
        }
        if (params.containsKey("sideBySide")) {
            model.sideBySideProperty().set(Boolean.parseBoolean(params.get("sideBySide")));
        }
    }

    @Override
    public boolean handleShortcut(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            model.run();
            return true;
        }
        return false;
    }

    @Override
    public boolean startDemo() {
        if (presets.getValue() != Preset.SHALLOW_NESTED) {
            presets.setValue(Preset.SHALLOW_NESTED);
        }
        model.player().play();
        return true;
    }

    private Node controls() {
        Label presetLabel = new Label(messages.get("copy.controls.preset"));
        presets.setId("copy-preset");
        presets.getItems().setAll(Preset.values());
        presets.setCellFactory(l -> presetCell(null));
        presets.setButtonCell(presetCell(messages.get("copy.controls.custom")));
        presets.setTooltip(new Tooltip(messages.get("copy.controls.presetTip")));
        presets.setPromptText(messages.get("copy.controls.custom"));
        presets.valueProperty().addListener((o, a, b) -> {
            if (b != null && !choosingQuietly) {
                model.loadPreset(b);
            }
        });
        model.scriptProperty().addListener((o, a, b) -> {
            Preset p = presets.getValue();
            if (p != null && !b.equals(p.script(messages.locale()))) {
                choosingQuietly = true;
                presets.setValue(null);
                choosingQuietly = false;
            }
        });
        presetLabel.setLabelFor(presets);
        Button run = new Button(messages.get("copy.controls.run"), new FontIcon("mdi2p-play-circle-outline"));
        run.setId("copy-run");
        run.setTooltip(new Tooltip(messages.get("copy.controls.runTip")));
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.busyProperty());
        model.staleProperty().addListener((o, a, b) -> {
            if (b) {
                run.getStyleClass().add("accent");
            } else {
                run.getStyleClass().remove("accent");
            }
        });
        CheckBox stepInto = new CheckBox(messages.get("copy.controls.stepInto"));
        stepInto.setId("copy-step-into");
        stepInto.setTooltip(new Tooltip(messages.get("copy.controls.stepIntoTip")));
        stepInto.selectedProperty().bindBidirectional(model.stepIntoDeepcopyProperty());
        stepInto.disableProperty().bind(model.sideBySideProperty());
        ToggleButton compare = new ToggleButton(messages.get("copy.controls.sideBySide"), new FontIcon("mdi2c-compare"));
        compare.setId("copy-side-by-side");
        compare.setTooltip(new Tooltip(messages.get("copy.controls.sideBySideTip")));
        compare.selectedProperty().bindBidirectional(model.sideBySideProperty());
        Label stale = new Label(messages.get("copy.controls.stale"));
        stale.getStyleClass().add("copy-stale");
        stale.visibleProperty().bind(model.staleProperty());
        ToolBar bar = new ToolBar(presetLabel, presets, run, stepInto, compare, stale);
        bar.getStyleClass().add("copy-controls");
        return bar;
    }

    /** A preset's title; {@code none} is shown for no preset (the button cell while a custom script is edited). */
    private ListCell<Preset> presetCell(String none) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? none : messages.get(p.titleKey()));
            }
        };
    }

    private Node center() {
        Label editorTitle = new Label(messages.get("copy.editor.title"));
        editorTitle.getStyleClass().add("side-title");
        editorTitle.setTooltip(new Tooltip(messages.get("copy.editor.tip")));
        problem.setId("copy-problem");
        problem.getStyleClass().add("copy-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label outputTitle = new Label(messages.get("copy.console.title"));
        outputTitle.getStyleClass().add("side-title");
        console.setId("copy-output");
        console.setEditable(false);
        console.setPrefRowCount(5);
        console.getStyleClass().add("copy-console");
        console.setTooltip(new Tooltip(messages.get("copy.console.tip")));
        errorLine.setId("copy-error");
        errorLine.getStyleClass().add("copy-error");
        errorLine.setWrapText(true);
        VBox left = new VBox(6, editorTitle, editor.node(), problem, outputTitle, console, errorLine);
        left.getStyleClass().add("copy-left");
        VBox.setVgrow(editor.node(), Priority.ALWAYS);
        left.setMinWidth(240);
        pair.getStyleClass().add("copy-pair");
        pair.getChildren().addAll(title("copy.compare.shallow"), shallowGraph, title("copy.compare.deep"), deepGraph);
        VBox.setVgrow(shallowGraph, Priority.ALWAYS);
        VBox.setVgrow(deepGraph, Priority.ALWAYS);
        stage.getChildren().addAll(graph, pair);
        stage.getStyleClass().add("copy-stage");
        VBox drawing = new VBox(stage, legend());
        VBox.setVgrow(stage, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, drawing);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.33);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    private Label title(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("copy-compare-title");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Node legend() {
        Label title = new Label(messages.get("copy.legend.title"));
        title.getStyleClass().add("side-title");
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(14, 2, title,
                swatch("copy-swatch-shared", "copy.legend.shared"),
                swatch("copy-swatch-changed", "copy.legend.changed"),
                swatch("copy-swatch-tuple", "copy.legend.tuple"),
                swatch("copy-swatch-memo", "copy.legend.memo"));
        legend.getStyleClass().add("copy-legend");
        return legend;
    }

    private Node side() {
        Label title = new Label(messages.get("copy.legend.markers"));
        title.getStyleClass().add("side-title");
        javafx.scene.layout.FlowPane marks = new javafx.scene.layout.FlowPane(10, 2);
        marks.getStyleClass().add("copy-marker-legend");
        for (glassbox.python.engine.CopyEvent e : glassbox.python.engine.CopyEvent.values()) {
            Region r = new Region();
            r.getStyleClass().addAll("marker", "marker-" + e.id());
            r.setMinSize(8, 12);
            r.setMaxSize(8, 12);
            HBox row = new HBox(4, r, new Label(messages.get(e.labelKey())));
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            marks.getChildren().add(row);
        }
        return new VBox(6, memo, title, marks);
    }

    private Node swatch(String style, String key) {
        Region r = new Region();
        r.getStyleClass().addAll("copy-swatch", style);
        r.setMinSize(18, 12);
        r.setMaxSize(18, 12);
        Label l = new Label(messages.get(key));
        HBox row = new HBox(6, r, l);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
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
    }

    private void showMode(boolean compare) {
        graph.setVisible(!compare);
        pair.setVisible(compare);
    }

    @SuppressWarnings("unchecked")
    private void relayout(Trace<?> trace) {
        if (trace == null) {
            return;
        }
        List<CopyState> single = new ArrayList<>();
        List<CopyState> shallow = new ArrayList<>();
        List<CopyState> deep = new ArrayList<>();
        for (Step<?> s : trace.steps()) {
            if (s.state() instanceof CopyState cs) {
                single.add(cs);
            } else if (s.state() instanceof CopyEngine.Pair p) {
                shallow.add(p.shallow());
                deep.add(p.deep());
            }
        }
        if (!single.isEmpty()) {
            graph.setLayout(GraphLayout.of(single, graph.fontScale()));
        } else {
            shallowGraph.setLayout(GraphLayout.of(shallow, shallowGraph.fontScale()));
            deepGraph.setLayout(GraphLayout.of(deep, deepGraph.fontScale()));
        }
    }

    private void show(Step<?> step, Step<?> previous, Duration d) {
        Set<String> highlights = glassbox.player.Step.strings(step.highlights());
        CopyState lead;
        if (step.state() instanceof CopyEngine.Pair p) {
            CopyEngine.Pair before = previous != null && previous.state() instanceof CopyEngine.Pair q ? q : null;
            shallowGraph.show(p.shallow(), before == null ? null : before.shallow(), highlights, d);
            deepGraph.show(p.deep(), before == null ? null : before.deep(), highlights, d);
            lead = p.deep();
            memo.show(null);
        } else {
            lead = (CopyState) step.state();
            CopyState before = previous != null && previous.state() instanceof CopyState q ? q : null;
            graph.show(lead, before, highlights, d);
            memo.show(lead.deepcopy());
        }
        boolean failed = lead.error() != null;
        if (failed) {
            editor.light(lead.error().line(), lead.error().line(), true);
        } else {
            editor.light(lead.scriptLine(), lead.scriptEndLine(), false);
        }
        console.setText(String.join("\n", lead.output()));
        console.positionCaret(console.getLength());
        errorLine.setText(!failed ? "" : lead.error().type().equals("ResourceLimit")
                ? messages.get("copy.console.limit", lead.error().message())
                : messages.get("copy.console.error", lead.error().type(), lead.error().message(),
                        String.valueOf(lead.error().line())));
    }
}
