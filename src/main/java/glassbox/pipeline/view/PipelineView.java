package glassbox.pipeline.view;

import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.core.Messages;
import glassbox.pipeline.engine.JourneyEvent;
import glassbox.pipeline.engine.PipelineState;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Pipeline tab: the request builder and presets on top, the request form and the MIDDLEWARE
 * stack on the left, the journey through the onion in the middle with the response, SQL and notes
 * underneath; narration and Django's handler pseudo-code on the right.
 */
public final class PipelineView implements TopicView {
    private final PipelineViewModel vm;
    private final Messages m;
    private final PlayerPane pane;
    private final JourneyDrawing drawing;
    private final DetailTabs details;
    private final StackPanel stackPanel;

    public PipelineView(ViewContext context) {
        m = context.messages();
        vm = new PipelineViewModel(context);
        pane = new PlayerPane(vm.player(), m);
        pane.getStyleClass().add("pipeline-view");
        drawing = new JourneyDrawing(m);
        details = new DetailTabs(m, new RestNote(m, vm));
        stackPanel = new StackPanel(vm, m);
        pane.setControls(toolbar());
        ScrollPane drawingScroll = new ScrollPane(drawing);
        drawingScroll.setFitToWidth(true);
        drawingScroll.setFitToHeight(true);
        drawingScroll.getStyleClass().add("drawing-scroll");
        drawing.getContent().getChildren().add(legend());
        javafx.scene.control.SplitPane center = new javafx.scene.control.SplitPane(drawingScroll, details);
        center.setOrientation(javafx.geometry.Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        center.getStyleClass().add("pipeline-center");
        details.setMinHeight(80);
        drawingScroll.setMinHeight(80);
        BorderPane stage = new BorderPane(center);
        stage.setLeft(leftColumn());
        pane.setStage(stage, null);
        vm.player().addStepListener((step, previous, duration) -> {
            PipelineState s = (PipelineState) step.state();
            drawing.show(s, glassbox.player.Step.strings(step.highlights()), duration);
            details.show(s);
        });
        afterFirstFrame(() -> {
            String preset = System.getProperty("glassbox.pipeline.preset"); // hidden: screenshots of a given state
            if (preset != null) {
                open(Map.of("preset", preset, "step", System.getProperty("glassbox.pipeline.step", "-1")));
            } else if (vm.resultProperty().get() == null && !vm.runningProperty().get()) {
                vm.send();
            }
        });
    }

    /**
     * Runs {@code action} once the tab has been drawn, so the first journey (and H2 starting up)
     * does not compete with the first frame; in tests (no pulses needed) it runs at once.
     */
    private void afterFirstFrame(Runnable action) {
        if (Boolean.getBoolean("glassbox.test")) {
            action.run();
            return;
        }
        glassbox.player.view.FirstFrame.then(action);
    }

    private ComboBox<Preset> presetBox() {
        ComboBox<Preset> presets = new ComboBox<>();
        presets.setId("pipeline-preset");
        presets.getItems().setAll(Preset.values());
        presets.setPromptText(m.get("pipeline.preset.prompt"));
        StringConverter<Preset> names = new StringConverter<>() {
            @Override
            public String toString(Preset p) {
                return p == null ? "" : m.get(p.labelKey());
            }

            @Override
            public Preset fromString(String s) {
                return null;
            }
        };
        presets.setConverter(names);
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? m.get("pipeline.preset.prompt") : names.toString(p));
            }
        });
        presets.setTooltip(Ui.tip(m, "pipeline.tip.preset"));
        presets.setOnAction(e -> {
            if (presets.getValue() != null) {
                vm.applyPreset(presets.getValue());
                vm.send();
            }
        });
        return presets;
    }

    private Node toolbar() {
        ComboBox<Preset> presets = presetBox();
        ComboBox<String> method = new ComboBox<>();
        method.setId("pipeline-method");
        method.getItems().setAll(PipelineViewModel.METHODS);
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setTooltip(Ui.tip(m, "pipeline.tip.method"));
        TextField path = new TextField();
        path.setId("pipeline-path");
        path.getStyleClass().add("mono");
        path.setPrefColumnCount(14);
        path.textProperty().bindBidirectional(vm.pathProperty());
        path.setTooltip(Ui.tip(m, "pipeline.tip.path"));
        path.setOnAction(e -> vm.send());
        Button send = Ui.button(m, "pipeline-send", "mdi2s-send", "pipeline.send", "pipeline.tip.send");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> vm.send());
        send.disableProperty().bind(vm.runningProperty());
        Button undo = Ui.button(m, "pipeline-undo", "mdi2u-undo", null, "pipeline.tip.undo");
        undo.setOnAction(e -> vm.undo());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = Ui.button(m, "pipeline-redo", "mdi2r-redo", null, "pipeline.tip.redo");
        redo.setOnAction(e -> vm.redo());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button reset = Ui.button(m, "pipeline-reset", "mdi2r-restore", null, "pipeline.tip.reset");
        reset.setOnAction(e -> vm.resetStack());
        Label error = Ui.label("", "error-text");
        error.setId("pipeline-error");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        error.setMinWidth(0);
        HBox.setHgrow(error, Priority.ALWAYS);
        Label presetLabel = Ui.label(m.get("pipeline.preset"), "field-label");
        presetLabel.setLabelFor(presets);
        HBox bar = new HBox(presetLabel, presets, new Separator(javafx.geometry.Orientation.VERTICAL), method, path,
                send, new Separator(javafx.geometry.Orientation.VERTICAL), undo, redo, reset, error);
        bar.getStyleClass().addAll("topic-controls", "pipeline-toolbar");
        return bar;
    }

    private Node leftColumn() {
        javafx.scene.control.TabPane left = new javafx.scene.control.TabPane();
        left.setId("pipeline-left");
        left.getStyleClass().add("pipeline-left");
        left.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        javafx.scene.control.Tab stack = new javafx.scene.control.Tab(m.get("pipeline.stackTitle"), scroll(stackPanel));
        stack.setId("pipeline-stack-tab");
        javafx.scene.control.Tab request = new javafx.scene.control.Tab(m.get("pipeline.requestTitle"),
                scroll(new RequestForm(vm, m)));
        request.setId("pipeline-request-tab");
        left.getTabs().addAll(stack, request);
        left.setPrefWidth(340);
        left.setMinWidth(250);
        return left;
    }

    static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(260);
        scroll.setPrefViewportHeight(120);
        scroll.getStyleClass().add("pipeline-scroll");
        return scroll;
    }

    private Node legend() {
        FlowPane box = new FlowPane(6, 4);
        box.getStyleClass().add("pipeline-legend");
        box.setId("pipeline-legend");
        box.getChildren().addAll(swatch("hook-pass", "pipeline.legend.pass"), swatch("hook-respond", "pipeline.legend.respond"),
                swatch("hook-raise", "pipeline.legend.raise"), swatch("hook-idle", "pipeline.legend.idle"));
        for (JourneyEvent e : JourneyEvent.values()) {
            Region mark = new Region();
            mark.getStyleClass().addAll("marker", "legend-marker", "marker-" + e.id().toLowerCase(Locale.ROOT));
            Label l = new Label(m.get(e.labelKey()), mark);
            l.getStyleClass().add("legend-item");
            box.getChildren().add(l);
        }
        return box;
    }

    private Label swatch(String style, String key) {
        Label chip = Ui.label(m.get(key), "hook", style, "legend-chip");
        return chip;
    }

    // ---- TopicView

    @Override
    public Node root() {
        return pane;
    }

    @Override
    public PlayerViewModel player() {
        return vm.player();
    }

    /** PNG export: the drawing (stack, token, legend) as it is now. */
    @Override
    public Node frame() {
        return drawing;
    }

    PipelineViewModel viewModel() {
        return vm;
    }

    JourneyDrawing drawing() {
        return drawing;
    }

    DetailTabs details() {
        return details;
    }

    StackPanel stackPanel() {
        return stackPanel;
    }

    /** {@code preset=SHORT_CIRCUIT} applies and sends a preset; {@code step=N} then shows step N. */
    @Override
    public void open(Map<String, String> params) {
        String p = params.get("preset");
        if (p != null) {
            for (Preset preset : Preset.values()) {
                if (preset.name().equalsIgnoreCase(p.trim())) {
                    vm.applyPreset(preset);
                    vm.send(() -> seek(params.get("step")));
                }
            }
        }
    }

    private void seek(String step) {
        if (step != null && step.matches("-?[0-9]{1,6}")) {
            int n = Integer.parseInt(step);
            vm.player().seek(n < 0 ? vm.player().sizeProperty().get() + n : n);
        }
    }

    @Override
    public boolean startDemo() {
        vm.applyPreset(Preset.LOGIN_THEN_GET);
        vm.send(() -> vm.player().play());
        return true;
    }

    /** Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo stack edits, unless a text field has the focus. */
    @Override
    public boolean handleShortcut(KeyEvent e) {
        if (pane.getScene() != null && pane.getScene().getFocusOwner() instanceof TextInputControl) {
            return false;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            vm.undo();
            return true;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.Y || (e.getCode() == KeyCode.Z && e.isShiftDown()))) {
            vm.redo();
            return true;
        }
        return false;
    }
}
