package glassbox.database.view;

import glassbox.core.Messages;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A panel whose experiment runs on a table of N rows timed M times (Index vs scan, Index (a, b)):
 * the two size fields of its FXML with their checks, the run button and the error and status lines.
 */
abstract class SizedExperimentPanel extends ExperimentPanel {
    @FXML private Label rowsLabel;
    @FXML private TextField rows;
    @FXML private Label rowsProblem;
    @FXML private Label repeatLabel;
    @FXML private TextField repeat;
    @FXML private Label repeatProblem;
    @FXML private Button run;
    @FXML private Label error;
    @FXML private Label status;
    private CountField rowsCount;
    private CountField repeatCount;

    SizedExperimentPanel(DatabaseViewModel model, Messages messages) {
        super(model, messages);
    }

    /**
     * Once the FXML is loaded: rows between {@code minRows} and {@code maxRows} into {@code rowsValue},
     * repeats into the model's shared count; Enter in either runs {@code start}; the run button is
     * off while {@code experiment} runs, whose error and status lines show under it.
     */
    protected final void bindSize(long minRows, long maxRows, Property<Number> rowsValue, Runnable start,
                                  ExperimentViewModel<?> experiment) {
        rowsCount = count(rows, rowsProblem, minRows, maxRows, rowsValue, start);
        repeatCount = count(repeat, repeatProblem, 1, IndexViewModel.MAX_REPEAT, model.repeatProperty(), start);
        rowsLabel.setLabelFor(rows);
        repeatLabel.setLabelFor(repeat);
        bindLines(error, status, experiment);
        run.disableProperty().bind(experiment.runningProperty());
    }

    /** Takes both sizes; false, with the refused field saying why, when one is out of range. */
    protected final boolean commitSize() {
        return rowsCount.commit() && repeatCount.commit();
    }
}
