package glassbox.database.view;

import glassbox.database.engine.LockFrame;
import glassbox.database.engine.LockParams;
import glassbox.database.engine.LockResult;
import glassbox.database.engine.LockStrategy;
import glassbox.core.Messages;
import glassbox.player.Step;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The locking experiment's toolbar and drawing: the outcome tiles (stock after, orders, oversold,
 * lost updates, retries, rejected, lock wait, elapsed), the per-transaction timeline, and the
 * comparison of the strategies (a time chart and a table of the anomalies).
 */
final class LocksPanel {
    private final LocksViewModel model;
    private final Messages m;
    private final FlowPane controls = new FlowPane(8, 6);
    private final VBox stage = new VBox(8);
    private final ComboBox<LockStrategy> strategy = new ComboBox<>();
    private final Spinner<Integer> stock;
    private final Spinner<Integer> buyers;
    private final Spinner<Integer> threads;
    private final Spinner<Integer> think;
    private final Map<String, Label> tiles = new java.util.LinkedHashMap<>();
    private final TimelineView timeline;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final GridPane compare = new GridPane();
    private final ScrollPane scroller = new ScrollPane(stage);
    private Button compareButton;

    LocksPanel(LocksViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        this.timeline = new TimelineView(messages);
        stock = spinner("database-stock", 0, LockParams.MAX_STOCK, 10, "database.stock.tip");
        buyers = spinner("database-buyers", 1, LockParams.MAX_BUYERS, 20, "database.buyers.tip");
        threads = spinner("database-threads", 1, LockParams.MAX_THREADS, 4, "database.threads.tip");
        think = spinner("database-think", 0, LockParams.MAX_THINK_MS, 2, "database.think.tip");
        buildControls();
        buildStage();
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("database-scroller");
        model.resultProperty().addListener((o, a, r) -> showResult(r));
        model.byStrategy().addListener((MapChangeListener<LockStrategy, LockResult>) c -> showComparison());
        showResult(null);
        showComparison();
    }

    Node controls() {
        return controls;
    }

    /** The drawing, scrollable when the window (or the projector font) leaves it too little room. */
    Node stage() {
        return scroller;
    }

    TimelineView timeline() {
        return timeline;
    }

    private void buildControls() {
        controls.getStyleClass().add("topic-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        strategy.setId("database-strategy");
        strategy.getItems().setAll(LockStrategy.values());
        strategy.setValue(LockStrategy.NONE);
        strategy.setCellFactory(v -> new StrategyCell());
        strategy.setButtonCell(new StrategyCell());
        strategy.setTooltip(new Tooltip(m.get("database.strategy.tip")));
        strategy.valueProperty().addListener((o, a, b) -> model.showStrategy(b));
        Button run = new Button(m.get("database.run.locks"), new FontIcon("mdi2p-play-circle-outline"));
        run.setId("database-run-locks");
        run.getStyleClass().add("accent");
        run.setTooltip(new Tooltip(m.get("database.run.locks.tip")));
        run.setOnAction(e -> model.run(strategy.getValue(), value(stock), value(buyers), value(threads), value(think)));
        Button all = new Button(m.get("database.compare"), new FontIcon("mdi2c-chart-bar"));
        all.setId("database-compare");
        all.setTooltip(new Tooltip(m.get("database.compare.tip")));
        all.setOnAction(e -> model.compareAll(strategy.getValue(), value(stock), value(buyers), value(threads), value(think)));
        run.disableProperty().bind(model.runningProperty());
        all.disableProperty().bind(model.runningProperty());
        for (Button b : List.of(run, all)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label error = new Label();
        error.setId("database-locks-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        strategy.setPrefWidth(190);
        strategy.setMinWidth(Region.USE_PREF_SIZE);
        controls.getChildren().addAll(pair("database.strategy", strategy), pair("database.stock", stock),
                pair("database.buyers", buyers), pair("database.threads", threads), pair("database.think", think),
                run, error);
        compareButton = all;
    }

    private void buildStage() {
        stage.getStyleClass().addAll("database-locks-stage", "topic-canvas");
        HBox tileRow = new HBox(6);
        tileRow.setId("database-tiles");
        String[][] defs = {
            {"stockAfter", "database.tile.stockAfter", "database.tile.stockAfter.tip"},
            {"orders", "database.tile.orders", "database.tile.orders.tip"},
            {"oversold", "database.tile.oversold", "database.tile.oversold.tip"},
            {"lost", "database.tile.lost", "database.tile.lost.tip"},
            {"retries", "database.tile.retries", "database.tile.retries.tip"},
            {"rejected", "database.tile.rejected", "database.tile.rejected.tip"},
            {"wait", "database.tile.wait", "database.tile.wait.tip"},
            {"elapsed", "database.tile.elapsed", "database.tile.elapsed.tip"}};
        for (String[] d : defs) {
            Label value = new Label("—");
            value.setId("database-tile-" + d[0]);
            value.getStyleClass().add("database-tile-value");
            Label caption = new Label(m.get(d[1]));
            caption.getStyleClass().add("database-tile-caption");
            caption.setWrapText(true);
            VBox tile = new VBox(0, value, caption);
            tile.getStyleClass().add("database-tile");
            tile.setAlignment(Pos.CENTER);
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxWidth(Double.MAX_VALUE);
            Tooltip.install(tile, new Tooltip(m.get(d[2])));
            tiles.put(d[0], value);
            tileRow.getChildren().add(tile);
        }
        chart.setId("database-locks-chart");
        chart.setAnimated(false);
        chart.setTitle(m.get("database.chart.locks"));
        chart.getYAxis().setLabel(m.get("database.chart.ms"));
        chart.setLegendVisible(true);
        chart.setPrefWidth(380);
        chart.setMinHeight(180);
        compare.setId("database-compare-table");
        compare.getStyleClass().add("database-table");
        VBox right = new VBox(6, compareButton, chart, compare);
        VBox.setVgrow(chart, Priority.ALWAYS);
        right.setPrefWidth(380);
        right.setMinWidth(340);
        HBox middle = new HBox(8, timelineBox(), right);
        HBox.setHgrow(middle.getChildren().get(0), Priority.ALWAYS);
        VBox.setVgrow(middle, Priority.ALWAYS);
        stage.getChildren().addAll(tileRow, middle);
    }

    private VBox timelineBox() {
        HBox legend = new HBox(10);
        legend.getStyleClass().add("tl-legend");
        String[][] items = {{"tl-read", "database.kind.read"}, {"tl-lock-wait", "database.kind.wait"},
            {"tl-write", "database.kind.write"}, {"tl-commit", "database.kind.commit"}, {"tl-retry", "database.kind.retry"},
            {"tl-reject", "database.kind.reject"}, {"tl-lost", "database.kind.lost"}};
        for (String[] it : items) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("tl-swatch", it[0]);
            Label l = new Label(m.get(it[1]), swatch);
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
        Label title = new Label(m.get("database.timeline.title"));
        title.getStyleClass().add("database-section");
        VBox box = new VBox(4, title, legend, timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        return box;
    }

    private void showResult(LockResult r) {
        timeline.show(r);
        if (r == null) {
            tiles.values().forEach(l -> l.setText("—"));
            return;
        }
        set("stockAfter", String.valueOf(r.stockAfter()), false);
        set("orders", m.get("database.tile.ofStock", r.orders(), r.stockBefore()), r.orders() > r.stockBefore());
        set("oversold", String.valueOf(r.oversold()), r.oversold() > 0);
        set("lost", String.valueOf(r.lostUpdates()), r.lostUpdates() > 0);
        set("retries", String.valueOf(r.retries()), false);
        set("rejected", String.valueOf(r.rejected()), false);
        set("wait", Units.millis(m, r.lockWaitMs()), false);
        set("elapsed", Units.millis(m, r.elapsedMs()), false);
    }

    private void set(String tile, String text, boolean bad) {
        Label l = tiles.get(tile);
        l.setText(text);
        l.getStyleClass().remove("bad");
        if (bad) {
            l.getStyleClass().add("bad");
        }
    }

    private void showComparison() {
        XYChart.Series<String, Number> elapsed = new XYChart.Series<>();
        elapsed.setName(m.get("database.chart.elapsed"));
        XYChart.Series<String, Number> waits = new XYChart.Series<>();
        waits.setName(m.get("database.chart.wait"));
        compare.getChildren().clear();
        String[] heads = {"database.col.strategy", "database.col.orders", "database.col.oversold",
            "database.col.lost", "database.col.retries", "database.col.rejected"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(m.get(heads[c]));
            h.getStyleClass().add("database-head");
            h.setMinWidth(Region.USE_PREF_SIZE);
            compare.add(h, c, 0);
        }
        int row = 1;
        for (LockStrategy s : LockStrategy.values()) {
            String name = m.get(s.shortKey());
            LockResult r = model.byStrategy().get(s);
            if (r != null) {
                elapsed.getData().add(new XYChart.Data<>(name, r.elapsedMs()));
                waits.getData().add(new XYChart.Data<>(name, r.lockWaitMs()));
            }
            compare.add(cell(name, false), 0, row);
            compare.add(cell(r == null ? "—" : String.valueOf(r.orders()), r != null && r.orders() > r.stockBefore()), 1, row);
            compare.add(cell(r == null ? "—" : String.valueOf(r.oversold()), r != null && r.oversold() > 0), 2, row);
            compare.add(cell(r == null ? "—" : String.valueOf(r.lostUpdates()), r != null && r.lostUpdates() > 0), 3, row);
            compare.add(cell(r == null ? "—" : String.valueOf(r.retries()), false), 4, row);
            compare.add(cell(r == null ? "—" : String.valueOf(r.rejected()), false), 5, row);
            row++;
        }
        chart.getData().setAll(List.of(elapsed, waits));
    }

    private static Label cell(String text, boolean bad) {
        Label l = new Label(text);
        l.getStyleClass().add("database-cell");
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (bad) {
            l.getStyleClass().add("bad");
        }
        return l;
    }

    void showStep(Step<?> step) {
        if (step.state() instanceof LockFrame f) {
            timeline.showFrame(f);
        }
    }

    private static int value(Spinner<Integer> s) {
        Integer v = s.getValue();
        return v == null ? 0 : v;
    }

    private Spinner<Integer> spinner(String id, int min, int max, int initial, String tipKey) {
        Spinner<Integer> s = Inputs.spinner(min, max, initial);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(84);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.setTooltip(new Tooltip(m.get(tipKey)));
        return s;
    }

    /** A label and its field, kept together when the toolbar wraps. */
    private HBox pair(String key, Node field) {
        HBox box = new HBox(6, label(key, field), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Label label(String key, Node target) {
        Label l = new Label(m.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Shows a strategy by its bundle name. */
    private final class StrategyCell extends ListCell<LockStrategy> {
        @Override
        protected void updateItem(LockStrategy s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : m.get(s.labelKey()));
        }
    }
}
