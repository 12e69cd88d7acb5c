package glassbox.database.view;

import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.core.Messages;
import glassbox.core.Narration;
import glassbox.player.Trace;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Database tab: two live experiments on embedded H2, index vs full scan and locking
 * strategies, switched by a segmented toggle. Each finished run is replayed in the shared player,
 * step by step with narration, next to the experiment's tables and charts.
 */
public final class DatabaseView implements TopicView {
    /** Which experiment is on screen. */
    enum Mode { INDEX, LOCKS }

    private final PlayerViewModel player = new PlayerViewModel();
    private final PlayerPane pane;
    private final IndexViewModel index;
    private final LocksViewModel locks;
    private final IndexPanel indexPanel;
    private final LocksPanel locksPanel;
    private final StackPane stage = new StackPane();
    private final StackPane controls = new StackPane();
    private final ToggleButton indexMode;
    private final ToggleButton locksMode;
    private final Messages m;
    private Trace<?> indexTrace;
    private Trace<?> locksTrace;
    private Mode mode = Mode.INDEX;

    public DatabaseView(ViewContext context) {
        this.m = context.messages();
        Lab lab = Lab.shared();
        BusyFlag busy = new BusyFlag();
        index = new IndexViewModel(context, lab, busy);
        locks = new LocksViewModel(context, lab, busy);
        indexPanel = new IndexPanel(index, m);
        locksPanel = new LocksPanel(locks, m);
        pane = new PlayerPane(player, m);
        pane.getStyleClass().add("database-root");
        ToggleGroup group = new ToggleGroup();
        indexMode = modeButton("database-mode-index", "mdi2m-magnify", "database.mode.index", "database.mode.index.tip", group);
        locksMode = modeButton("database-mode-locks", "mdi2l-lock-outline", "database.mode.locks", "database.mode.locks.tip", group);
        indexMode.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                show(b == indexMode ? Mode.INDEX : Mode.LOCKS);
            }
        });
        HBox modes = new HBox(0, indexMode, locksMode);
        modes.getStyleClass().add("database-modes");
        modes.setMinWidth(Region.USE_PREF_SIZE);
        controls.setMinWidth(0);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox top = new HBox(10, modes, controls);
        top.getStyleClass().add("database-top");
        HBox.setHgrow(controls, Priority.ALWAYS);
        pane.setControls(top);
        pane.setStage(stage, null);
        index.onTrace(t -> {
            indexTrace = t;
            if (mode == Mode.INDEX) {
                player.load(t);
            }
        });
        locks.onTrace(t -> {
            locksTrace = t;
            if (mode == Mode.LOCKS) {
                player.load(t);
            }
        });
        player.addStepListener((step, prev, d) -> {
            if (mode == Mode.INDEX) {
                indexPanel.showStep(step);
            } else {
                locksPanel.showStep(step);
            }
        });
        locksPanel.timeline().setOnPick(i -> player.seek(i + 1));
        show(Mode.INDEX);
    }

    private ToggleButton modeButton(String id, String icon, String textKey, String tipKey, ToggleGroup group) {
        ToggleButton b = new ToggleButton(m.get(textKey), new FontIcon(icon));
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(m.get(tipKey)));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        return b;
    }

    void show(Mode newMode) {
        boolean idx = newMode == Mode.INDEX;
        ToggleButton button = idx ? indexMode : locksMode;
        if (!button.isSelected()) {
            button.setSelected(true); // the toggle listener comes back here
            return;
        }
        mode = newMode;
        controls.getChildren().setAll(idx ? indexPanel.controls() : locksPanel.controls());
        stage.getChildren().setAll(idx ? indexPanel.stage() : locksPanel.stage());
        Trace<?> t = idx ? indexTrace : locksTrace;
        player.load(t != null ? t : Trace.still(idx ? "database.code.index" : "database.code.none", "",
                Narration.of(idx ? "database.narr.introIndex" : "database.narr.introLocks")));
    }

    Mode mode() {
        return mode;
    }

    IndexViewModel indexModel() {
        return index;
    }

    LocksViewModel locksModel() {
        return locks;
    }

    TimelineView timeline() {
        return locksPanel.timeline();
    }

    @Override
    public Node root() {
        return pane;
    }

    @Override
    public PlayerViewModel player() {
        return player;
    }

    @Override
    public Node frame() {
        return stage;
    }

    /** {@code mode}: index or locks. */
    @Override
    public void open(Map<String, String> params) {
        String p = params.get("mode");
        if ("locks".equalsIgnoreCase(p)) {
            show(Mode.LOCKS);
        } else if ("index".equalsIgnoreCase(p)) {
            show(Mode.INDEX);
        }
    }

    /**
     * The demo: a sweep of small tables for the chart, or (system property
     * {@code glassbox.database.demo=locks}) all four strategies, replaying the racy one.
     */
    @Override
    public boolean startDemo() {
        if ("locks".equals(System.getProperty("glassbox.database.demo"))) {
            show(Mode.LOCKS);
            locks.compareAll(glassbox.database.engine.LockStrategy.NONE, 10, 20, 4, 2);
        } else {
            show(Mode.INDEX);
            index.sweep("100,000", 5);
        }
        return true;
    }
}
