package glassbox.app;

/**
 * How the window was asked to start, from the command line: JavaFX constructs the Application
 * itself, so the launcher leaves these here first.
 *
 * @param tab            topic id to open, or null for the remembered tab
 * @param lang           "en" or "zh_CN", or null for the saved or OS language
 * @param dataDir        data folder override, or null
 * @param exitAfterShown print {"shown_ms": N} once the first frame is shown, then exit
 * @param demo           start the tab's demo
 * @param frameReportSeconds when positive, measure frame times for that long and print them
 * @param visitTabs      open every tab once, print the process's memory as JSON, exit (bench/memory)
 */
public record LaunchOptions(String tab, String lang, String dataDir, boolean exitAfterShown,
                            boolean demo, int frameReportSeconds, boolean visitTabs) {
    private static volatile LaunchOptions current = new LaunchOptions(null, null, null, false, false, 0, false);

    public static LaunchOptions current() {
        return current;
    }

    public static void set(LaunchOptions options) {
        current = options;
    }
}
