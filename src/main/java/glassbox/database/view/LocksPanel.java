package glassbox.database.view;

import glassbox.core.Fxml;
import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.database.engine.LockFrame;
import glassbox.database.engine.LockParams;
import glassbox.database.engine.LockResult;
import glassbox.database.engine.LockStrategy;
import glassbox.database.engine.LockView;
import glassbox.player.Step;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The locking experiment's toolbar and drawing, laid out in LocksPanel.fxml: the outcome tiles
 * (stock after, orders, oversold, lost updates, retries, rejected, lock wait, elapsed; each from
 * LocksTile.fxml), the per-transaction timeline ({@link TimelineView}, placed into its holder), and
 * the comparison of the strategies (a time chart and a table of the anomalies). Binds to the
 * {@link LocksViewModel}, delegates the buttons to the view model, and reveals what the replay has reached.
 */
final class LocksPanel extends ExperimentPanel {
    /** The outcome tiles, in their order: the id's suffix, the caption and the tooltip. */
    enum Tile {
        STOCK_AFTER("stockAfter", "database.tile.stockAfter", "database.tile.stockAfter.tip"),
        ORDERS("orders", "database.tile.orders", "database.tile.orders.tip"),
        OVERSOLD("oversold", "database.tile.oversold", "database.tile.oversold.tip"),
        LOST("lost", "database.tile.lost", "database.tile.lost.tip"),
        RETRIES("retries", "database.tile.retries", "database.tile.retries.tip"),
        REJECTED("rejected", "database.tile.rejected", "database.tile.rejected.tip"),
        WAIT("wait", "database.tile.wait", "database.tile.wait.tip"),
        ELAPSED("elapsed", "database.tile.elapsed", "database.tile.elapsed.tip");

        final String id;
        final String captionKey;
        final String tipKey;

        Tile(String id, String captionKey, String tipKey) {
            this.id = id;
            this.captionKey = captionKey;
            this.tipKey = tipKey;
        }
    }

    /** One tile, bound from LocksTile.fxml. */
    static final class TileView {
        @FXML VBox root;
        @FXML Label value;
        @FXML Label caption;
    }

    private final LocksViewModel locks;
    private final TimelineView timeline;
    private final Map<Tile, Label> tileValues = new EnumMap<>(Tile.class);
    /** Per strategy: its comparison table cells (orders, oversold, lost, retries, rejected). */
    private final Map<LockStrategy, Label[]> compareCells = new EnumMap<>(LockStrategy.class);
    private final CountField stockCount;
    private final CountField buyersCount;
    private final CountField threadsCount;
    private final CountField thinkCount;

    @FXML private Label strategyLabel;
    @FXML private ComboBox<LockStrategy> strategy;
    @FXML private Label stockLabel;
    @FXML private TextField stock;
    @FXML private Label stockProblem;
    @FXML private Label buyersLabel;
    @FXML private TextField buyers;
    @FXML private Label buyersProblem;
    @FXML private Label threadsLabel;
    @FXML private TextField threads;
    @FXML private Label threadsProblem;
    @FXML private Label thinkLabel;
    @FXML private TextField think;
    @FXML private Label thinkProblem;
    @FXML private Button run;
    @FXML private Button compareAll;
    @FXML private Label error;
    @FXML private FlowPane tiles;
    @FXML private Label lockNow;
    @FXML private StackPane timelineHolder;
    @FXML private Label negative;
    @FXML private VBox compareBox;
    @FXML private BarChart<String, Number> chart;
    @FXML private GridPane compare;

    LocksPanel(DatabaseViewModel model, Messages messages) {
        super(model, messages);
        this.locks = model.locks();
        this.timeline = new TimelineView(messages);
        load("/glassbox/database/LocksPanel.fxml");
        stockCount = count(stock, stockProblem, 0, LockParams.MAX_STOCK, model.stockProperty(), model::runLocks);
        buyersCount = count(buyers, buyersProblem, 1, LockParams.MAX_BUYERS, model.buyersProperty(), model::runLocks);
        threadsCount = count(threads, threadsProblem, 1, LockParams.MAX_THREADS, model.threadsProperty(), model::runLocks);
        thinkCount = count(think, thinkProblem, 0, LockParams.MAX_THINK_MS, model.thinkProperty(), model::runLocks);
        strategyLabel.setLabelFor(strategy);
        stockLabel.setLabelFor(stock);
        buyersLabel.setLabelFor(buyers);
        threadsLabel.setLabelFor(threads);
        thinkLabel.setLabelFor(think);
        bindStrategy();
        run.disableProperty().bind(locks.runningProperty());
        compareAll.disableProperty().bind(locks.runningProperty());
        error.textProperty().bind(locks.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        lockNow.managedProperty().bind(lockNow.textProperty().isNotEmpty());
        negative.managedProperty().bind(negative.textProperty().isNotEmpty());
        for (Tile t : Tile.values()) {
            TileView v = new TileView();
            v.root = (VBox) Fxml.load("/glassbox/database/LocksTile.fxml", messages, v);
            v.value.setId("database-tile-" + t.id);
            v.caption.setText(m.get(t.captionKey));
            Tooltip.install(v.root, Widgets.tooltip(m, t.tipKey));
            tileValues.put(t, v.value);
            tiles.getChildren().add(v.root);
        }
        timelineHolder.getChildren().add(timeline);
        collectCompareCells();
        locks.resultProperty().addListener((o, a, r) -> showResult(r));
        locks.byStrategy().addListener((MapChangeListener<LockStrategy, LockResult>) c -> showComparison());
        model.atEndProperty().addListener((o, a, b) -> refresh());
        showResult(null);
        showComparison();
    }

    private void bindStrategy() {
        strategy.getItems().setAll(LockStrategy.values());
        strategy.setCellFactory(v -> new StrategyCell());
        strategy.setButtonCell(new StrategyCell());
        strategy.valueProperty().bindBidirectional(model.strategyProperty());
        strategy.valueProperty().addListener((o, a, b) -> locks.showStrategy(b));
    }

    /** The comparison table's rows (row r is the r-th LockStrategy): the cells after the name. */
    private void collectCompareCells() {
        LockStrategy[] all = LockStrategy.values();
        Label[][] byRow = new Label[all.length][5];
        for (Node n : compare.getChildren()) {
            int r = GridPane.getRowIndex(n);
            int c = GridPane.getColumnIndex(n);
            if (r > 0 && c > 0) {
                byRow[r - 1][c - 1] = (Label) n;
            }
        }
        for (LockStrategy s : all) {
            compareCells.put(s, byRow[s.ordinal()]);
        }
    }

    private boolean allValid() {
        return stockCount.commit() & buyersCount.commit() & threadsCount.commit() & thinkCount.commit();
    }

    TimelineView timeline() {
        return timeline;
    }

    @FXML
    private void run() {
        if (allValid()) {
            model.runLocks();
        }
    }

    @FXML
    private void compareAll() {
        if (allValid()) {
            model.compareAll();
        }
    }

    private void showResult(LockResult r) {
        timeline.show(r);
        tileValues.values().forEach(l -> l.setText("—"));
        lockNow.setText("");
        negative.setText("");
    }

    /** The tiles as the replay has counted so far; lock wait and elapsed time only at the end. */
    private void showTallies(LockResult r, LockFrame f, boolean end) {
        set(Tile.STOCK_AFTER, String.valueOf(end ? r.stockAfter() : f.committedStock()), false);
        set(Tile.ORDERS, m.get("database.tile.ofStock", f.orders(), r.stockBefore()), f.orders() > r.stockBefore());
        int oversold = Math.max(0, f.orders() - r.stockBefore());
        set(Tile.OVERSOLD, String.valueOf(oversold), oversold > 0);
        set(Tile.LOST, String.valueOf(f.lostUpdates()), f.lostUpdates() > 0);
        set(Tile.RETRIES, String.valueOf(f.retries()), false);
        set(Tile.REJECTED, String.valueOf(f.rejected()), false);
        set(Tile.WAIT, end ? Units.millis(m, r.lockWaitMs()) : "…", false);
        set(Tile.ELAPSED, end ? Units.millis(m, r.elapsedMs()) : "…", false);
        if (!r.lockViews().isEmpty()) {
            LockView v = r.lockViewAt(f.atUs());
            lockNow.setText(v == null ? m.get("database.locks.none")
                    : m.get("database.locks.now", v.holding().isEmpty() ? "—" : join(v.holding()),
                            v.waiting().isEmpty() ? "—" : join(v.waiting()), r.server().name()));
        }
        negative.setText(end && r.negativeStock() != null ? m.get("database.negative", r.negativeStock()) : "");
    }

    private static String join(List<Integer> buyers) {
        return buyers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void set(Tile tile, String text, boolean bad) {
        setBad(tileValues.get(tile), text, bad);
    }

    private static void setBad(Label l, String text, boolean bad) {
        l.setText(text);
        l.getStyleClass().remove("bad");
        if (bad) {
            l.getStyleClass().add("bad");
        }
    }

    /** The chart of times and the table of anomalies for the strategies run so far ("—" for the others). */
    private void showComparison() {
        XYChart.Series<String, Number> elapsed = new XYChart.Series<>();
        elapsed.setName(m.get("database.chart.elapsed"));
        XYChart.Series<String, Number> waits = new XYChart.Series<>();
        waits.setName(m.get("database.chart.wait"));
        for (LockStrategy s : LockStrategy.values()) {
            String name = m.get(s.shortKey());
            LockResult r = locks.byStrategy().get(s);
            if (r != null) {
                elapsed.getData().add(new XYChart.Data<>(name, r.elapsedMs()));
                waits.getData().add(new XYChart.Data<>(name, r.lockWaitMs()));
            }
            Label[] c = compareCells.get(s);
            setBad(c[0], r == null ? "—" : String.valueOf(r.orders()), r != null && r.orders() > r.stockBefore());
            setBad(c[1], r == null ? "—" : String.valueOf(r.oversold()), r != null && r.oversold() > 0);
            setBad(c[2], r == null ? "—" : String.valueOf(r.lostUpdates()), r != null && r.lostUpdates() > 0);
            setBad(c[3], r == null ? "—" : String.valueOf(r.retries()), false);
            setBad(c[4], r == null ? "—" : String.valueOf(r.rejected()), false);
        }
        chart.getData().setAll(List.of(elapsed, waits));
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
        tiles.setVisible(!hidden);
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
