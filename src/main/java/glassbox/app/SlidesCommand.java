package glassbox.app;

import glassbox.core.BoundedInput;
import glassbox.core.Messages;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonProblem;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code glassbox slides LESSON --out DIR}: renders each scene's first and last step and every
 * marked step of a lesson to numbered PNGs (001-bptree-step-1.png, …) and prints
 * {@code {"out": DIR, "slides": [...]}}. Opens a window, so it needs a display (Xvfb will do).
 */
@Command(name = "slides", mixinStandardHelpOptions = true,
        description = "Render a lesson's scenes (first, marked and last steps) to numbered PNGs. Needs a display.")
public final class SlidesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON", description = "Lesson file (JSON, see docs/readme/lecture.md).")
    String lesson;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNGs (created if missing).")
    String out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720", description = "Window size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "projector", description = "light, dark or projector (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh_CN (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder for settings and run history (default: a new temporary folder).")
    String dataDir;

    @Override
    public Integer call() throws Exception {
        double[] wh;
        try {
            wh = WindowExtras.parseSize(size);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Theme.parse(theme, null) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown theme '" + theme + "' (use light, dark or projector)");
        }
        if (Messages.parse(lang) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown language '" + lang + "' (use en or zh_CN)");
        }
        try {
            Lesson.parse(BoundedInput.read(lesson, System.in),
                    name -> Topics.byId(name).map(glassbox.core.Topic::id).orElse(null));
        } catch (BoundedInput.Problem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (LessonProblem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), lesson + ": " + e.getMessage());
        }
        String dir = dataDir != null ? dataDir : Files.createTempDirectory("glassbox-slides").toString();
        WindowExtras.set(new WindowExtras(theme, wh[0], wh[1], lesson, false, out));
        return GuiMain.launch(new LaunchOptions(null, lang, dir, false, false, 0, false));
    }
}
