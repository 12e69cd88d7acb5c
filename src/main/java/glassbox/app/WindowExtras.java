package glassbox.app;

/**
 * Window options of lecture mode, from the command line (kept apart from {@link LaunchOptions}):
 * the theme and window size to start with, a lesson to open, and the two batch jobs that render
 * the window and exit (the layout report and the slides).
 *
 * @param theme        light, dark or projector, or null for the saved theme
 * @param width        window width, or 0 for the saved size
 * @param height       window height, or 0 for the saved size
 * @param lesson       lesson file to open at start, or null
 * @param layoutReport print the layout probe's JSON for every tab, then exit
 * @param slidesOut    folder to render the lesson's slides into, then exit; null for none
 */
public record WindowExtras(String theme, double width, double height, String lesson, boolean layoutReport,
                           String slidesOut) {
    public static final WindowExtras NONE = new WindowExtras(null, 0, 0, null, false, null);
    private static volatile WindowExtras current = NONE;

    public static WindowExtras current() {
        return current;
    }

    public static void set(WindowExtras extras) {
        current = extras == null ? NONE : extras;
    }

    /**
     * Parses {@code WxH} (e.g. 1280x720), each side 320..10000; throws IllegalArgumentException
     * with a sentence for the user.
     */
    public static double[] parseSize(String size) {
        String[] parts = size == null ? new String[0] : size.trim().toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                double w = Integer.parseInt(parts[0]);
                double h = Integer.parseInt(parts[1]);
                if (w >= 320 && h >= 240 && w <= 10000 && h <= 10000) {
                    return new double[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("bad size '" + size + "' (use WIDTHxHEIGHT, e.g. 1280x720, 320..10000)");
    }
}
