package glassbox.bptree.view;

import glassbox.bptree.engine.btree.BTree;
import glassbox.bptree.engine.btree.SideBySide.Op;
import glassbox.core.Messages;
import glassbox.player.view.PlayerPane;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** Binds the side-by-side layout to {@link CompareViewModel}; Enter runs, Esc reverts, both hand focus back. */
public final class CompareController {
    private final CompareViewModel model;
    private final Messages messages;
    private PlayerPane pane;

    @FXML StackPane root;
    @FXML FlowPane toolbar;
    @FXML SplitPane stage;
    @FXML ChoiceBox<Integer> order;
    @FXML ChoiceBox<Op> op;
    @FXML CheckBox preemptive;
    @FXML TextField keys;
    @FXML TextField a;
    @FXML TextField b;
    @FXML Label aLabel;
    @FXML Label bLabel;
    @FXML Label problem;
    @FXML Button run;
    @FXML Button notes;
    @FXML KeyTreeDrawing btreeDrawing;
    @FXML KeyTreeDrawing bptreeDrawing;
    @FXML Label btreeTitle;
    @FXML Label bptreeTitle;
    @FXML Label btreeFacts;
    @FXML Label bptreeFacts;

    public CompareController(CompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        pane = new PlayerPane(model.player(), messages);
        pane.setControls(toolbar);
        pane.setStage(stage, null);
        root.getChildren().add(pane);
        root.getStylesheets().add(CompareController.class.getResource("/glassbox/bptree/btree.css").toExternalForm());
        for (int d = 3; d <= 10; d++) {
            order.getItems().add(d);
        }
        op.getItems().setAll(Op.values());
        op.setConverter(new StringConverter<>() {
            @Override
            public String toString(Op o) {
                if (o == null) {
                    return "";
                }
                return messages.get(switch (o) {
                    case SEARCH -> "btree.cmp.op.search";
                    case RANGE -> "btree.cmp.op.range";
                    case INSERT -> "btree.cmp.op.insert";
                    case DELETE -> "btree.cmp.op.delete";
                });
            }

            @Override
            public Op fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(model.orderProperty());
        op.valueProperty().bindBidirectional(model.opProperty());
        preemptive.selectedProperty().bindBidirectional(model.preemptiveProperty());
        // USFCA offers preemptive split only for even orders; at an odd order the box is off and disabled.
        preemptive.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> order.getValue() == null || !BTree.offersPreemptiveSplit(order.getValue()), order.valueProperty()));
        preemptive.setOnAction(e -> runAndReturnFocus()); // a click, not a fill from undo or a scene
        keys.textProperty().bindBidirectional(model.keysTextProperty());
        a.textProperty().bindBidirectional(model.aTextProperty());
        b.textProperty().bindBidirectional(model.bTextProperty());
        problem.textProperty().bind(model.problemProperty());
        var range = op.valueProperty().isEqualTo(Op.RANGE);
        bLabel.visibleProperty().bind(range);
        bLabel.managedProperty().bind(range);
        b.visibleProperty().bind(range);
        b.managedProperty().bind(range);
        aLabel.textProperty().bind(javafx.beans.binding.Bindings.when(range)
                .then(messages.get("btree.cmp.from")).otherwise(messages.get("btree.cmp.key")));
        for (TextField f : new TextField[] {keys, a, b}) {
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    runAndReturnFocus();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    model.revert();
                    root.requestFocus();
                }
            });
        }
        btreeDrawing.pictureProperty(model.btreePictureProperty());
        bptreeDrawing.pictureProperty(model.bptreePictureProperty());
        btreeTitle.textProperty().bind(model.btreeTitleProperty());
        bptreeTitle.textProperty().bind(model.bptreeTitleProperty());
        btreeTitle.getTooltip().textProperty().bind(model.btreeAboutProperty());
        bptreeTitle.getTooltip().textProperty().bind(model.bptreeAboutProperty());
        btreeFacts.textProperty().bind(model.btreeFactsProperty());
        bptreeFacts.textProperty().bind(model.bptreeFactsProperty());
        btreeFacts.visibleProperty().bind(model.outcomeHiddenProperty().not());
        bptreeFacts.visibleProperty().bind(model.outcomeHiddenProperty().not());
        root.setFocusTraversable(true);
    }

    @FXML
    void run() {
        runAndReturnFocus();
    }

    @FXML
    void notes() {
        model.notesExample();
        root.requestFocus();
    }

    private void runAndReturnFocus() {
        model.run();
        root.requestFocus();
    }

    PlayerPane pane() {
        return pane;
    }
}
