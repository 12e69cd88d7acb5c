package glassbox.bptree.view;

import glassbox.core.Messages;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tab's toolbar: order, the key field with Insert / Delete / Search, a range scan, random keys,
 * bulk load, clear, undo/redo, auto-play, zoom. Every control is labelled and tooltipped; each one
 * just calls a command of {@link BptreeViewModel} or {@link TreeDrawing}.
 */
final class BptreeControls extends FlowPane {
    private final Messages m;
    private final BptreeViewModel model;
    private final TextField key;

    BptreeControls(BptreeViewModel model, TreeDrawing drawing, Messages messages) {
        this.m = messages;
        this.model = model;
        getStyleClass().addAll("topic-controls", "bp-controls");
        setHgap(8);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        key = field("bptree-key", "bptree.key.prompt", "bptree.key.tip", 12);
        key.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.insert(key.getText());
                e.consume();
            }
        });
        Button insert = button("bptree-insert", "mdi2p-plus-circle-outline", "bptree.insert", "bptree.insert.tip",
                () -> model.insert(key.getText()));
        insert.getStyleClass().add("accent");
        Button delete = button("bptree-delete", "mdi2m-minus-circle-outline", "bptree.delete", "bptree.delete.tip",
                () -> model.delete(key.getText()));
        Button search = button("bptree-search", "mdi2m-magnify", "bptree.search", "bptree.search.tip",
                () -> model.search(key.getText()));
        Button bulk = button("bptree-bulk", "mdi2l-layers-triple-outline", "bptree.bulk", "bptree.bulk.tip",
                () -> model.bulkLoad(key.getText()));
        Button clear = button("bptree-clear", "mdi2d-delete-sweep-outline", "bptree.clear", "bptree.clear.tip", model::clear);
        for (Node n : new Node[] {insert, delete, search, bulk, clear}) {
            n.disableProperty().bind(model.busyProperty());
        }
        getChildren().addAll(orderControl(), sep(), key, insert, delete, search, sep(), rangeControl(), sep(),
                randomControl(), bulk, clear, sep());
        getChildren().addAll(historyButtons());
        getChildren().add(sep());
        getChildren().addAll(viewControls(drawing));
        getChildren().add(errorLabel());
    }

    private Label orderControl() {
        Spinner<Integer> order = new Spinner<>();
        order.setId("bptree-order");
        order.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                BptreeViewModel.MIN_ORDER, BptreeViewModel.MAX_ORDER, model.getOrder()));
        order.setPrefWidth(80);
        order.setTooltip(new Tooltip(m.get("bptree.order.tip")));
        order.valueProperty().addListener((o, a, b) -> model.setOrder(b));
        model.orderProperty().addListener((o, a, b) -> order.getValueFactory().setValue(b.intValue()));
        order.disableProperty().bind(model.busyProperty());
        Label label = new Label(m.get("bptree.order"), order);
        label.setContentDisplay(ContentDisplay.RIGHT);
        label.setLabelFor(order);
        return label;
    }

    private HBox rangeControl() {
        TextField from = field("bptree-range-from", "bptree.range.from", "bptree.range.fromTip", 4);
        TextField to = field("bptree-range-to", "bptree.range.to", "bptree.range.toTip", 4);
        Button range = button("bptree-range", "mdi2a-arrow-expand-horizontal", "bptree.range", "bptree.range.tip",
                () -> model.range(from.getText(), to.getText()));
        range.disableProperty().bind(model.busyProperty());
        HBox box = new HBox(4, from, new Label(".."), to, range);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox randomControl() {
        TextField count = field("bptree-random-n", "bptree.random.prompt", "bptree.random.tip", 5);
        count.setText("10");
        Button random = button("bptree-random", "mdi2d-dice-multiple-outline", "bptree.random", "bptree.random.tip",
                () -> model.random(count.getText()));
        random.disableProperty().bind(model.busyProperty());
        HBox box = new HBox(4, count, random);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node[] historyButtons() {
        Button undo = button("bptree-undo", "mdi2u-undo", "bptree.undo", "bptree.undo.tip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        Button redo = button("bptree-redo", "mdi2r-redo", "bptree.redo", "bptree.redo.tip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not().or(model.busyProperty()));
        return new Node[] {undo, redo};
    }

    /** Auto-play, zoom in/out, and the two view modes (fit the whole tree, follow the action). */
    private Node[] viewControls(TreeDrawing drawing) {
        CheckBox auto = new CheckBox(m.get("bptree.autoplay"));
        auto.setId("bptree-autoplay");
        auto.setTooltip(new Tooltip(m.get("bptree.autoplay.tip")));
        auto.selectedProperty().bindBidirectional(model.autoPlayProperty());
        Button zoomIn = iconButton("bptree-zoom-in", "mdi2m-magnify-plus-outline", "bptree.zoomIn.tip", drawing::zoomIn);
        Button zoomOut = iconButton("bptree-zoom-out", "mdi2m-magnify-minus-outline", "bptree.zoomOut.tip", drawing::zoomOut);
        Button fit = iconButton("bptree-fit", "mdi2f-fit-to-page-outline", "bptree.fit.tip", drawing::fit);
        Button follow = iconButton("bptree-follow", "mdi2c-crosshairs-gps", "bptree.follow.tip", drawing::follow);
        drawing.modeProperty().addListener((o, a, b) -> {
            fit.getStyleClass().remove("bp-on");
            follow.getStyleClass().remove("bp-on");
            if (b == TreeDrawing.Mode.FIT) {
                fit.getStyleClass().add("bp-on");
            } else if (b == TreeDrawing.Mode.FOLLOW) {
                follow.getStyleClass().add("bp-on");
            }
        });
        follow.getStyleClass().add("bp-on");
        return new Node[] {auto, zoomIn, zoomOut, fit, follow};
    }

    private Label errorLabel() {
        Label error = new Label();
        error.setId("bptree-error");
        error.getStyleClass().addAll("error-text", "bp-error");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        error.setMaxWidth(520);
        return error;
    }

    private TextField field(String id, String promptKey, String tipKey, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(m.get(promptKey));
        f.setTooltip(new Tooltip(m.get(tipKey)));
        f.setPrefColumnCount(columns);
        return f;
    }

    private Button button(String id, String icon, String textKey, String tipKey, Runnable action) {
        Button b = new Button(m.get(textKey), new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(m.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Button iconButton(String id, String icon, String tipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(m.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Separator sep() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.getStyleClass().add("bp-sep");
        return s;
    }
}
