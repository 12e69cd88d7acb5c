package glassbox.core;

import javafx.beans.property.DoubleProperty;

/**
 * What the shell's keys and menus drive in the current tab: the shared player's commands. The
 * player implements it; the shell never needs to know the trace's type.
 */
public interface Playback {
    /** True once a trace is loaded. */
    boolean hasTrace();

    void forward();

    void back();

    void first();

    void last();

    void togglePlay();

    void pause();

    void faster();

    void slower();

    /** Jumps to the next step with an event marker; false when there is none after this one. */
    boolean nextMarked();

    /** Jumps to the previous step with an event marker; false when there is none before. */
    boolean previousMarked();

    /** 0-based index of the step shown. */
    int position();

    /** Number of steps in the trace (1 with no trace). */
    int length();

    /** True when the step shown is the trace's last. */
    default boolean atEnd() {
        return position() >= length() - 1;
    }

    /** Shows step {@code index} (clamped to the trace). */
    default void seek(int index) {
    }

    /**
     * The id of the event marker on step {@code index} (e.g. {@code leaf-split}), or null when
     * that step has none; lessons tie their questions to these ids.
     */
    default String eventAt(int index) {
        return null;
    }

    DoubleProperty speedProperty();

    /** The loaded trace, for File ▸ Export trace (written with {@link Json}); null with none. */
    Object exportableTrace();
}
