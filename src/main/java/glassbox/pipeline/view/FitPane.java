package glassbox.pipeline.view;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Shows one drawing at its preferred size, scaled to fit the space it is given (down to fit a
 * 1024×768 projector, up to {@link #MAX_SCALE} on a big screen), so no label in it is ever cut or
 * shortened to "…". Top-centred; clipped to its own bounds.
 */
final class FitPane extends Region {
    static final double MAX_SCALE = 1.5;
    private final Node content;
    private double scale = 1;

    FitPane(Node content) {
        this.content = content;
        getChildren().add(content);
        getStyleClass().add("fit-pane");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    @Override
    protected void layoutChildren() {
        double pw = Math.max(1, content.prefWidth(-1));
        double ph = Math.max(1, content.prefHeight(pw));
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        scale = Math.max(0.05, Math.min(MAX_SCALE, Math.min(w / pw, h / ph)));
        content.resize(pw, ph);
        content.setScaleX(scale);
        content.setScaleY(scale);
        // scaling pivots on the centre: place the centre so the scaled drawing sits top-centre
        double x = snappedLeftInset() + (w - pw) / 2;
        double y = snappedTopInset() + (ph * scale - ph) / 2;
        content.relocate(x, y);
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 40;
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    /** The scale the drawing is shown at now (for tests). */
    double scale() {
        return scale;
    }
}
