package glassbox.app;

import glassbox.app.GuiMain;
import glassbox.app.LaunchOptions;
import glassbox.app.Topics;
import glassbox.core.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glassbox}: with no subcommand opens the window; each subcommand prints JSON on stdout and
 * never starts JavaFX. Bad arguments: exit 2 and one line on stderr.
 */
@Command(name = "glassbox", mixinStandardHelpOptions = true, versionProvider = glassbox.core.Version.class,
        description = "Backend internals made visible. With no subcommand, opens the window.")
public final class GlassboxCommand implements Callable<Integer> {
    /** The subcommands, one per topic experiment; added only when the arguments name one. */
    static List<Class<?>> subcommands() {
        List<Class<?>> all = new java.util.ArrayList<>();
        all.add(VersionCommand.class);
        all.add(SlidesCommand.class); // lecture mode
        Topics.all().forEach(t -> all.addAll(t.commands()));
        all.add(glassbox.store.cli.HistoryCommand.class);
        all.add(CommandLine.HelpCommand.class);
        return all;
    }
    /** Window options that take a value (the value may look like a subcommand: "--tab copy"). */
    private static final Set<String> VALUED_OPTIONS = Set.of("--tab", "--lang", "--data-dir", "--frame-report",
            "--theme", "--size", "--lesson");

    @Spec
    CommandSpec spec;

    @Option(names = "--tab", paramLabel = "NAME", description = "Open on this tab (welcome, bptree, database, threads, copy, pipeline).")
    String tab;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language: en or zh_CN (default: saved, else the OS locale).")
    String lang;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder for the database and settings (default: GLASSBOX_HOME, else the user data folder).")
    String dataDir;

    @Option(names = "--exit-after-shown", description = "Print {\"shown_ms\": N} once the window is shown, then exit.")
    boolean exitAfterShown;

    @Option(names = "--demo", description = "Play the tab's demo.")
    boolean demo;

    @Option(names = "--frame-report", paramLabel = "SECONDS", description = "Measure frame times for this long, print them as JSON, exit.")
    int frameReport;

    // ---- lecture mode (issue 11): window size and theme, a lesson to open, the layout report
    @Option(names = "--theme", paramLabel = "THEME", description = "Start in this theme: light, dark or projector.")
    String theme;

    @Option(names = "--size", paramLabel = "WxH", description = "Window size, e.g. 1024x768.")
    String size;

    @Option(names = "--lesson", paramLabel = "FILE", description = "Open this lesson (JSON) at start.")
    String lesson;

    @Option(names = "--layout-report", description = "Open every tab, print cut, overlapping and off-screen text as JSON, exit.")
    boolean layoutReport;

    private void setWindowExtras() {
        if (theme != null && Theme.parse(theme, null) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown theme '" + theme + "' (use light, dark or projector)");
        }
        double[] wh = {0, 0};
        if (size != null) {
            try {
                wh = WindowExtras.parseSize(size);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (lesson != null && !java.nio.file.Files.isReadable(java.nio.file.Path.of(lesson))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read lesson file '" + lesson + "'");
        }
        WindowExtras.set(new WindowExtras(theme, wh[0], wh[1], lesson, layoutReport, null));
    }
    // ---- end of lecture mode options

    // ---- platform: measuring options
    @Option(names = "--visit-tabs", description = "Open every tab once, print the process's memory as JSON, then exit (bench/memory).")
    boolean visitTabs;
    // ---- end platform

    @Override
    public Integer call() {
        setWindowExtras();
        if (lang != null && Messages.parse(lang) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown language '" + lang + "' (use en or zh_CN)");
        }
        if (tab != null && !"welcome".equalsIgnoreCase(tab) && Topics.byId(tab).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown tab '" + tab + "' (use welcome"
                    + Topics.all().stream().map(t -> ", " + t.id()).reduce("", String::concat) + ")");
        }
        if (frameReport < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--frame-report needs a positive number of seconds");
        }
        return GuiMain.launch(new LaunchOptions(tab, lang, dataDir, exitAfterShown, demo, frameReport, visitTabs));
    }

    /** The full command line, every subcommand included. */
    public static CommandLine commandLine() {
        CommandLine cl = windowCommandLine();
        cl.setAllowSubcommandsAsOptionParameters(true); // "--tab bptree" names a tab, not the subcommand
        for (Class<?> sub : subcommands()) {
            cl.addSubcommand(sub);
        }
        return cl;
    }

    /**
     * Only the window's options: building the subcommands' models costs a few hundred
     * milliseconds of reflection that opening the window need not wait for.
     */
    static CommandLine windowCommandLine() {
        CommandLine cl = new CommandLine(new GlassboxCommand());
        cl.setParameterExceptionHandler(GlassboxCommand::usageError);
        // ---- platform: the one exit-code rule (2 bad arguments or input, 1 failure while running, 0 success)
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                return usageError(pe, parsed.originalArgs().toArray(new String[0]));
            }
            line.getErr().println(failureLine(ex));
            line.getErr().flush();
            return 1;
        });
        return cl;
    }

    /**
     * One line for a failure while running, never a stack trace. A command reports an expected
     * failure by throwing {@code CommandLine.ExecutionException} (or an I/O or SQL exception) with
     * a message for the user; anything else is a bug and says "internal error".
     */
    static String failureLine(Throwable ex) {
        Throwable cause = ex;
        while ((cause instanceof CommandLine.ExecutionException || cause.getClass() == RuntimeException.class
                || cause instanceof java.io.UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause(); // picocli's and JavaFX's wrappers say nothing of their own
        }
        if (cause instanceof OutOfMemoryError) {
            return "glassbox: out of memory (the run needs more than the " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB heap; try a smaller input)";
        }
        if (cause instanceof StackOverflowError) {
            return "glassbox: input nested too deeply (the Java stack overflowed)";
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.strip().lines().findFirst().orElse("");
        if (message.length() > 300) {
            message = message.substring(0, 299) + "…";
        }
        boolean expected = cause instanceof CommandLine.ExecutionException || cause instanceof java.io.IOException
                || cause instanceof java.sql.SQLException;
        return expected ? "glassbox: " + message : "glassbox: internal error: " + message;
    }
    // ---- end platform

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("glassbox: " + ex.getMessage());
        err.flush();
        return 2;
    }

    public static int run(String... args) {
        if (opensWindow(args)) {
            LaunchOptions quick = quickWindowOptions(args);
            return quick != null ? GuiMain.launch(quick) : execute(windowCommandLine(), args);
        }
        return execute(commandLine(), args);
    }

    // ---- platform: start-up fast path
    /**
     * The window's options read without picocli, whose model building and (pre-Java-6, hence
     * never class-data-shared) classes cost a few hundred milliseconds before the window can
     * start. Only plain, valid spellings are taken; anything else (an unknown or new option,
     * {@code --opt=value}, a bad value) returns null and goes to picocli, which says what is wrong.
     */
    static LaunchOptions quickWindowOptions(String[] args) {
        String tab = null;
        String lang = null;
        String dataDir = null;
        boolean exitAfterShown = false;
        boolean demo = false;
        boolean visitTabs = false;
        int frameReport = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean valued = VALUED_OPTIONS.contains(a);
            if (valued && i + 1 >= args.length) {
                return null;
            }
            String v = valued ? args[++i] : null;
            switch (a) {
                case "--tab" -> tab = v;
                case "--lang" -> lang = v;
                case "--data-dir" -> dataDir = v;
                case "--frame-report" -> {
                    if (!v.matches("[0-9]{1,6}")) {
                        return null;
                    }
                    frameReport = Integer.parseInt(v);
                }
                case "--exit-after-shown" -> exitAfterShown = true;
                case "--demo" -> demo = true;
                case "--visit-tabs" -> visitTabs = true;
                default -> {
                    return null;
                }
            }
        }
        if (lang != null && Messages.parse(lang) == null
                || tab != null && !"welcome".equalsIgnoreCase(tab) && Topics.byId(tab).isEmpty()) {
            return null;
        }
        return new LaunchOptions(tab, lang, dataDir, exitAfterShown, demo, frameReport, visitTabs);
    }
    // ---- end platform

    /** Runs {@code cl}; an Error picocli lets through (stack overflow, out of memory) is one line and exit 1 too. */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            cl.getErr().println(failureLine(e));
            cl.getErr().flush();
            return 1;
        }
    }

    /**
     * True when the arguments are window options only: no subcommand, no --help or --version.
     * Anything else goes to the full parser, which names what is wrong.
     */
    public static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUED_OPTIONS.contains(a)) {
                i++;
            } else if (!a.startsWith("--") || a.equals("--help") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }
}
