package glassbox.database.view;

import glassbox.core.Messages;
import glassbox.database.engine.BTreeMath;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.IndexFrame;
import glassbox.database.engine.IndexPhase;
import glassbox.database.engine.IndexResult;
import glassbox.database.engine.IndexStats;
import glassbox.database.engine.QueryKind;
import glassbox.database.engine.QueryTiming;
import glassbox.player.Step;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The index experiment's toolbar and drawing, laid out in IndexPanel.fxml: the results table
 * (indexed vs scan, speedup), the B+Tree height and the link to the B+Tree tab, H2's plans, and the
 * log-log chart of time against N ({@link LogLogChart}, placed into its holder). Binds to the
 * {@link IndexViewModel}, delegates the buttons to the view model, and lights the part the current
 * replay step talks about.
 */
final class IndexPanel extends SizedExperimentPanel {
    private final IndexViewModel index;
    private final LogLogChart chart;
    /** Per query: its indexed, scan and speedup cells. */
    private final Map<QueryKind, Label[]> cells = new EnumMap<>(QueryKind.class);
    /** Per query: its whole table row, lit together. */
    private final Map<QueryKind, List<Node>> rowNodes = new EnumMap<>(QueryKind.class);

    @FXML private Button sweep;
    @FXML private Label build;
    @FXML private GridPane results;
    @FXML private Label verdict;
    @FXML private VBox btree;
    @FXML private Label height;
    @FXML private Label innodb;
    @FXML private Label orderLabel;
    @FXML private ComboBox<Integer> order;
    @FXML private StackPane chartHolder;
    @FXML private Label planTitle;
    @FXML private VBox indexedBox;
    @FXML private VBox scanBox;
    @FXML private TextArea indexedPlan;
    @FXML private TextArea scanPlan;

    IndexPanel(DatabaseViewModel model, Messages messages) {
        super(model, messages);
        this.index = model.index();
        this.chart = new LogLogChart(messages, "database.chart.rows", "database.chart.time");
        load("/glassbox/database/IndexPanel.fxml");
        bindSize(IndexExperiment.MIN_ROWS, IndexExperiment.MAX_ROWS, model.rowsProperty(), model::runIndex, index);
        orderLabel.setLabelFor(order);
        sweep.disableProperty().bind(index.runningProperty());
        innodb.managedProperty().bind(innodb.textProperty().isNotEmpty());
        // no empty verdict band between the table and the B+Tree box before the first result
        verdict.managedProperty().bind(verdict.textProperty().isNotEmpty());
        chart.node().setId("database-index-chart");
        chartHolder.getChildren().add(chart.node());
        collectRows();
        order.valueProperty().addListener((o, a, b) -> showHeight(index.getResult()));
        index.resultProperty().addListener((o, a, r) -> showResult(r));
        index.history().addListener((ListChangeListener<IndexResult>) c -> showChart());
        showResult(null);
    }

    /** The table's rows (row r is the r-th QueryKind): the cells to fill and light, the SQL as the name's tooltip. */
    private void collectRows() {
        QueryKind[] kinds = QueryKind.values();
        Label[][] byRow = new Label[kinds.length][4];
        for (Node n : results.getChildren()) {
            int r = GridPane.getRowIndex(n);
            if (r > 0) {
                byRow[r - 1][GridPane.getColumnIndex(n)] = (Label) n;
            }
        }
        for (QueryKind k : kinds) {
            Label[] row = byRow[k.ordinal()];
            row[0].setTooltip(new Tooltip(k.indexedSql()));
            cells.put(k, new Label[] {row[1], row[2], row[3]});
            rowNodes.put(k, List.of(row));
        }
    }

    @FXML
    private void run() {
        if (commitSize()) {
            model.runIndex();
        }
    }

    @FXML
    private void sweep() {
        if (commitSize()) {
            model.sweep();
        }
    }

    @FXML
    private void openBptree() {
        index.openBptree(order.getValue());
    }

    private void showResult(IndexResult r) {
        if (r == null) {
            build.setText(m.get("database.index.empty"));
            verdict.setText("");
            height.setText(m.get("database.btree.before", BTreeMath.H2_FANOUT));
            for (Label[] row : cells.values()) {
                for (Label l : row) {
                    l.setText("—");
                }
            }
            indexedPlan.setText("");
            scanPlan.setText("");
            planTitle.setText(m.get("database.plan.title", m.get(QueryKind.POINT.labelKey())));
            return;
        }
        build.setText(m.get("database.index.build", Units.count(r.rows()), Units.millis(m, r.buildMs()),
                Units.millis(m, r.insertMs()), Units.millis(m, r.indexMs())));
        for (QueryTiming q : r.queries()) {
            Label[] row = cells.get(q.kind());
            row[0].setText(Units.duration(m, q.indexedUs()));
            row[1].setText(Units.duration(m, q.scanUs()));
            row[2].setText(m.get("database.times", Units.trim(q.speedup())));
        }
        double speedup = r.timing(QueryKind.POINT).speedup();
        verdict.setText(m.get(r.claimHolds() ? "database.verdict.holds" : "database.verdict.fails",
                Units.trim(speedup), Units.count(r.rows())));
        verdict.getStyleClass().removeAll("holds", "fails");
        verdict.getStyleClass().add(r.claimHolds() ? "holds" : "fails");
        showHeight(r);
        showPlans(r, QueryKind.POINT);
        IndexStats st = r.stats();
        if (st == null) {
            innodb.setText("");
        } else if (st.problem() != null) {
            innodb.setText(m.get("database.innodb.problem", st.problem()));
        } else {
            innodb.setText(m.get("database.innodb.stats", st.index(), Units.count(st.sizePages()), Units.count(st.leafPages()),
                    Units.count(st.estimatedLeafPages()), st.estimatedHeight(), st.leafEntriesPerPage(),
                    r.server().name() + " " + r.server().version()));
        }
    }

    private void showHeight(IndexResult r) {
        if (r == null) {
            return;
        }
        int h = BTreeMath.height(r.rows(), BTreeMath.H2_FANOUT);
        height.setText(m.get("database.btree.height", BTreeMath.H2_FANOUT, Units.count(r.rows()), h,
                Units.count(BTreeMath.leafPages(r.rows(), BTreeMath.H2_FANOUT)), order.getValue(),
                BTreeMath.height(r.rows(), order.getValue())));
    }

    private void showPlans(IndexResult r, QueryKind kind) {
        QueryTiming q = r.timing(kind);
        planTitle.setText(m.get("database.plan.title", m.get(kind.labelKey())));
        indexedPlan.setText(q.indexedPlan());
        scanPlan.setText(q.scanPlan());
    }

    private void showChart() {
        XYChart.Series<Number, Number> indexed = new XYChart.Series<>();
        indexed.setName(m.get("database.chart.indexed"));
        XYChart.Series<Number, Number> scan = new XYChart.Series<>();
        scan.setName(m.get("database.chart.scan"));
        for (IndexResult r : index.history()) {
            QueryTiming p = r.timing(QueryKind.POINT);
            indexed.getData().add(LogLogChart.point(r.rows(), p.indexedUs()));
            scan.getData().add(LogLogChart.point(r.rows(), p.scanUs()));
        }
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        all.add(indexed);
        all.add(scan);
        chart.show(all);
    }

    /** Lights what the replay step is about; a query's timings appear as the replay reaches them. */
    @Override
    protected void showStep(Step<?> step) {
        if (!(step.state() instanceof IndexFrame f)) {
            return;
        }
        IndexPhase p = f.phase();
        mark(build, p == IndexPhase.ROWS || p == IndexPhase.INDEX);
        mark(btree, p == IndexPhase.HEIGHT);
        mark(verdict, p == IndexPhase.VERDICT);
        for (Map.Entry<QueryKind, List<Node>> e : rowNodes.entrySet()) {
            boolean on = e.getKey() == f.query() && p != IndexPhase.VERDICT || p == IndexPhase.VERDICT && e.getKey() == QueryKind.POINT;
            e.getValue().forEach(n -> mark(n, on));
            Label[] c = cells.get(e.getKey());
            reveal(c[0], reached(f, e.getKey(), IndexPhase.INDEXED));
            reveal(c[1], reached(f, e.getKey(), IndexPhase.SCAN));
            reveal(c[2], reached(f, e.getKey(), IndexPhase.SPEEDUP));
        }
        reveal(verdict, p == IndexPhase.VERDICT);
        reveal(chartHolder, p == IndexPhase.VERDICT);
        if (f.query() != null) {
            showPlans(f.result(), f.query());
        }
        mark(indexedBox, Boolean.TRUE.equals(f.indexedSide()));
        mark(scanBox, Boolean.FALSE.equals(f.indexedSide()));
    }

    /** True when the replay at {@code f} has passed {@code phase} of query {@code q}. */
    private static boolean reached(IndexFrame f, QueryKind q, IndexPhase phase) {
        if (f.phase() == IndexPhase.VERDICT) {
            return true;
        }
        if (f.query() == null) {
            return false;
        }
        return f.query().ordinal() > q.ordinal() || f.query() == q && f.phase().ordinal() >= phase.ordinal();
    }
}
