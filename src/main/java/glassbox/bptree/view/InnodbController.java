package glassbox.bptree.view;

import glassbox.bptree.engine.innodb.InnodbQuery;
import glassbox.core.Messages;
import glassbox.player.view.PlayerPane;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** Binds the InnoDB layout to {@link InnodbViewModel}; Enter runs or computes, Esc reverts, both hand focus back. */
public final class InnodbController {
    private final InnodbViewModel model;
    private final Messages messages;

    @FXML StackPane root;
    @FXML FlowPane toolbar;
    @FXML TabPane stage;
    @FXML ChoiceBox<InnodbQuery> query;
    @FXML TextField value;
    @FXML Label valueLabel;
    @FXML Label problem;
    @FXML Label sql;
    @FXML KeyTreeDrawing drawing;
    @FXML Label pagesRead;
    @FXML TextField page;
    @FXML TextField key;
    @FXML TextField pointer;
    @FXML TextField row;
    @FXML TextField overhead;
    @FXML TextField fill;
    @FXML TextField rows;
    @FXML Label mathProblem;
    @FXML Label math;

    public InnodbController(InnodbViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    void initialize() {
        PlayerPane pane = new PlayerPane(model.player(), messages);
        pane.setControls(toolbar);
        pane.setStage(stage, null);
        root.getChildren().add(pane);
        root.getStylesheets().add(InnodbController.class.getResource("/glassbox/bptree/btree.css").toExternalForm());
        query.getItems().setAll(InnodbQuery.values());
        query.setConverter(new StringConverter<>() {
            @Override
            public String toString(InnodbQuery q) {
                if (q == null) {
                    return "";
                }
                return messages.get(switch (q) {
                    case PRIMARY -> "innodb.query.primary";
                    case SECONDARY -> "innodb.query.secondary";
                    case COVERING -> "innodb.query.covering";
                    case MYISAM -> "innodb.query.myisam";
                });
            }

            @Override
            public InnodbQuery fromString(String s) {
                return null;
            }
        });
        query.valueProperty().bindBidirectional(model.queryProperty());
        value.textProperty().bindBidirectional(model.valueProperty());
        valueLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(model.queryProperty().get() != null && model.queryProperty().get().byName()
                        ? "innodb.value.name" : "innodb.value.id"), model.queryProperty()));
        problem.textProperty().bind(model.problemProperty());
        sql.textProperty().bind(model.sqlProperty());
        drawing.pictureProperty(model.pictureProperty());
        pagesRead.textProperty().bind(model.pagesReadProperty());
        pagesRead.visibleProperty().bind(model.outcomeHiddenProperty().not());
        TextField[] knobs = {page, key, pointer, row, overhead, fill, rows};
        for (int i = 0; i < knobs.length; i++) {
            knobs[i].textProperty().bindBidirectional(model.knob(i));
            onKeys(knobs[i], true);
        }
        onKeys(value, false);
        mathProblem.textProperty().bind(model.mathProblemProperty());
        math.textProperty().bind(model.mathTextProperty());
        root.setFocusTraversable(true);
    }

    private void onKeys(TextField f, boolean knob) {
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (knob) {
                    model.compute();
                } else {
                    model.run();
                }
                root.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                model.revert();
                root.requestFocus();
            }
        });
    }

    @FXML
    void run() {
        model.run();
        root.requestFocus();
    }

    @FXML
    void compute() {
        model.compute();
        root.requestFocus();
    }
}
