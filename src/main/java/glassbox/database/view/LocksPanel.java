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
final class LocksPanel extends ExperimentPanel {
    private final LocksViewModel locks;
    private final VBox stage = new VBox(8);
    private final ComboBox<LockStrategy> strategy = new ComboBox<>();
    private final CountField stock;
    private final CountField buyers;
    private final CountField threads;
    private final CountField think;
    private final Map<String, Label> tiles = new java.util.LinkedHashMap<>();
    private final Label lockNow = new Label();
    private final Label negative = new Label();
    private VBox compareBox;
    private final TimelineView timeline;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final GridPane compare = new GridPane();

    LocksPanel(DatabaseViewModel model, Messages messages) {
        super(model, messages);
        this.locks = model.locks();
        this.timeline = new TimelineView(messages);
        stock = count("database-stock", 0, LockParams.MAX_STOCK, model.stockProperty(), "database.stock.tip", model::runLocks);
        buyers = count("database-buyers", 1, LockParams.MAX_BUYERS, model.buyersProperty(), "database.buyers.tip", model::runLocks);
        threads = count("database-threads", 1, LockParams.MAX_THREADS, model.threadsProperty(), "database.threads.tip", model::runLocks);
        think = count("database-think", 0, LockParams.MAX_THINK_MS, model.thinkProperty(), "database.think.tip", model::runLocks);
        buildControls();
        buildStage();
        scroller.setContent(stage);
        locks.resultProperty().addListener((o, a, r) -> showResult(r));
        locks.byStrategy().addListener((MapChangeListener<LockStrategy, LockResult>) c -> showComparison());
        model.atEndProperty().addListener((o, a, b) -> refresh());
        showResult(null);
        showComparison();
    }

    private boolean allValid() {
        return stock.commit() & buyers.commit() & threads.commit() & think.commit();
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
        strategy.valueProperty().bindBidirectional(model.strategyProperty());
        strategy.valueProperty().addListener((o, a, b) -> locks.showStrategy(b));
        Button run = button("database-run-locks", "mdi2p-play-circle-outline", "database.run.locks", "database.run.locks.tip", () -> {
            if (allValid()) {
                model.runLocks();
            }
        });
        run.getStyleClass().add("accent");
        Button all = button("database-compare", "mdi2c-chart-bar", "database.compare", "database.compare.tip", () -> {
            if (allValid()) {
                model.compareAll();
            }
        });
        run.disableProperty().bind(locks.runningProperty());
        all.disableProperty().bind(locks.runningProperty());
        for (Button b : List.of(run, all)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label error = errorLine("database-locks-error", locks);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        strategy.setPrefWidth(190);
        strategy.setMinWidth(Region.USE_PREF_SIZE);
        controls.getChildren().addAll(pair("database.strategy", strategy), pair("database.stock", stock),
                pair("database.buyers", buyers), pair("database.threads", threads), pair("database.think", think),
                run, all, error);
    }

    private void buildStage() {
        stage.getStyleClass().addAll("database-locks-stage", "topic-canvas");
        FlowPane tileRow = new FlowPane(6, 6);
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
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label caption = new Label(m.get(d[1]));
            caption.getStyleClass().add("database-tile-caption");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            VBox tile = new VBox(0, value, caption);
            tile.getStyleClass().add("database-tile");
            tile.setAlignment(Pos.CENTER);
            tile.setMinWidth(118);
            Tooltip.install(tile, new Tooltip(m.get(d[2])));
            tiles.put(d[0], value);
            tileRow.getChildren().add(tile);
        }
        chart.setId("database-locks-chart");
        chart.setAnimated(false);
        chart.setTitle(m.get("database.chart.locks"));
        chart.getYAxis().setLabel(m.get("database.chart.ms"));
        ((CategoryAxis) chart.getXAxis()).setTickLabelRotation(0);
        chart.setLegendVisible(true);
        chart.setMinHeight(280);
        chart.setPrefHeight(320);
        chart.setMinWidth(360);
        chart.setPrefWidth(440);
        compare.setId("database-compare-table");
        compare.getStyleClass().add("database-table");
        compare.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(m.get("database.compare.title"));
        title.getStyleClass().add("database-section");
        FlowPane both = new FlowPane(12, 8, chart, compare);
        compareBox = new VBox(6, title, both);
        compareBox.setId("database-compare-box");
        lockNow.setId("database-lock-now");
        lockNow.getStyleClass().add("database-lock-now");
        lockNow.setWrapText(true);
        lockNow.managedProperty().bind(lockNow.textProperty().isNotEmpty());
        lockNow.setMinHeight(Region.USE_PREF_SIZE);
        negative.setId("database-negative-stock");
        negative.setWrapText(true);
        negative.managedProperty().bind(negative.textProperty().isNotEmpty());
        negative.setMinHeight(Region.USE_PREF_SIZE);
        VBox tl = timelineBox();
        tl.setMinHeight(240);
        tl.setPrefHeight(320);
        stage.getChildren().addAll(tileRow, lockNow, tl, negative, compareBox);
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
        tiles.values().forEach(l -> l.setText("—"));
        lockNow.setText("");
        negative.setText("");
    }

    /** The tiles as the replay has counted so far; lock wait and elapsed time only at the end. */
    private void showTallies(LockResult r, LockFrame f, boolean end) {
        set("stockAfter", String.valueOf(end ? r.stockAfter() : f.committedStock()), false);
        set("orders", m.get("database.tile.ofStock", f.orders(), r.stockBefore()), f.orders() > r.stockBefore());
        int oversold = Math.max(0, f.orders() - r.stockBefore());
        set("oversold", String.valueOf(oversold), oversold > 0);
        set("lost", String.valueOf(f.lostUpdates()), f.lostUpdates() > 0);
        set("retries", String.valueOf(f.retries()), false);
        set("rejected", String.valueOf(f.rejected()), false);
        set("wait", end ? Units.millis(m, r.lockWaitMs()) : "…", false);
        set("elapsed", end ? Units.millis(m, r.elapsedMs()) : "…", false);
        if (!r.lockViews().isEmpty()) {
            glassbox.database.engine.LockView v = r.lockViewAt(f.atUs());
            lockNow.setText(v == null ? m.get("database.locks.none")
                    : m.get("database.locks.now", v.holding().isEmpty() ? "—" : join(v.holding()),
                            v.waiting().isEmpty() ? "—" : join(v.waiting()), r.server().name()));
        }
        negative.setText(end && r.negativeStock() != null ? m.get("database.negative", r.negativeStock()) : "");
    }

    private static String join(List<Integer> buyers) {
        return buyers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
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
            LockResult r = locks.byStrategy().get(s);
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

    @Override
    protected void showStep(Step<?> step) {
        if (!(step.state() instanceof LockFrame f)) {
            return;
        }
        timeline.showFrame(f);
        LockResult r = locks.getResult();
        boolean end = model.atEndProperty().get();
        if (r != null) {
            showTallies(r, f, end);
        }
        boolean hidden = model.outcomeHiddenProperty().get();
        stage.getChildren().get(0).setVisible(!hidden);
        timeline.setVisible(!hidden);
        reveal(compareBox, end && !locks.byStrategy().isEmpty());
        reveal(negative, end);
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
