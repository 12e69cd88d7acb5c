package glassbox.bptree.view;

import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.bptree.engine.StepEvent;
import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The B+Tree tab: the controls on top, the zoomable tree with its stats strip in the middle, the
 * shared narration, pseudo-code and player around it. Draws whatever step the player shows.
 */
public final class BptreeView implements TopicView {
    private final Messages messages;
    private final PlayerViewModel player = new PlayerViewModel();
    private final BptreeViewModel model;
    private final PlayerPane pane;
    private final TreeDrawing drawing = new TreeDrawing();
    private final StackPane frame;
    private final Label stats = new Label();
    private final Label output = new Label();
    private final Label empty = new Label();
    private final BptreeControls controls;

    public BptreeView(ViewContext context) {
        this(context, new Random());
    }

    BptreeView(ViewContext context, Random random) {
        this.messages = context.messages();
        this.model = new BptreeViewModel(context, player, random);
        this.pane = new PlayerPane(player, messages);
        this.controls = new BptreeControls(model, drawing, messages);
        stats.setId("bptree-stats");
        stats.getStyleClass().add("bp-stats");
        output.setId("bptree-output");
        output.getStyleClass().add("bp-output");
        output.setWrapText(true);
        empty.setId("bptree-empty");
        empty.getStyleClass().add("bp-empty");
        empty.setText(messages.get("bptree.empty"));
        empty.setMouseTransparent(true);
        output.setMouseTransparent(true);

        frame = new StackPane(drawing, empty, output);
        frame.getStyleClass().addAll("topic-canvas", "bp-frame");
        StackPane.setAlignment(output, Pos.TOP_LEFT);
        StackPane.setAlignment(empty, Pos.CENTER);
        javafx.scene.layout.FlowPane strip = new javafx.scene.layout.FlowPane(stats, new Legend(messages));
        strip.getStyleClass().add("bp-strip");
        strip.setHgap(24);
        strip.setMinWidth(0);
        strip.setVgap(2);
        strip.setAlignment(Pos.CENTER_LEFT);
        VBox center = new VBox(frame, strip);
        VBox.setVgrow(frame, Priority.ALWAYS);
        pane.getStyleClass().add("bp-tab");
        pane.setControls(controls);
        pane.setStage(center, null);
        drawing.zoomProperty().addListener((o, a, b) -> showStats(player.getStep()));
        player.addStepListener(this::show);
        preset(System.getProperty("glassbox.bptree.preset"));
    }

    /**
     * A hidden option for screenshots and demos: {@code -Dglassbox.bptree.preset="order=4;keys=1..10;insert=11"}
     * opens that tree, then runs the insert with auto-play off (step with the arrow keys).
     */
    private void preset(String spec) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        Map<String, String> p = new java.util.HashMap<>();
        for (String part : spec.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                p.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        model.open(p);
        model.autoPlayProperty().set(false);
        if (p.containsKey("insert")) {
            model.insert(p.get("insert"));
        } else if (p.containsKey("delete")) {
            model.delete(p.get("delete"));
        } else if (p.containsKey("search")) {
            model.search(p.get("search"));
        } else if (p.containsKey("random")) {
            model.random(p.get("random"));
        } else if (p.containsKey("bulk")) {
            model.bulkLoad(p.get("bulk"));
        } else if (p.containsKey("range")) {
            String[] ab = p.get("range").split("\\.\\.");
            model.range(ab[0], ab.length > 1 ? ab[1] : "");
        }
    }

    private void show(Step<?> step, Step<?> previous, Duration duration) {
        BptreeFrame f = (BptreeFrame) step.state();
        StepEvent event = f.event();
        drawing.show(f, new StepPainter(event, glassbox.player.Step.strings(step.highlights())), duration);
        empty.setVisible(f.forest().isEmpty());
        List<Integer> out = f.output();
        boolean range = event instanceof StepEvent.RangeWalk || event instanceof StepEvent.Done d
                && d.op() == glassbox.bptree.engine.Operation.RANGE;
        output.setVisible(range);
        output.setText(range ? messages.get("bptree.output", EditCommand.KeysText.of(out), String.valueOf(out.size())) : "");
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
        return z >= 10 ? String.valueOf(Math.round(z)) : new java.math.BigDecimal(z).round(new java.math.MathContext(2)).toPlainString();
    }

    // ---------------------------------------------------------------- TopicView

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
        return frame;
    }

    @Override
    public void open(Map<String, String> params) {
        model.open(params);
    }

    @Override
    public boolean startDemo() {
        model.demo(5, 1000);
        return true;
    }

    /** Ctrl+= / Ctrl+− zoom the tree while the pointer is over it; elsewhere they stay font size. */
    @Override
    public boolean handleShortcut(KeyEvent e) {
        if (!drawing.isHover()) {
            return false;
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.EQUALS || c == KeyCode.PLUS || c == KeyCode.ADD) {
            drawing.zoomIn();
            return true;
        }
        if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            drawing.zoomOut();
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- for tests

    BptreeViewModel model() {
        return model;
    }

    TreeDrawing drawing() {
        return drawing;
    }

    Label statsLabel() {
        return stats;
    }
}
