package glassbox.database.view;

import glassbox.database.engine.BTreeMath;
import glassbox.database.engine.IndexExperiment;
import glassbox.database.engine.IndexFrame;
import glassbox.database.engine.IndexPhase;
import glassbox.database.engine.IndexResult;
import glassbox.database.engine.QueryKind;
import glassbox.database.engine.QueryTiming;
import glassbox.core.Messages;
import glassbox.player.Step;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The index experiment's toolbar and drawing: the results table (indexed vs scan, speedup), the
 * B+Tree height and the link to the B+Tree tab, H2's plans, and the log-log chart of time against N.
 * Lights the part the current replay step talks about.
 */
final class IndexPanel extends ExperimentPanel {
    private final IndexViewModel index;
    private final GridPane stage = new GridPane();
    private final ComboBox<Integer> order = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(4, 5, 6, 7));
    private final Label innodb = new Label();
    private final Label build = new Label();
    private final Label verdict = new Label();
    private final Label height = new Label();
    private final VBox btreeBox = new VBox(6);
    private final Map<QueryKind, Label[]> cells = new EnumMap<>(QueryKind.class);
    private final Map<QueryKind, List<Node>> rowNodes = new EnumMap<>(QueryKind.class);
    private final TextArea indexedPlan = plan("database-plan-indexed");
    private final TextArea scanPlan = plan("database-plan-scan");
    private final VBox indexedBox;
    private final VBox scanBox;
    private final Label planTitle = new Label();
    private final LogLogChart chart;

    IndexPanel(DatabaseViewModel model, Messages messages) {
        super(model, messages);
        this.index = model.index();
        this.chart = new LogLogChart(messages, "database.chart.rows", "database.chart.time");
        buildControls();
        indexedBox = planBox("database.plan.indexed", indexedPlan);
        scanBox = planBox("database.plan.scan", scanPlan);
        buildStage();
        scroller.setContent(stage);
        index.resultProperty().addListener((o, a, r) -> showResult(r));
        index.history().addListener((javafx.collections.ListChangeListener<IndexResult>) c -> showChart());
        showResult(null);
    }

    private void buildControls() {
        CountField rows = count("database-rows", IndexExperiment.MIN_ROWS, IndexExperiment.MAX_ROWS, model.rowsProperty(),
                "database.rows.tip", model::runIndex);
        CountField repeat = count("database-repeat", 1, IndexViewModel.MAX_REPEAT, model.repeatProperty(),
                "database.repeat.tip", model::runIndex);
        Button run = button("database-run-index", "mdi2p-play-circle-outline", "database.run.index", "database.run.index.tip",
                () -> {
                    if (rows.commit() && repeat.commit()) {
                        model.runIndex();
                    }
                });
        run.getStyleClass().add("accent");
        Button sweep = button("database-sweep", "mdi2c-chart-line", "database.sweep", "database.sweep.tip", () -> {
            if (rows.commit() && repeat.commit()) {
                model.sweep();
            }
        });
        run.disableProperty().bind(index.runningProperty());
        sweep.disableProperty().bind(index.runningProperty());
        controls.getChildren().addAll(pair("database.rows", rows), pair("database.repeat", repeat), run, sweep,
                errorLine("database-index-error", index), statusLine("database-index-status", index));
    }

    private void buildStage() {
        stage.getStyleClass().addAll("database-index-stage", "topic-canvas");
        stage.setHgap(14);
        stage.setVgap(10);
        ColumnConstraints only = new ColumnConstraints();
        only.setPercentWidth(100);
        stage.getColumnConstraints().add(only);

        build.setId("database-build");
        build.getStyleClass().add("database-build");
        build.setWrapText(true);
        verdict.setId("database-verdict");
        verdict.getStyleClass().add("database-verdict");
        verdict.setWrapText(true);
        for (Label l : List.of(build, verdict, height)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox leftCol = new VBox(8, build, table(), verdict, btreeBox());
        stage.add(leftCol, 0, 0);
        Node chartNode = chart.node();
        chart.node().setId("database-index-chart");
        chart.node().setMinHeight(300);
        chart.node().setPrefHeight(340);
        stage.add(chartNode, 0, 1);
        planTitle.getStyleClass().add("database-section");
        HBox plans = new HBox(10, indexedBox, scanBox);
        HBox.setHgrow(indexedBox, Priority.ALWAYS);
        HBox.setHgrow(scanBox, Priority.ALWAYS);
        VBox planArea = new VBox(4, planTitle, plans);
        VBox.setVgrow(plans, Priority.ALWAYS);
        planArea.setMinHeight(200);
        stage.add(planArea, 0, 2);
    }

    private GridPane table() {
        GridPane t = new GridPane();
        t.setId("database-results");
        t.getStyleClass().add("database-table");
        String[] heads = {"database.col.query", "database.col.indexed", "database.col.scan", "database.col.speedup"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(m.get(heads[c]));
            h.getStyleClass().add("database-head");
            h.setMinWidth(Region.USE_PREF_SIZE);
            h.setMaxWidth(Double.MAX_VALUE);
            if (c == 1 || c == 2) {
                h.setTooltip(new Tooltip(m.get("database.col.median.tip")));
            }
            t.add(h, c, 0);
        }
        int r = 1;
        for (QueryKind k : QueryKind.values()) {
            Label name = new Label(m.get(k.labelKey()));
            name.setTooltip(new Tooltip(k.indexedSql()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label idx = cell("database-indexed-" + k.name().toLowerCase(java.util.Locale.ROOT));
            Label scan = cell("database-scan-" + k.name().toLowerCase(java.util.Locale.ROOT));
            Label speed = cell("database-speedup-" + k.name().toLowerCase(java.util.Locale.ROOT));
            speed.getStyleClass().add("database-speedup");
            List<Node> nodes = List.of(name, idx, scan, speed);
            for (int c = 0; c < 4; c++) {
                Label l = (Label) nodes.get(c);
                l.getStyleClass().add("database-cell");
                l.setMaxWidth(Double.MAX_VALUE);
                t.add(l, c, r);
            }
            cells.put(k, new Label[] {idx, scan, speed});
            rowNodes.put(k, nodes);
            r++;
        }
        return t;
    }

    private VBox btreeBox() {
        btreeBox.setId("database-btree");
        btreeBox.getStyleClass().add("database-box");
        height.setId("database-height");
        height.setWrapText(true);
        order.setId("database-bptree-order");
        order.setValue(5);
        order.setMinWidth(Region.USE_PREF_SIZE);
        order.setTooltip(new Tooltip(m.get("database.bptree.order.tip")));
        Button open = button("database-open-bptree", "mdi2f-file-tree", "database.bptree.open", "database.bptree.open.tip",
                () -> index.openBptree(order.getValue()));
        order.valueProperty().addListener((o, a, b) -> showHeight(index.getResult()));
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 4, label("database.bptree.order", order), order, open);
        row.setAlignment(Pos.CENTER_LEFT);
        innodb.setId("database-innodb-stats");
        innodb.setWrapText(true);
        innodb.managedProperty().bind(innodb.textProperty().isNotEmpty());
        innodb.setMinHeight(Region.USE_PREF_SIZE);
        height.setMinHeight(Region.USE_PREF_SIZE);
        btreeBox.getChildren().addAll(height, innodb, row);
        return btreeBox;
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
        glassbox.database.engine.IndexStats st = r.stats();
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
        mark(btreeBox, p == IndexPhase.HEIGHT);
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
        reveal(chart.node(), p == IndexPhase.VERDICT);
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

    private VBox planBox(String titleKey, TextArea area) {
        Label t = new Label(m.get(titleKey));
        t.getStyleClass().add("database-plan-title");
        VBox box = new VBox(2, t, area);
        box.getStyleClass().add("database-plan");
        VBox.setVgrow(area, Priority.ALWAYS);
        box.setMinWidth(0);
        return box;
    }

    private static TextArea plan(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(false);
        a.getStyleClass().add("database-plan-text");
        a.setPrefRowCount(6);
        a.setMinHeight(60);
        return a;
    }

    private static Label cell(String id) {
        Label l = new Label("—");
        l.setId(id);
        return l;
    }
}
