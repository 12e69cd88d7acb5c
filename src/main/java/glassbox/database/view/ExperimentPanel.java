package glassbox.database.view;

import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.player.Step;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What both experiment panels share: a wrapping toolbar of labelled fields, a scrollable stage,
 * fields that commit on Enter (then run) and revert on Esc (both hand focus back so the clicker
 * keeps working), and lighting the part of the drawing a replay step talks about.
 */
abstract class ExperimentPanel {
    protected final Messages m;
    protected final DatabaseViewModel model;
    protected final FlowPane controls = new FlowPane(8, 6);
    protected final ScrollPane scroller = new ScrollPane();
    private Step<?> lastStep;

    ExperimentPanel(DatabaseViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        controls.getStyleClass().add("topic-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("database-scroller");
        model.outcomeHiddenProperty().addListener((o, a, b) -> refresh());
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

    /** The experiment's error line (empty while all is well), bound to its view model. */
    protected Label errorLine(String id, ExperimentViewModel<?> experiment) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(experiment.errorProperty());
        return error;
    }

    /** The experiment's status line (done, cancelled), bound to its view model. */
    protected Label statusLine(String id, ExperimentViewModel<?> experiment) {
        Label status = new Label();
        status.setId(id);
        status.getStyleClass().add("database-status");
        status.textProperty().bind(experiment.statusProperty());
        return status;
    }

    /** A number field: Enter commits and runs {@code onEnter}, Esc reverts; both give focus back. */
    protected CountField count(String id, long min, long max, javafx.beans.property.Property<Number> value,
                               String tipKey, Runnable onEnter) {
        CountField f = new CountField(m, id, min, max, value, tipKey);
        f.field().setOnAction(e -> {
            if (f.commit()) {
                onEnter.run();
            }
            giveBackFocus();
        });
        f.field().setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
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

    /** A label, its field and the field's problem, kept together when the toolbar wraps. */
    protected Node pair(String key, CountField f) {
        VBox box = new VBox(2, pair(key, f.field()), f.problem());
        return box;
    }

    protected HBox pair(String key, Node field) {
        HBox box = new HBox(6, label(key, field), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    protected Label label(String key, Node target) {
        Label l = new Label(m.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    protected Button button(String id, String icon, String textKey, String tipKey, Runnable action) {
        Button b = Widgets.iconButton(m, id, icon, textKey, tipKey, action);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Shows {@code n} only when revealed and outcomes are not hidden by the shell. */
    protected void reveal(Node n, boolean reached) {
        boolean on = reached && !model.outcomeHiddenProperty().get();
        n.setVisible(on);
    }

    protected static void mark(Node n, boolean on) {
        if (on && !n.getStyleClass().contains("current")) {
            n.getStyleClass().add("current");
        } else if (!on) {
            n.getStyleClass().remove("current");
        }
    }
}
