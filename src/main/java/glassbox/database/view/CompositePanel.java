package glassbox.database.view;

import glassbox.core.Fxml;
import glassbox.core.Messages;
import glassbox.database.engine.CompositeExperiment;
import glassbox.database.engine.CompositeExperiment.Query;
import glassbox.database.engine.CompositeFrame;
import glassbox.database.engine.CompositeResult;
import glassbox.database.engine.CompositeTrace;
import glassbox.database.engine.DbHighlight;
import glassbox.player.Step;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The composite-index experiment: its toolbar (rows, repeats, Build &amp; measure) and its drawing,
 * both from CompositePanel.fxml — one card per query (CompositeCard.fxml), the leftmost-prefix and
 * covering verdicts, and the full EXPLAIN of the query the replay is at. Only binds and lights.
 */
final class CompositePanel extends SizedExperimentPanel {
    private final CompositeViewModel composite;
    private final Map<Query, Card> cardOf = new EnumMap<>(Query.class);


    @FXML private Label build;
    @FXML private GridPane cards;
    @FXML private VBox verdicts;
    @FXML private Label prefix;
    @FXML private Label covering;
    @FXML private Label planners;
    @FXML private Label planTitle;
    @FXML private TextArea plan;

    /** How a plan reaches the rows, as a card says it. */
    private enum Access {
        SEEK("database.composite.access.seek", "seek"),
        INDEX_ONLY("database.composite.access.indexOnly", "indexOnly"),
        SCAN("database.composite.access.scan", "scan");

        final String key;
        final String styleClass;

        Access(String key, String styleClass) {
            this.key = key;
            this.styleClass = styleClass;
        }
    }

    /** One query's card. */
    static final class Card {
        @FXML VBox root;
        @FXML Label title;
        @FXML Label sql;
        @FXML Label access;
        @FXML Label median;
        @FXML Label gist;
    }

    CompositePanel(DatabaseViewModel model, Messages messages) {
        super(model, messages);
        this.composite = model.composite();
        load("/glassbox/database/CompositePanel.fxml");
        bindSize(CompositeExperiment.A_VALUES, CompositeExperiment.MAX_ROWS, model.compositeRowsProperty(),
                model::runComposite, composite);
        for (Query q : Query.values()) {
            Card c = new Card();
            c.root = (VBox) Fxml.load("/glassbox/database/CompositeCard.fxml", messages, c);
            c.root.setId("database-composite-" + q.name().toLowerCase(Locale.ROOT));
            c.title.setText(m.get(q.labelKey()));
            c.sql.setText(q.sql());
            cards.add(c.root, q.ordinal() % 2, q.ordinal() / 2);
            cardOf.put(q, c);
        }
        composite.resultProperty().addListener((o, a, r) -> showResult(r));
        showResult(null);
    }

    @FXML
    private void run() {
        if (commitSize()) {
            model.runComposite();
        }
    }

    private void showResult(CompositeResult r) {
        if (r == null) {
            build.setText(m.get("database.composite.empty"));
            for (Card c : cardOf.values()) {
                c.access.setText("—");
                c.median.setText("");
                c.gist.setText("");
            }
            prefix.setText("");
            covering.setText("");
            planners.setText("");
            verdicts.setVisible(false);
            showPlan(null, Query.BY_A);
            return;
        }
        build.setText(m.get("database.composite.build", Units.count(r.rows()), CompositeTrace.engine(r),
                Units.millis(m, r.insertMs()), Units.millis(m, r.indexMs())));
        for (CompositeExperiment.Timing t : r.timings()) {
            Card c = cardOf.get(t.query());
            Access how = !t.usesIndex() ? Access.SCAN : t.planSaysIndexOnly() ? Access.INDEX_ONLY : Access.SEEK;
            c.access.setText(m.get(how.key));
            for (Access a : Access.values()) {
                c.access.getStyleClass().remove(a.styleClass);
            }
            c.access.getStyleClass().add(how.styleClass);
            c.median.setText(m.get("database.composite.median", Units.duration(m, t.medianUs()), Units.count(t.rowsPerQuery())));
            c.gist.setText(t.gist());
        }
        prefix.setText(m.get("database.composite.prefix", Units.trim(r.prefixRatio())));
        covering.setText(m.get("database.composite.coveringRatio", Units.trim(r.coveringRatio())));
        planners.setText(m.format(CompositeTrace.planners(r)));
        showPlan(r, Query.BY_A);
    }

    private void showPlan(CompositeResult r, Query q) {
        planTitle.setText(m.get("database.composite.plan") + ": " + q.sql());
        plan.setText(r == null ? "" : r.timing(q).plan());
    }

    /** Lights the card the step is about; times and verdicts appear as the replay reaches them. */
    @Override
    protected void showStep(Step<?> step) {
        if (!(step.state() instanceof CompositeFrame f)) {
            return;
        }
        mark(build, f.phase() == CompositeFrame.Phase.ROWS || f.phase() == CompositeFrame.Phase.INDEX);
        for (Map.Entry<Query, Card> e : cardOf.entrySet()) {
            Card c = e.getValue();
            mark(c.root, step.highlights().contains(new DbHighlight.Pair(e.getKey())));
            boolean reached = f.reached(e.getKey());
            reveal(c.access, reached);
            reveal(c.median, reached);
            reveal(c.gist, reached);
        }
        reveal(prefix, f.phase().ordinal() >= CompositeFrame.Phase.PREFIX.ordinal());
        reveal(covering, f.phase().ordinal() >= CompositeFrame.Phase.COVERING.ordinal());
        reveal(planners, f.phase() == CompositeFrame.Phase.PLANNERS);
        boolean judged = f.phase().ordinal() >= CompositeFrame.Phase.PREFIX.ordinal();
        reveal(verdicts, judged);
        mark(verdicts, judged);
        if (f.query() != null) {
            showPlan(f.result(), f.query());
        }
    }
}
