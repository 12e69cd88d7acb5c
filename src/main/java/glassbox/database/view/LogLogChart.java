package glassbox.database.view;

import glassbox.core.Messages;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A line chart with logarithmic axes: it plots log10 of the values and labels the whole powers of
 * ten with the real values (10³ rows, 1 ms), so O(log n) and O(n) show as a flat line and a slope-1 line.
 */
final class LogLogChart {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);
    private final Messages messages;

    LogLogChart(Messages messages, String xLabelKey, String yLabelKey) {
        this.messages = messages;
        x.setLabel(messages.get(xLabelKey));
        y.setLabel(messages.get(yLabelKey));
        for (NumberAxis a : List.of(x, y)) {
            a.setAutoRanging(false);
            a.setTickUnit(1);
            a.setMinorTickCount(0);
        }
        x.setTickLabelFormatter(converter(LogLogChart::powerOfTen));
        y.setTickLabelFormatter(converter(this::duration));
        setRange(x, 2, 7);
        setRange(y, 0, 6);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getStyleClass().add("database-loglog");
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    /** Shows the series (values already positive; plotted as log10) and fits the axes around them. */
    void show(List<XYChart.Series<Number, Number>> series) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (XYChart.Series<Number, Number> s : series) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                minX = Math.min(minX, d.getXValue().doubleValue());
                maxX = Math.max(maxX, d.getXValue().doubleValue());
                minY = Math.min(minY, d.getYValue().doubleValue());
                maxY = Math.max(maxY, d.getYValue().doubleValue());
            }
        }
        if (minX <= maxX) {
            setRange(x, Math.ceil(minX - 1e-9) - 1, Math.floor(maxX + 1e-9) + 1);
            setRange(y, Math.ceil(minY - 1e-9) - 1, Math.floor(maxY + 1e-9) + 1);
        }
        chart.getData().setAll(series);
    }

    /** A data point at (log10 x, log10 y). */
    static XYChart.Data<Number, Number> point(double xValue, double yValue) {
        return new XYChart.Data<>(Math.log10(Math.max(xValue, 1e-3)), Math.log10(Math.max(yValue, 1e-3)));
    }

    /** Whole powers of ten as bounds, so the ticks (every 1) fall on labelled powers. */
    private static void setRange(NumberAxis a, double lo, double hi) {
        a.setLowerBound(lo);
        a.setUpperBound(hi);
    }

    /** 3 → "10³" (a label only at whole powers). */
    static String powerOfTen(double log) {
        if (Math.abs(log - Math.rint(log)) > 1e-6) {
            return "";
        }
        int k = (int) Math.rint(log);
        StringBuilder sb = new StringBuilder("10");
        String digits = String.valueOf(Math.abs(k));
        if (k < 0) {
            sb.append('⁻');
        }
        for (char c : digits.toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** log10 of microseconds → "1 µs", "10 ms", "1 s". */
    String duration(double log) {
        if (Math.abs(log - Math.rint(log)) > 1e-6) {
            return "";
        }
        return Units.duration(messages, Math.pow(10, Math.rint(log)));
    }

    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }
}
