package glassbox.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.core.Playback;
import glassbox.core.TopicView;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonProblem;
import glassbox.lesson.LessonScene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * What the command line asks of the window once it is shown: open a lesson ({@code --lesson}),
 * print the layout report for every tab ({@code --layout-report}), or render a lesson's slides
 * ({@code slides}). The batch jobs print one JSON object (or one line on stderr) and exit.
 */
final class LectureStart {
    /** Pulses to wait, with no background work running, before a tab counts as drawn. */
    private static final int SETTLE_PULSES = 4;
    private static final long MAX_WAIT_NANOS = 30_000_000_000L;

    private LectureStart() {
    }

    static void run(MainWindow w, WindowExtras extras) {
        if (extras.layoutReport()) {
            w.onFirstFrame(() -> layoutReport(w, new ArrayList<>(w.topics().stream().map(t -> t.id()).toList()),
                    Json.MAPPER.createObjectNode()));
        } else if (extras.slidesOut() != null) {
            w.onFirstFrame(() -> slides(w, Path.of(extras.lesson()), Path.of(extras.slidesOut())));
        } else if (extras.lesson() != null) {
            w.onFirstFrame(() -> LessonActions.openFile(w, Path.of(extras.lesson())));
        }
    }

    /** Runs {@code then} once no background work has run for a few pulses (layout settled). */
    static void whenSettled(MainWindow w, Runnable then) {
        new AnimationTimer() {
            private int quiet;
            private long start;

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                quiet = w.work().currentProperty().get() == null ? quiet + 1 : 0;
                if (quiet >= SETTLE_PULSES || now - start > MAX_WAIT_NANOS) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    // ---- --layout-report

    private static void layoutReport(MainWindow w, List<String> left, ObjectNode tabs) {
        if (left.isEmpty()) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.set("tabs", tabs);
            finish(Json.write(root), 0);
            return;
        }
        String id = left.remove(0);
        w.select(id);
        whenSettled(w, () -> {
            TopicView v = w.view(id);
            LayoutProbe.Report r = LayoutProbe.probe(w.stage().getScene().getRoot(),
                    w.stage().getScene().getWidth(), w.stage().getScene().getHeight());
            ObjectNode o = tabs.putObject(id);
            r.truncated().forEach(o.putArray("truncated")::add);
            r.overlaps().forEach(o.putArray("overlaps")::add);
            r.offscreen().forEach(o.putArray("offscreen")::add);
            if (v == null) {
                o.put("missing", true);
            }
            layoutReport(w, left, tabs);
        });
    }

    // ---- slides

    private static void slides(MainWindow w, Path lessonFile, Path out) {
        Lesson lesson;
        try {
            lesson = LessonActions.read(w, lessonFile);
            Files.createDirectories(out);
        } catch (LessonProblem e) {
            finishWithError("glassbox slides: " + lessonFile + ": " + e.getMessage(), 2);
            return;
        } catch (IOException e) {
            finishWithError("glassbox slides: cannot write to " + out + ": " + e.getMessage(), 1);
            return;
        }
        w.lecture().open(lesson);
        List<String> written = new ArrayList<>();
        slideScene(w, lesson, 0, out, written);
    }

    private static void slideScene(MainWindow w, Lesson lesson, int scene, Path out, List<String> written) {
        if (scene >= lesson.scenes().size()) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("out", out.toString());
            written.forEach(root.putArray("slides")::add);
            finish(Json.write(root), 0);
            return;
        }
        w.lecture().goTo(scene, false);
        whenSettled(w, () -> {
            LessonScene s = lesson.scenes().get(scene);
            TopicView v = w.view(s.tab());
            Playback p = v.player();
            List<Integer> steps = slideSteps(p);
            slideStep(w, lesson, scene, steps, out, written);
        });
    }

    /** First step, every marked step, last step. */
    static List<Integer> slideSteps(Playback p) {
        TreeSet<Integer> steps = new TreeSet<>();
        steps.add(0);
        if (p != null && p.hasTrace()) {
            for (int i = 0; i < p.length(); i++) {
                if (p.eventAt(i) != null) {
                    steps.add(i);
                }
            }
            steps.add(p.length() - 1);
        }
        return new ArrayList<>(steps);
    }

    private static void slideStep(MainWindow w, Lesson lesson, int scene, List<Integer> steps, Path out,
                                  List<String> written) {
        if (steps.isEmpty()) {
            slideScene(w, lesson, scene + 1, out, written);
            return;
        }
        int step = steps.remove(0);
        TopicView v = w.view(lesson.scenes().get(scene).tab());
        Playback p = v.player();
        if (p != null && p.hasTrace()) {
            showWithoutAnimation(p, step);
        }
        whenSettled(w, () -> {
            String name = String.format(Locale.ROOT, "%03d-%s-step-%d.png", written.size() + 1,
                    lesson.scenes().get(scene).tab(), step + 1);
            try {
                Exports.writeImage(Exports.frameWithNarration(w, v), out.resolve(name));
                written.add(name);
            } catch (IOException e) {
                finishWithError("glassbox slides: cannot write " + out.resolve(name) + ": " + e.getMessage(), 1);
                return;
            }
            slideStep(w, lesson, scene, steps, out, written);
        });
    }

    /** Seeks straight to {@code step}; stepping one forward would animate. */
    private static void showWithoutAnimation(Playback p, int step) {
        if (step == p.position() + 1) {
            p.last();
        }
        if (step == p.length() - 1) {
            p.last();
        } else {
            p.seek(step);
        }
    }

    private static void finish(String json, int code) {
        System.out.println(json);
        System.out.flush();
        Platform.exit();
        System.exit(code);
    }

    private static void finishWithError(String line, int code) {
        System.err.println(line);
        System.err.flush();
        Platform.exit();
        System.exit(code);
    }
}
