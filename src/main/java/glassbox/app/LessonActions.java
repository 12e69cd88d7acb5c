package glassbox.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.BackgroundWork;
import glassbox.core.BoundedInput;
import glassbox.core.Messages;
import glassbox.core.RunLog;
import glassbox.core.SceneProblem;
import glassbox.core.Topic;
import glassbox.core.TopicView;
import glassbox.core.ViewContext;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonProblem;
import glassbox.lesson.LessonScene;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;

/** The Lesson menu: new, open (checked against every tab first), add the current scene, save. */
final class LessonActions {
    private LessonActions() {
    }

    static void create(MainWindow w) {
        Messages m = w.messages();
        TextInputDialog d = new TextInputDialog(m.get("lesson.untitled"));
        d.initOwner(w.stage());
        d.setTitle(m.get("menu.lesson.new"));
        d.setHeaderText(m.get("lesson.askTitle"));
        d.getDialogPane().getStylesheets().setAll(w.stage().getScene().getStylesheets());
        d.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(title -> {
            w.lecture().update(new Lesson(title, null, List.of()));
            addCurrentScene(w);
        });
    }

    static void addCurrentScene(MainWindow w) {
        Lesson l = w.lecture().lesson();
        TopicView v = w.selectedView();
        Optional<ObjectNode> input = v == null ? Optional.empty() : v.scene();
        if (l == null) {
            return;
        }
        if (input.isEmpty()) {
            w.status(w.messages().get("lesson.noScene"));
            return;
        }
        List<LessonScene> scenes = new ArrayList<>(l.scenes());
        scenes.add(new LessonScene(w.selectedId(), input.get(), null, null, List.of()));
        w.lecture().update(l.withScenes(scenes));
        w.status(w.messages().get("lesson.added", scenes.size()));
    }

    static void open(MainWindow w) {
        FileChooser fc = chooser(w);
        File f = fc.showOpenDialog(w.stage());
        if (f != null) {
            openFile(w, f.toPath());
        }
    }

    /** Reads, checks and opens a lesson; a problem is shown and nothing changes. */
    static boolean openFile(MainWindow w, Path file) {
        try {
            Lesson l = read(w, file);
            w.lecture().open(l);
            w.status(w.messages().get("lesson.opened", l.title(w.locale()), l.scenes().size()));
            return true;
        } catch (LessonProblem e) {
            Dialogs.error(w, w.messages().get("lesson.refused", file.getFileName(), e.getMessage()));
            return false;
        }
    }

    /** Reads and fully checks a lesson: format, tab ids, and each scene against its tab. */
    static Lesson read(MainWindow w, Path file) throws LessonProblem {
        String text;
        try {
            text = BoundedInput.read(file.toString(), System.in);
        } catch (BoundedInput.Problem e) {
            throw new LessonProblem(0, "file", e.getMessage());
        }
        Lesson l = Lesson.parse(text, name -> w.topics().stream().filter(t -> t.answersTo(name))
                .map(Topic::id).findFirst().orElse(null));
        check(w, l);
        return l;
    }

    /**
     * Applies each scene to a fresh, throw-away view of its tab, so a scene the tab refuses is
     * found before anything in the window changes.
     */
    static void check(MainWindow w, Lesson l) throws LessonProblem {
        ViewContext scratch = new ViewContext(w.messages(), BackgroundWork.sameThread(), RunLog.discard(), (id, p) -> { });
        for (int i = 0; i < l.scenes().size(); i++) {
            LessonScene s = l.scenes().get(i);
            Topic topic = w.topics().stream().filter(t -> t.id().equals(s.tab())).findFirst().orElseThrow();
            TopicView v = topic.create(scratch);
            try {
                v.applyScene(s.input());
            } catch (SceneProblem e) {
                throw new LessonProblem(i + 1, "input." + e.field(), e.getMessage().substring(e.field().length() + 2));
            } catch (RuntimeException e) {
                throw new LessonProblem(i + 1, "input", String.valueOf(e.getMessage()));
            } finally {
                v.dispose();
            }
        }
    }

    static void save(MainWindow w) {
        Lesson l = w.lecture().lesson();
        if (l == null) {
            return;
        }
        FileChooser fc = chooser(w);
        fc.setInitialFileName(l.title().replaceAll("[^A-Za-z0-9_-]+", "-").toLowerCase() + ".json");
        File f = fc.showSaveDialog(w.stage());
        if (f == null) {
            return;
        }
        try {
            Files.writeString(f.toPath(), l.toJsonText(), StandardCharsets.UTF_8);
            w.status(w.messages().get("lesson.saved", f));
        } catch (IOException e) {
            Dialogs.error(w, w.messages().get("export.failed", f, e.getMessage()));
        }
    }

    private static FileChooser chooser(MainWindow w) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(w.messages().get("lesson.files"), "*.json"));
        return fc;
    }
}
