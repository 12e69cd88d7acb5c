package glassbox.player.view;

import glassbox.player.Step;
import glassbox.player.StepCursor;
import glassbox.player.Trace;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps any trace: first, back, play/pause, forward, last, seek, speed. Read-only properties for
 * views to bind; command methods for controllers and keys. Stepping back or jumping is instant;
 * a single step forward asks views to animate over {@link #stepDuration()}.
 */
public final class PlayerViewModel implements glassbox.core.Playback {
    /** Time one step takes at 1× speed. */
    public static final Duration BASE_STEP = Duration.millis(900);

    private final ReadOnlyObjectWrapper<Trace<?>> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size", 1);
    private final ReadOnlyObjectWrapper<Step<?>> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<Step<?>> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final ReadOnlyBooleanWrapper animateNext = new ReadOnlyBooleanWrapper(this, "animate");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "1 / 1");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final BooleanProperty animations = new SimpleBooleanProperty(this, "animations", true);
    private final StepCursor cursor = new StepCursor(1);
    private final Timeline ticker = new Timeline();
    private final List<StepListener> listeners = new ArrayList<>();

    /** Told about every step shown, even when it equals the one before. */
    @FunctionalInterface
    public interface StepListener {
        /**
         * @param step     the step to draw
         * @param previous the step shown before (null after a new trace)
         * @param duration how long the change should take; zero means jump
         */
        void show(Step<?> step, Step<?> previous, Duration duration);
    }

    public PlayerViewModel() {
        ticker.setCycleCount(Timeline.INDEFINITE);
        speed.addListener((o, a, b) -> {
            double clamped = StepCursor.clampSpeed(b.doubleValue());
            if (clamped != b.doubleValue()) {
                speed.set(clamped);
            } else if (isPlaying()) {
                restartTicker();
            }
        });
    }

    // ---- properties

    public ReadOnlyObjectProperty<Trace<?>> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Trace<?> getTrace() {
        return trace.get();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int getIndex() {
        return index.get();
    }

    public ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The step to draw now. */
    public ReadOnlyObjectProperty<Step<?>> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step<?> getStep() {
        return step.get();
    }

    /** The step shown before the current one (null after a new trace). */
    public Step<?> getPrevious() {
        return previous.get();
    }

    /** True when the current step was reached by a single step forward: views animate it. */
    public boolean isAnimated() {
        return animateNext.get() && animations.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    @Override
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Off in tests and for "instant" playback: views then jump straight to each step. */
    public BooleanProperty animationsProperty() {
        return animations;
    }

    /** How long the change into the current step should take on screen. */
    public Duration stepDuration() {
        return isAnimated() ? BASE_STEP.divide(speed.get()).multiply(0.8) : Duration.ZERO;
    }

    public void addStepListener(StepListener listener) {
        listeners.add(listener);
        if (step.get() != null) {
            listener.show(step.get(), null, Duration.ZERO);
        }
    }

    // ---- commands

    @Override
    public boolean hasTrace() {
        return trace.get() != null;
    }

    @Override
    public int position() {
        return cursor.index();
    }

    @Override
    public int length() {
        return size.get();
    }

    @Override
    public Object exportableTrace() {
        return trace.get();
    }

    @Override
    public String eventAt(int index) {
        Trace<?> t = trace.get();
        if (t == null || index < 0 || index >= t.size() || !t.step(index).hasEvent()) {
            return null;
        }
        return t.step(index).event().id();
    }

    @Override
    public boolean nextMarked() {
        Trace<?> t = trace.get();
        if (t == null) {
            return false;
        }
        for (int i = cursor.index() + 1; i < t.size(); i++) {
            if (t.step(i).hasEvent()) {
                pause();
                move(cursor.seek(i));
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean previousMarked() {
        Trace<?> t = trace.get();
        if (t == null) {
            return false;
        }
        for (int i = cursor.index() - 1; i >= 0; i--) {
            if (t.step(i).hasEvent()) {
                pause();
                move(cursor.seek(i));
                return true;
            }
        }
        return false;
    }

    /** Shows a new trace from its first step (or its last when {@code atEnd}). */
    public void load(Trace<?> newTrace, boolean atEnd) {
        pause();
        cursor.reset(newTrace.size());
        if (atEnd) {
            cursor.last();
        }
        trace.set(newTrace);
        size.set(newTrace.size());
        previous.set(null);
        publish(false);
    }

    public void load(Trace<?> newTrace) {
        load(newTrace, false);
    }

    @Override
    public void forward() {
        Step<?> before = step.get();
        if (cursor.forward()) {
            previous.set(before);
            publish(true);
        } else {
            pause();
        }
    }

    @Override
    public void back() {
        move(cursor.back());
    }

    @Override
    public void first() {
        move(cursor.first());
    }

    @Override
    public void last() {
        move(cursor.last());
    }

    public void seek(int target) {
        if (target == cursor.index() + 1) {
            forward();
        } else {
            move(cursor.seek(target));
        }
    }

    @Override
    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (trace.get() == null) {
            return;
        }
        if (cursor.atEnd()) {
            cursor.first();
            publish(false);
        }
        playing.set(true);
        restartTicker();
    }

    @Override
    public void pause() {
        ticker.stop();
        playing.set(false);
    }

    @Override
    public void faster() {
        speed.set(StepCursor.faster(speed.get()));
    }

    @Override
    public void slower() {
        speed.set(StepCursor.slower(speed.get()));
    }

    private void move(boolean moved) {
        if (moved) {
            previous.set(step.get());
            publish(false);
        }
    }

    private void publish(boolean animate) {
        animateNext.set(animate);
        index.set(cursor.index());
        counter.set(cursor.counter());
        Step<?> now = trace.get().step(cursor.index());
        step.set(now);
        Duration d = stepDuration();
        for (StepListener l : List.copyOf(listeners)) {
            l.show(now, previous.get(), d);
        }
    }

    private void restartTicker() {
        ticker.stop();
        ticker.getKeyFrames().setAll(new KeyFrame(BASE_STEP.divide(speed.get()), e -> {
            forward();
            if (cursor.atEnd()) {
                pause();
            }
        }));
        ticker.playFromStart();
    }
}
