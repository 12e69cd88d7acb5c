package glassbox.database.view;

import glassbox.core.Fxml;
import glassbox.core.Messages;
import glassbox.player.Step;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

/**
 * What the experiment panels share. Each panel's layout is one FXML file: its root is the
 * scrollable stage ({@code scroller}) and it defines the wrapping toolbar ({@code controls}); the
 * panel is the controller. Here: fields that commit on Enter (then run) and revert on Esc (both hand
 * focus back so the clicker keeps working), the error and status lines bound to the experiment, and
 * lighting the part of the drawing a replay step talks about.
 */
abstract class ExperimentPanel {
    protected final Messages m;
    protected final DatabaseViewModel model;
    /** The toolbar, from the panel's FXML. */
    @FXML protected FlowPane controls;
    /** The drawing's scroll pane, the root of the panel's FXML. */
    @FXML protected ScrollPane scroller;
    private Step<?> lastStep;

    ExperimentPanel(DatabaseViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        model.outcomeHiddenProperty().addListener((o, a, b) -> refresh());
    }

    /** Loads the panel's layout with this panel as its controller. */
    protected final void load(String resource) {
        Fxml.load(resource, m, this);
    }

    Node controls() {
        return controls;
    }

    /** The drawing, scrollable when the window (or the projector font) leaves it too little room. */
    Node stage() {
        return scroller;
    }

    /** Shows a replay step and remembers it, to show it again when what may be revealed changes. */
    final void show(Step<?> step) {
        lastStep = step;
        showStep(step);
    }

    /** Shows the last replay step again (outcomes hidden or revealed, the replay's end reached). */
    protected final void refresh() {
        if (lastStep != null) {
            showStep(lastStep);
        }
    }

    /** Lights what the replay step is about and reveals the outcomes it has reached. */
    protected abstract void showStep(Step<?> step);

    /** Binds the experiment's error line (empty while all is well) and status line (done, cancelled). */
    protected static void bindLines(Label error, Label status, ExperimentViewModel<?> experiment) {
        error.textProperty().bind(experiment.errorProperty());
        status.textProperty().bind(experiment.statusProperty());
    }

    /** A number field from the FXML: Enter commits and runs {@code onEnter}, Esc reverts; both give focus back. */
    protected CountField count(TextField field, Label problem, long min, long max, Property<Number> value,
                               Runnable onEnter) {
        CountField f = new CountField(m, field, problem, min, max, value);
        field.setOnAction(e -> {
            if (f.commit()) {
                onEnter.run();
            }
            giveBackFocus();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.revert();
                giveBackFocus();
                e.consume();
            }
        });
        return f;
    }

    protected void giveBackFocus() {
        scroller.requestFocus();
    }

    /** Shows {@code n} only when revealed and outcomes are not hidden by the shell. */
    protected void reveal(Node n, boolean reached) {
        boolean on = reached && !model.outcomeHiddenProperty().get();
        n.setVisible(on);
    }

    protected static void mark(Node n, boolean on) {
        glassbox.core.Widgets.styleClass(n, "current", on);
    }
}
