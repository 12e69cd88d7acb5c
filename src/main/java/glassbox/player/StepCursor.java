package glassbox.player;

/**
 * Where a player stands in a trace of {@code size} steps, and how fast it plays. Pure logic, no
 * toolkit: every move clamps to the trace and reports whether the position changed.
 */
public final class StepCursor {
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4.0;
    private static final double[] SPEEDS = {0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0};

    private int size;
    private int index;

    public StepCursor(int size) {
        reset(size);
    }

    public void reset(int newSize) {
        if (newSize < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + newSize);
        }
        size = newSize;
        index = 0;
    }

    public int size() {
        return size;
    }

    public int index() {
        return index;
    }

    public boolean atEnd() {
        return index == size - 1;
    }

    public boolean atStart() {
        return index == 0;
    }

    public boolean seek(int target) {
        int clamped = Math.max(0, Math.min(size - 1, target));
        boolean moved = clamped != index;
        index = clamped;
        return moved;
    }

    public boolean forward() {
        return seek(index + 1);
    }

    public boolean back() {
        return seek(index - 1);
    }

    public boolean first() {
        return seek(0);
    }

    public boolean last() {
        return seek(size - 1);
    }

    /** "12 / 40": one-based position and total. */
    public String counter() {
        return (index + 1) + " / " + size;
    }

    /** The next speed step up from {@code speed}, capped at {@link #MAX_SPEED}. */
    public static double faster(double speed) {
        for (double s : SPEEDS) {
            if (s > speed + 1e-9) {
                return s;
            }
        }
        return MAX_SPEED;
    }

    /** The next speed step down from {@code speed}, floored at {@link #MIN_SPEED}. */
    public static double slower(double speed) {
        for (int i = SPEEDS.length - 1; i >= 0; i--) {
            if (SPEEDS[i] < speed - 1e-9) {
                return SPEEDS[i];
            }
        }
        return MIN_SPEED;
    }

    public static double clampSpeed(double speed) {
        if (Double.isNaN(speed)) {
            return 1.0;
        }
        return Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
    }

    public static double[] speeds() {
        return SPEEDS.clone();
    }
}
