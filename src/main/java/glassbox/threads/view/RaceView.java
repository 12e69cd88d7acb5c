package glassbox.threads.view;

import glassbox.core.Messages;
import glassbox.threads.engine.RefcountFrame;
import glassbox.threads.engine.RefcountRace;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The refcount race drawn: the object with its {@code ob_refcnt} (struck through once freed), and
 * one lane per thread with its register and its micro-ops in the order they run, one column per
 * micro-op. Micro-ops already run show their values; later ones only their name, so the outcome
 * is not given away before the replay reaches it.
 */
public final class RaceView extends VBox {
    private final Messages messages;
    private final Label object = new Label();
    private final GridPane grid = new GridPane();

    public RaceView(Messages messages) {
        this.messages = messages;
        setId("threads-race");
        getStyleClass().add("race-view");
        object.setId("threads-race-object");
        object.getStyleClass().add("race-object");
        object.setWrapText(true);
        object.setMinHeight(Region.USE_PREF_SIZE);
        grid.getStyleClass().add("race-grid");
        grid.setHgap(4);
        grid.setVgap(6);
        HBox top = new HBox(10, object);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, grid);
        setSpacing(12);
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    /** Draws the race as it stands after {@code f.done()} micro-ops; {@code lit} is the thread just run (-1 none). */
    public void show(RefcountFrame f) {
        RefcountRace.Result r = f.race();
        object.setText(messages.get(f.freed() ? "threads.rc.object.freed" : "threads.rc.object", f.count()));
        object.getStyleClass().remove("freed");
        if (f.freed()) {
            object.getStyleClass().add("freed");
        }
        grid.getChildren().clear();
        int n = r.threads().size();
        // one column per thread (its lane); time runs down, one row per micro-op
        for (int t = 0; t < n; t++) {
            Integer reg = f.reg(t);
            Label head = new Label(r.threads().get(t).name() + "   " + messages.get("threads.rc.reg",
                    reg == null ? "–" : String.valueOf(reg)));
            head.getStyleClass().add("race-thread");
            head.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(head, t + 1, 0);
        }
        List<RefcountRace.Step> steps = r.steps();
        for (int k = 0; k < steps.size(); k++) {
            RefcountRace.Step s = steps.get(k);
            boolean done = k < f.done();
            Label number = new Label(String.valueOf(k + 1));
            number.getStyleClass().add("race-reg");
            grid.add(number, 0, k + 1);
            String text = done ? messages.get(s.op() == glassbox.threads.engine.MicroOp.STORE ? "threads.rc.cell.store"
                    : "threads.rc.cell.done", s.op().id(), s.reg(), s.count()) : s.op().id();
            Label cell = new Label(text);
            cell.setMinWidth(Region.USE_PREF_SIZE);
            cell.setMinHeight(Region.USE_PREF_SIZE);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.getStyleClass().addAll("race-cell", "op-" + s.op().id(), done ? "done" : "todo");
            if (k == f.done() - 1) {
                cell.getStyleClass().add("current");
            }
            if (done && s.event() != null) {
                cell.getStyleClass().add("event-" + s.event().id());
            }
            cell.setTooltip(new Tooltip(messages.get("threads.rc.cell.tip", k + 1, s.thread(), s.refOp().id(), s.op().id())));
            grid.add(cell, s.threadIndex() + 1, k + 1);
        }
    }

    public Label object() {
        return object;
    }
}
