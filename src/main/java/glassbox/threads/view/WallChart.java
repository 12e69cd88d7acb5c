package glassbox.threads.view;

import glassbox.core.Messages;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** Wall time per run (each policy simulated, and live runs), as bars: shorter is faster. */
public final class WallChart extends BarChart<String, Number> {
    private final Messages messages;

    public WallChart(Messages messages) {
        super(new CategoryAxis(), new NumberAxis());
        this.messages = messages;
        setId("threads-wall-chart");
        getStyleClass().add("threads-wall-chart");
        setTitle(messages.get("threads.chart.title"));
        getYAxis().setLabel(messages.get("threads.chart.axis"));
        setLegendVisible(false);
        setAnimated(false);
        setCategoryGap(18);
        setMinHeight(180);
        setPrefHeight(230);
    }

    public void show(List<Track> tracks) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Track t : tracks) {
            series.getData().add(new XYChart.Data<>(t.label(), t.schedule().wallMs()));
        }
        getData().setAll(List.of(series));
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<String, Number> d = series.getData().get(i);
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add("wall-bar-" + (i + 1));
            }
        }
    }

    /** The bars shown: category and wall time in ms (for tests). */
    public List<XYChart.Data<String, Number>> bars() {
        return getData().isEmpty() ? List.of() : List.copyOf(getData().get(0).getData());
    }

    Messages messages() {
        return messages;
    }
}
