package glassbox.bptree.view;

import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.Operation;
import glassbox.bptree.engine.StepEvent;
import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.view.PlayerPane;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.text.Font;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Binds {@code BptreeView.fxml} to {@link BptreeViewModel} and the {@link TreeDrawing}: every
 * control calls one command; Enter in a field runs it and Esc reverts it, both handing focus back
 * to the tab so the clicker's keys reach the player.
 */
final class BptreeController {
    private final BptreeViewModel model;
    private final TreeDrawing drawing;
    private final Messages messages;
    private final Consumer<String> modeSelected;
    private PlayerPane pane;

    @FXML private VBox root;
    @FXML private ToggleGroup modes;
    @FXML private FlowPane modeBar;
    @FXML private ToggleButton modeBptree;
    @FXML private StackPane content;
    @FXML private VBox bptreeMode;
    @FXML private VBox stage;
    @FXML private StackPane frame;
    @FXML private StackPane playerHost;
    @FXML private FlowPane toolbar;
    @FXML private Label empty;
    @FXML private Label output;
    @FXML private Label stats;
    @FXML private Label orderLabel;
    @FXML private Spinner<Integer> order;
    @FXML private Label orderProblem;
    @FXML private TextField key;
    @FXML private TextField rangeFrom;
    @FXML private TextField rangeTo;
    @FXML private TextField randomCount;
    @FXML private Button insert;
    @FXML private Button delete;
    @FXML private Button search;
    @FXML private Button range;
    @FXML private Button random;
    @FXML private Button bulk;
    @FXML private Button clear;
    @FXML private Button undo;
    @FXML private Button redo;
    @FXML private Button fit;
    @FXML private Button follow;
    @FXML private CheckBox autoPlay;
    @FXML private Label error;

    BptreeController(BptreeViewModel model, TreeDrawing drawing, Messages messages, Consumer<String> modeSelected) {
        this.model = model;
        this.drawing = drawing;
        this.messages = messages;
        this.modeSelected = modeSelected;
    }

    @FXML
    private void initialize() {
        pane = new PlayerPane(model.player(), messages);
        pane.setStage(stage, null);
        playerHost.getChildren().add(pane);
        frame.getChildren().add(0, drawing);
        drawing.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> drawing.requestFocus());
        orderLabel.fontProperty().addListener((o, a, b) -> scaleWithText(b));
        scaleWithText(orderLabel.getFont());
        bindOrder();
        bindFields();
        bindButtons();
        bindProblems();
        drawing.modeProperty().addListener((o, a, b) -> showDrawingMode(b));
        drawing.zoomProperty().addListener((o, a, b) -> showStats(model.player().getStep()));
        model.player().addStepListener(this::show);
        show(model.player().getStep(), null, Duration.ZERO);
        modes.selectedToggleProperty().addListener((o, a, b) -> selectMode(a, b));
    }

    /** The tree grows with the theme's text size (13 px is the base). */
    private void scaleWithText(Font f) {
        drawing.setTextScale(f.getSize() / 13.0);
    }

    private void bindOrder() {
        order.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                BptreeViewModel.MIN_ORDER, BptreeViewModel.MAX_ORDER, model.getOrder()));
        order.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String s) {
                return model.getOrder(); // typed text goes through commitOrder, never silently
            }
        });
        orderLabel.setLabelFor(order);
        order.valueProperty().addListener((o, a, b) -> model.setOrder(b));
        model.orderProperty().addListener((o, a, b) -> showOrder());
        TextField editor = order.getEditor();
        editor.setPrefColumnCount(3);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.requestOrder(editor.getText());
                showOrder();
                leaveField(e);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.clearOrderProblem();
                showOrder();
                leaveField(e);
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && !editor.getText().equals(String.valueOf(model.getOrder()))) {
                model.requestOrder(editor.getText());
                showOrder();
            }
        });
    }

    /** The spinner shows the order in force (a refused one is named beside it). */
    private void showOrder() {
        order.getValueFactory().setValue(model.getOrder());
        order.getEditor().setText(String.valueOf(model.getOrder()));
    }

    private void bindFields() {
        onKeys(key, () -> model.insert(key.getText()), () -> key.clear());
        onKeys(rangeFrom, this::range, () -> rangeFrom.clear());
        onKeys(rangeTo, this::range, () -> rangeTo.clear());
        onKeys(randomCount, this::random, () -> randomCount.setText("10"));
    }

    /** Enter runs {@code run}, Esc runs {@code revert}; both give focus back to the tab. */
    private void onKeys(TextField field, Runnable run, Runnable revert) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                run.run();
                leaveField(e);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                revert.run();
                leaveField(e);
            }
        });
    }

    private void leaveField(KeyEvent e) {
        e.consume();
        root.requestFocus();
    }

    private void bindButtons() {
        for (Node n : List.of(order, insert, delete, search, range, random, bulk, clear)) {
            n.disableProperty().bind(model.busyProperty());
        }
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        redo.disableProperty().bind(model.canRedoProperty().not().or(model.busyProperty()));
        autoPlay.selectedProperty().bindBidirectional(model.autoPlayProperty());
    }

    private void bindProblems() {
        orderProblem.textProperty().bind(model.orderProblemProperty());
        orderProblem.visibleProperty().bind(model.orderProblemProperty().isNotEmpty());
        orderProblem.managedProperty().bind(orderProblem.visibleProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
    }

    private void showDrawingMode(TreeDrawing.Mode m) {
        fit.getStyleClass().remove("bp-on");
        follow.getStyleClass().remove("bp-on");
        if (m == TreeDrawing.Mode.FIT) {
            fit.getStyleClass().add("bp-on");
        } else if (m == TreeDrawing.Mode.FOLLOW) {
            follow.getStyleClass().add("bp-on");
        }
    }

    // ---------------------------------------------------------------- the step shown

    private void show(Step<?> step, Step<?> previous, Duration duration) {
        if (step == null) {
            return;
        }
        BptreeFrame f = (BptreeFrame) step.state();
        StepEvent event = f.event();
        drawing.show(f, new StepPainter(event, step.highlights()), duration);
        empty.setVisible(f.forest().isEmpty());
        boolean ranged = event instanceof StepEvent.RangeWalk
                || event instanceof StepEvent.Done d && d.op() == Operation.RANGE;
        output.setVisible(ranged);
        output.setText(ranged ? messages.get("bptree.output", EditCommand.KeysText.of(f.output()),
                String.valueOf(f.output().size())) : "");
        String code = model.codeKeyAt(model.player().getIndex());
        if (code != null && !code.equals(pane.code().codeKey())) {
            pane.code().showCode(messages, code);
            pane.code().highlight(step.line());
        }
        showStats(step);
    }

    private void showStats(Step<?> step) {
        if (step == null) {
            return;
        }
        BptreeFrame f = (BptreeFrame) step.state();
        FrameStats s = FrameStats.of(f);
        stats.setText(messages.get("bptree.stats", s.keys(), s.height(), s.nodes(),
                (int) Math.round(s.fill() * 100), f.order(), zoomPercent()));
    }

    private String zoomPercent() {
        double z = drawing.zoomProperty().get() * 100;
        return z >= 10 ? String.valueOf(Math.round(z))
                : new java.math.BigDecimal(z).round(new java.math.MathContext(2)).toPlainString();
    }

    // ---------------------------------------------------------------- modes

    /** Shows the selector with these modes (B+Tree first); hidden when there is only one. */
    void offerModes(List<String> ids) {
        modeBar.setVisible(ids.size() > 1);
        modeBar.setManaged(ids.size() > 1);
        modeBar.getChildren().removeIf(n -> {
            boolean gone = !ids.contains(String.valueOf(((Toggle) n).getUserData()));
            if (gone) {
                ((Toggle) n).setToggleGroup(null);
            }
            return gone;
        });
        for (String id : ids) {
            if (modeBar.getChildren().stream().noneMatch(n -> id.equals(((Toggle) n).getUserData()))) {
                ToggleButton b = new ToggleButton(messages.has("bptree.mode." + id) ? messages.get("bptree.mode." + id) : id);
                b.setId("bptree-mode-" + id);
                b.setUserData(id);
                b.setToggleGroup(modes);
                modeBar.getChildren().add(b);
            }
        }
    }

    private void selectMode(Toggle was, Toggle now) {
        if (now == null) {
            modes.selectToggle(was); // one mode is always on
            return;
        }
        modeSelected.accept(String.valueOf(now.getUserData()));
    }

    /** Marks {@code id} selected in the selector (when a scene picks the mode). */
    void markMode(String id) {
        for (Toggle t : modes.getToggles()) {
            if (id.equals(t.getUserData()) && !t.isSelected()) {
                modes.selectToggle(t);
            }
        }
    }

    /** Puts {@code node} in the centre: a mode's content ({@code null}: the B+Tree mode). */
    void showContent(Node node) {
        content.getChildren().setAll(node == null ? bptreeMode : node);
    }

    // ---------------------------------------------------------------- actions

    @FXML
    private void insert() {
        model.insert(key.getText());
    }

    @FXML
    private void delete() {
        model.delete(key.getText());
    }

    @FXML
    private void search() {
        model.search(key.getText());
    }

    @FXML
    private void range() {
        model.range(rangeFrom.getText(), rangeTo.getText());
    }

    @FXML
    private void random() {
        model.random(randomCount.getText());
    }

    @FXML
    private void bulkLoad() {
        model.bulkLoad(key.getText());
    }

    @FXML
    private void clear() {
        model.clear();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void redo() {
        model.redo();
    }

    @FXML
    private void zoomIn() {
        drawing.zoomIn();
    }

    @FXML
    private void zoomOut() {
        drawing.zoomOut();
    }

    @FXML
    private void fit() {
        drawing.fit();
    }

    @FXML
    private void follow() {
        drawing.follow();
    }

    Node root() {
        return root;
    }

    Node frame() {
        return frame;
    }

    Label stats() {
        return stats;
    }
}
