package glassbox.threads.view;

import glassbox.core.Messages;
import glassbox.threads.engine.ThreadState;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** What the colours and patterns of the timeline mean; the swatches use the lanes' own style classes. */
final class Legend extends FlowPane {
    private Label blocked;

    Legend(Messages messages) {
        super(14, 4);
        getStyleClass().add("threads-legend");
        setAlignment(Pos.CENTER_LEFT);
        for (ThreadState s : ThreadState.values()) {
            Label l = add(messages.get(s.labelKey()), "swatch-" + s.id(), messages.get("threads.legend.stateTip"));
            if (s == ThreadState.BLOCKED) {
                blocked = l;
            }
        }
        showBlocked(false);
        add(messages.get("threads.legend.handoff"), "swatch-handoff", messages.get("threads.legend.handoff.tip"));
        add(messages.get("threads.legend.drop"), "swatch-drop", messages.get("threads.legend.drop.tip"));
        add(messages.get("threads.legend.cursor"), "swatch-cursor", messages.get("threads.legend.cursor.tip"));
    }

    /** The "blocked on the shared lock" entry shows only while a run has lock bursts. */
    void showBlocked(boolean on) {
        blocked.setVisible(on);
        blocked.setManaged(on);
    }

    private Label add(String text, String swatchClass, String tip) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("swatch", swatchClass);
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend-item");
        l.setTooltip(new Tooltip(tip));
        getChildren().add(l);
        return l;
    }
}
