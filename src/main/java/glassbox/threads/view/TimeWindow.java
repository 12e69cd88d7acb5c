package glassbox.threads.view;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The visible slice of virtual time, shared by every timeline that must stay in sync. Zooming keeps
 * the time under the pointer still; the window never leaves [0, total].
 */
public final class TimeWindow {
    /** Narrowest window: 1 µs. */
    static final double MIN_SPAN = 1_000;
    private final ReadOnlyDoubleWrapper start = new ReadOnlyDoubleWrapper(this, "start", 0);
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(this, "end", 1);
    private double total = 1;

    public ReadOnlyDoubleProperty startProperty() {
        return start.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty endProperty() {
        return end.getReadOnlyProperty();
    }

    public double start() {
        return start.get();
    }

    public double end() {
        return end.get();
    }

    public double span() {
        return end.get() - start.get();
    }

    public double total() {
        return total;
    }

    /** Shows everything from 0 to {@code totalNanos}. */
    public void fit(double totalNanos) {
        total = Math.max(MIN_SPAN, totalNanos);
        set(0, total);
    }

    /** Zooms by {@code factor} (&gt; 1 zooms in) keeping {@code anchor} (ns) where it is. */
    public void zoom(double factor, double anchor) {
        double span = Math.max(MIN_SPAN, Math.min(total, span() / factor));
        double frac = span() <= 0 ? 0.5 : (anchor - start()) / span();
        double s = anchor - frac * span;
        set(s, s + span);
    }

    public void zoomCentre(double factor) {
        zoom(factor, start() + span() / 2);
    }

    public void pan(double deltaNanos) {
        set(start() + deltaNanos, end() + deltaNanos);
    }

    /** Pans (keeping the zoom) so {@code t} is inside the window with a margin. */
    public void reveal(double t) {
        double margin = span() * 0.1;
        if (t < start() + (start() > 0 ? margin : 0)) {
            pan(t - margin - start());
        } else if (t > end() - (end() < total ? margin : 0)) {
            pan(t + margin - end());
        }
    }

    private void set(double s, double e) {
        double span = e - s;
        if (s < 0) {
            s = 0;
            e = span;
        }
        if (e > total) {
            e = total;
            s = Math.max(0, total - span);
        }
        start.set(s);
        end.set(e);
    }
}
