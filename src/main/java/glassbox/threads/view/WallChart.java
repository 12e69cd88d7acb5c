package glassbox.threads.view;

import glassbox.core.Messages;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Wall time per run (each policy simulated, and live runs), as horizontal bars: shorter is
 * faster. Horizontal, so the run names read across a narrow side column instead of turning on end.
 */
public final class WallChart extends BarChart<Number, String> {
    private final Messages messages;

    public WallChart(Messages messages) {
        super(new NumberAxis(), new CategoryAxis());
        this.messages = messages;
        setId("threads-wall-chart");
        getStyleClass().add("threads-wall-chart");
        // no title: in a narrow side pane it would be cut; the axis says what the bars are
        setAccessibleText(messages.get("threads.chart.title"));
        javafx.scene.control.Tooltip.install(this, new javafx.scene.control.Tooltip(messages.get("threads.chart.title")));
        getXAxis().setLabel(messages.get("threads.chart.axis"));
        setLegendVisible(false);
        setAnimated(false);
        setCategoryGap(6);
        setMinHeight(70);
        setPrefHeight(170);
    }

    /** Per bar: the virtual time (ns) the replay must reach before it shows; infinite = at the end. */
    private final java.util.List<Double> revealAt = new java.util.ArrayList<>();

    /**
     * Bars for the tracks on the timeline and for {@code extra} simulated runs (threads vs
     * processes vs free threading in compare mode). Shown when there is more than one bar.
     */
    public void show(List<Track> tracks, List<glassbox.threads.engine.Schedule> extra) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        revealAt.clear();
        for (Track t : tracks) {
            series.getData().add(new XYChart.Data<>(t.schedule().wallMs(), t.label()));
            revealAt.add(t.run() >= 0 ? (double) t.schedule().wall() : Double.POSITIVE_INFINITY);
        }
        for (glassbox.threads.engine.Schedule s : extra) {
            series.getData().add(new XYChart.Data<>(s.wallMs(), messages.get("threads.chart.sim", s.policy().id())));
            revealAt.add(Double.POSITIVE_INFINITY);
        }
        if (series.getData().size() < 2) {
            series.getData().clear();
            revealAt.clear();
        }
        getData().setAll(List.of(series));
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<Number, String> d = series.getData().get(i);
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add("wall-bar-" + (i + 1));
            }
        }
    }

    public boolean hasBars() {
        return !revealAt.isEmpty();
    }

    /** Shows the bars whose run the replay has finished by {@code nanos} (-1: none; infinite: all). */
    public void reveal(double nanos) {
        List<XYChart.Data<Number, String>> bars = bars();
        for (int i = 0; i < bars.size() && i < revealAt.size(); i++) {
            javafx.scene.Node n = bars.get(i).getNode();
            if (n != null) {
                n.setVisible(nanos >= revealAt.get(i));
            }
        }
    }

    /** The bars shown now (revealed by the replay): their categories. */
    public List<String> shownBars() {
        return bars().stream().filter(d -> d.getNode() != null && d.getNode().isVisible()).map(XYChart.Data::getYValue).toList();
    }

    /** The bars shown: wall time in ms (x) and run (y), for tests. */
    public List<XYChart.Data<Number, String>> bars() {
        return getData().isEmpty() ? List.of() : List.copyOf(getData().get(0).getData());
    }

    Messages messages() {
        return messages;
    }
}
