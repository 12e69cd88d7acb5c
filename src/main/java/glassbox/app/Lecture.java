package glassbox.app;

import glassbox.core.Messages;
import glassbox.core.Playback;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonScene;
import glassbox.lesson.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;

/**
 * Lecture mode of the window: presenter view, the blank screen, Predict, and the open lesson with
 * its questions. Keys, menus and the player's forward button all step through {@link #forward()}
 * so a question is never skipped.
 *
 * <p>Presenter view convention: while presenting, the window's root carries the style class
 * {@code presenting}; every node with style class {@code editing} (e.g. a tab's toolbar) is hidden
 * and unmanaged, and tabs may add their own rules under {@code .presenting}.
 */
final class Lecture {
    static final String PRESENTING = "presenting";
    static final String EDITING = "editing";

    private final MainWindow window;
    private boolean presenting;
    private boolean blanked;
    private boolean predict;
    private final List<Node> folded = new ArrayList<>();

    private Lesson lesson;
    private int sceneIndex = -1;

    /** Step index the open question is about (revealed next), or -1. */
    private int asking = -1;
    private Object askedTrace;
    private final Set<Integer> revealed = new HashSet<>();

    Lecture(MainWindow window) {
        this.window = window;
    }

    // ---- presenter view and blank

    boolean presenting() {
        return presenting;
    }

    void setPresenting(boolean on) {
        presenting = on;
        Node root = window.stage().getScene().getRoot();
        root.getStyleClass().remove(PRESENTING);
        if (on) {
            root.getStyleClass().add(PRESENTING);
        }
        window.controller().showChrome(!on);
        refold();
        showLessonBar();
    }

    /** Hides the {@code editing} nodes of the content built so far (called again for new tabs). */
    void refold() {
        folded.forEach(n -> {
            n.setVisible(true);
            n.setManaged(true);
        });
        folded.clear();
        if (!presenting || window.stage().getScene() == null) {
            return;
        }
        for (Node n : window.stage().getScene().getRoot().lookupAll("." + EDITING)) {
            if (n.isVisible()) {
                n.setVisible(false);
                n.setManaged(false);
                folded.add(n);
            }
        }
    }

    boolean blanked() {
        return blanked;
    }

    void setBlanked(boolean on) {
        blanked = on;
        window.controller().showBlank(on);
    }

    boolean predict() {
        return predict;
    }

    void setPredict(boolean on) {
        predict = on;
        window.controller().markPredict(on);
        if (!on && asking >= 0) {
            dismissQuestion();
        }
    }

    /** Esc outside a text field: leave the blank screen, else presenter view; true when used. */
    boolean escape() {
        if (blanked) {
            setBlanked(false);
            return true;
        }
        if (presenting) {
            setPresenting(false);
            return true;
        }
        return false;
    }

    // ---- stepping with questions

    boolean asking() {
        return asking >= 0;
    }

    /** Forward one step, unless a question comes first (then asks it) or is open (then reveals). */
    void forward() {
        Playback p = window.activePlayer();
        if (p == null || !p.hasTrace()) {
            return;
        }
        if (asking >= 0) {
            reveal();
            return;
        }
        int next = p.position() + 1;
        if (next < p.length() && shouldAsk(p, next)) {
            ask(p, next);
        } else {
            p.forward();
        }
    }

    /** True when {@link #forward()} would do something other than step (ask or reveal). */
    boolean interceptsForward() {
        Playback p = window.activePlayer();
        if (p == null || !p.hasTrace()) {
            return false;
        }
        int next = p.position() + 1;
        return asking >= 0 || (next < p.length() && shouldAsk(p, next));
    }

    /** N / Ctrl+→: the next marked step, asking first when a question belongs to it. */
    void nextMarked() {
        Playback p = window.activePlayer();
        if (p == null || !p.hasTrace()) {
            return;
        }
        if (asking >= 0) {
            reveal();
            return;
        }
        for (int i = p.position() + 1; i < p.length(); i++) {
            if (p.eventAt(i) != null) {
                if (shouldAsk(p, i)) {
                    ask(p, i);
                } else {
                    p.nextMarked();
                }
                return;
            }
        }
    }

    void previousMarked() {
        Playback p = window.activePlayer();
        if (p != null && p.hasTrace()) {
            dismissQuestion();
            p.previousMarked();
        }
    }

    private boolean shouldAsk(Playback p, int index) {
        forgetIfNewTrace(p);
        if (revealed.contains(index)) {
            return false;
        }
        return questionAt(p, index) != null || (predict && p.eventAt(index) != null);
    }

    private void forgetIfNewTrace(Playback p) {
        if (p.exportableTrace() != askedTrace) {
            askedTrace = p.exportableTrace();
            revealed.clear();
        }
    }

    /** The lesson question tied to step {@code index} of the current scene, or null. */
    Question questionAt(Playback p, int index) {
        LessonScene s = currentScene();
        if (s == null || !s.tab().equals(window.selectedId())) {
            return null;
        }
        String event = p.eventAt(index);
        if (event == null) {
            return null;
        }
        for (Question q : s.questions()) {
            if (q.event().equals(event) && occurrence(p, index, event) == q.occurrence()) {
                return q;
            }
        }
        return null;
    }

    private static int occurrence(Playback p, int index, String event) {
        int n = 0;
        for (int i = 0; i <= index; i++) {
            if (event.equals(p.eventAt(i))) {
                n++;
            }
        }
        return n;
    }

    private void ask(Playback p, int index) {
        p.pause();
        if (p.position() != index - 1) {
            p.seek(Math.max(0, index - 1));
        }
        asking = index;
        outcomeHidden(true);
        Question q = questionAt(p, index);
        Messages m = window.messages();
        String text = q != null ? q.text(m.locale()) : m.get("lesson.question.generic");
        window.controller().showQuestion(text, q == null ? List.of() : q.choices());
    }

    /** Shows the step the question was about, with its narration and outcome. */
    void reveal() {
        Playback p = window.activePlayer();
        int index = asking;
        dismissQuestion();
        if (p != null && index >= 0) {
            revealed.add(index);
            p.seek(index);
        }
    }

    private void dismissQuestion() {
        if (asking < 0) {
            return;
        }
        asking = -1;
        outcomeHidden(false);
        window.controller().hideQuestion();
        window.focusContent();
    }

    private void outcomeHidden(boolean hidden) {
        TopicView v = window.selectedView();
        if (v != null) {
            v.setOutcomeHidden(hidden);
        }
        Node root = window.stage().getScene().getRoot();
        root.getStyleClass().remove("predicting");
        if (hidden) {
            root.getStyleClass().add("predicting");
        }
    }

    // ---- lessons

    Lesson lesson() {
        return lesson;
    }

    int sceneIndex() {
        return sceneIndex;
    }

    LessonScene currentScene() {
        return lesson == null || sceneIndex < 0 || sceneIndex >= lesson.scenes().size()
                ? null : lesson.scenes().get(sceneIndex);
    }

    /** Opens a checked lesson on its first scene. */
    void open(Lesson l) {
        lesson = l;
        sceneIndex = -1;
        if (!l.scenes().isEmpty()) {
            goTo(0, false);
        }
        showLessonBar();
    }

    /** Replaces the lesson's scenes (edit dialog, add scene), keeping the current one in range. */
    void update(Lesson l) {
        lesson = l;
        sceneIndex = sceneIndex < 0 ? l.scenes().size() - 1 : Math.min(sceneIndex, l.scenes().size() - 1);
        showLessonBar();
    }

    void close() {
        dismissQuestion();
        lesson = null;
        sceneIndex = -1;
        showLessonBar();
    }

    /** PageDown: the next step; at the scene's end, the next scene. */
    void pageDown() {
        Playback p = window.activePlayer();
        boolean inScene = lesson != null && currentScene() != null && currentScene().tab().equals(window.selectedId());
        if (inScene && asking < 0 && (p == null || !p.hasTrace() || p.atEnd())) {
            if (sceneIndex + 1 < lesson.scenes().size()) {
                goTo(sceneIndex + 1, false);
            }
            return;
        }
        forward();
    }

    /** PageUp: the previous step; at step 0 of a scene, the previous scene's end. */
    void pageUp() {
        Playback p = window.activePlayer();
        if (asking >= 0) {
            dismissQuestion();
            return;
        }
        boolean inScene = lesson != null && currentScene() != null && currentScene().tab().equals(window.selectedId());
        if (inScene && (p == null || !p.hasTrace() || p.position() == 0)) {
            if (sceneIndex > 0) {
                goTo(sceneIndex - 1, true);
            }
            return;
        }
        if (p != null && p.hasTrace()) {
            p.back();
        }
    }

    /** Shows scene {@code i}: its tab, its input rebuilt, at step 0 (or its last step). */
    void goTo(int i, boolean atEnd) {
        dismissQuestion();
        sceneIndex = i;
        LessonScene s = lesson.scenes().get(i);
        window.select(s.tab());
        TopicView v = window.view(s.tab());
        try {
            v.applyScene(s.input());
        } catch (SceneProblem | RuntimeException e) {
            window.status(window.messages().get("lesson.sceneRefused", i + 1, e.getMessage()));
        }
        Playback p = v.player();
        if (p != null && p.hasTrace()) {
            if (atEnd) {
                p.last();
            } else if (shouldAsk(p, 0)) {
                ask(p, 0);
            }
        }
        showLessonBar();
        window.focusContent();
    }

    private void showLessonBar() {
        Messages m = window.messages();
        if (lesson == null) {
            window.controller().showLesson(null, null, presenting);
            return;
        }
        LessonScene s = currentScene();
        String title = lesson.title(m.locale());
        if (s != null && s.title(m.locale()) != null) {
            title = title + " — " + s.title(m.locale());
        }
        String position = m.get("lesson.position", Math.max(1, sceneIndex + 1), lesson.scenes().size());
        window.controller().showLesson(title, position, presenting);
    }
}
