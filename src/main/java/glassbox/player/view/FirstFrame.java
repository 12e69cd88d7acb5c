package glassbox.player.view;

import javafx.animation.AnimationTimer;

/** Runs work once the next frame has been drawn, so it never delays what is about to be shown. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread after the next frame has been laid out and rendered. */
    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // the first pulse lays out and renders the scene; act on the next one
                if (++pulses >= 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
