package glassbox.app;

import glassbox.core.BundleAdapter;
import glassbox.core.BackgroundWork;
import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.core.Topic;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import glassbox.core.Messages;
import glassbox.player.view.FirstFrame;
import glassbox.core.Playback;
import glassbox.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.SceneProblem;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseEvent;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The shell: one stage, a tab per topic (content built when first shown), menus, theme, language,
 * font size, keys, status bar. Changing the language rebuilds the window's content.
 */
public final class MainWindow {
    public static final String WELCOME = "welcome";
    static final double MIN_FONT = 9;
    static final double MAX_FONT = 40;

    private final Stage stage;
    private final Settings settings;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<Store> store = new ReadOnlyObjectWrapper<>();
    private final QueuedRunLog runLog = new QueuedRunLog();
    private final Map<String, TopicView> views = new HashMap<>();
    private final Map<String, Tab> tabsById = new LinkedHashMap<>();
    private final List<Topic> topics;
    private Messages messages;
    private MainWindowController controller;
    private Theme theme;
    private double fontSize;
    private double speed;
    private final Lecture lecture = new Lecture(this);
    private final SceneMemory sceneMemory;

    public MainWindow(Stage stage, Settings settings, BackgroundWork work, Locale locale, List<Topic> topics) {
        this.stage = stage;
        this.topics = List.copyOf(topics);
        this.settings = settings;
        this.work = work;
        this.messages = new Messages(locale);
        this.theme = Theme.parse(settings.get("theme", null), Theme.LIGHT);
        this.fontSize = settings.getDouble("fontSize", Settings.DEFAULT_FONT, MIN_FONT, MAX_FONT);
        this.speed = settings.getDouble("speed", 1.0, 0.25, 4.0);
        this.sceneMemory = SceneMemory.load(settings.dir());
        WindowExtras extras = WindowExtras.current();
        if (extras.theme() != null) {
            this.theme = Theme.parse(extras.theme(), theme);
        }
        if (extras.width() > 0) {
            settings.put("width", extras.width());
            settings.put("height", extras.height());
        }
    }

    /** Builds the scene and shows the stage on {@code tab} (else the remembered tab). */
    public void show(String tab) {
        applyUserAgentStylesheet(theme);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = settings.getDouble("width", Math.min(1280, screen.getWidth()), 800, 10000);
        double h = settings.getDouble("height", Math.min(720, screen.getHeight()), 560, 10000);
        Scene scene = new Scene(buildRoot(), Math.min(w, screen.getWidth()), Math.min(h, screen.getHeight()));
        StartupClock.mark("root");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new ShellKeys(this)::handle);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::clickTakesFocus);
        scene.addEventFilter(ActionEvent.ACTION, this::guardForward);
        stage.setScene(scene);
        applyTheme();
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(Math.min(800, w));
        stage.setMinHeight(Math.min(560, h));
        StartupClock.mark("theme");
        select(tab != null ? tab : settings.get("tab", WELCOME));
        StartupClock.mark("tab");
        stage.show();
        StartupClock.mark("stage");
        LectureStart.run(this, WindowExtras.current());
    }

    private Parent buildRoot() {
        controller = new MainWindowController(this);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/glassbox/app/MainWindow.fxml"),
                new BundleAdapter(messages));
        loader.setController(controller);
        try {
            Parent root = loader.load();
            StartupClock.mark("fxml");
            controller.init(topics, tabsById);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tabs

    /** Content of tab {@code id}, built on first use. */
    TopicView view(String id) {
        TopicView v = views.get(id);
        if (v == null) {
            Topic t = topics.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (t == null) {
                return null;
            }
            addStylesheet(t);
            v = t.create(new ViewContext(messages, work, runLog, this::open, settings.dir()));
            if (v.player() != null) {
                v.player().speedProperty().set(speed);
                v.player().speedProperty().addListener((o, a, b) -> speed = b.doubleValue());
            }
            views.put(id, v);
            restoreScene(id, v);
        }
        return v;
    }

    /** Applies the tab's remembered scene; a scene the tab refuses is only reported. */
    private void restoreScene(String id, TopicView v) {
        Optional<ObjectNode> last = sceneMemory.get(id);
        if (last.isEmpty()) {
            return;
        }
        try {
            v.applyScene(last.get());
        } catch (SceneProblem | RuntimeException e) {
            sceneMemory.forget(id);
            status(messages.get("lesson.restoreRefused", tabTitle(id), e.getMessage()));
        }
    }

    String tabTitle(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> messages.get(t.titleKey())).orElse(id);
    }

    List<Topic> topics() {
        return topics;
    }

    /** A click outside a text field takes focus out of one, so the clicker keys work again. */
    private void clickTakesFocus(MouseEvent e) {
        Node owner = stage.getScene().getFocusOwner();
        if (!(owner instanceof TextInputControl)) {
            return;
        }
        for (Node n = e.getTarget() instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof Spinner) {
                return;
            }
        }
        focusContent();
    }

    /** The player's forward button steps through the lecture so questions are asked. */
    private void guardForward(ActionEvent e) {
        if (e.getTarget() instanceof Node n && "player-forward".equals(n.getId()) && lecture.interceptsForward()) {
            e.consume();
            lecture.forward();
        }
    }

    /** Gives keyboard focus to the selected tab's content (not to a field). */
    void focusContent() {
        TopicView v = selectedView();
        Node target = v != null && v.root() != null ? v.root() : controller.tabs();
        target.requestFocus();
    }

    /** A one-line message in the status bar. */
    void status(String text) {
        controller.showMessage(text);
    }

    Lecture lecture() {
        return lecture;
    }

    MainWindowController controller() {
        return controller;
    }

    void undo() {
        TopicView v = selectedView();
        if (v != null && v.undoable() != null) {
            v.undoable().undo();
        }
    }

    void redo() {
        TopicView v = selectedView();
        if (v != null && v.undoable() != null) {
            v.undoable().redo();
        }
    }

    public void select(String id) {
        Tab tab = tabsById.get(id == null ? WELCOME : id.toLowerCase(Locale.ROOT));
        if (tab == null) {
            tab = tabsById.get(WELCOME);
        }
        controller.tabs().getSelectionModel().select(tab);
        controller.ensureContent(tab);
    }

    String selectedId() {
        Tab t = controller.tabs().getSelectionModel().getSelectedItem();
        return t == null ? WELCOME : (String) t.getUserData();
    }

    TopicView selectedView() {
        return views.get(selectedId());
    }

    /** The player of the selected tab, or null. */
    public Playback activePlayer() {
        TopicView v = selectedView();
        return v == null ? null : v.player();
    }

    void open(String id, Map<String, String> params) {
        select(id);
        TopicView v = view(id);
        if (v != null) {
            v.open(params);
        }
    }

    // ---- look

    /** Sets AtlantaFX's precompiled (binary) stylesheet; called before any control exists. */
    static void applyUserAgentStylesheet(Theme theme) {
        Application.setUserAgentStylesheet(theme.isDark()
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    void applyTheme() {
        applyUserAgentStylesheet(theme);
        Scene scene = stage.getScene();
        scene.getStylesheets().setAll(resource("/glassbox/app/glassbox.css"), resource(theme.stylesheet()));
        topics.stream().filter(t -> views.containsKey(t.id())).forEach(this::addStylesheet);
        scene.getRoot().getStyleClass().removeIf(c -> c.startsWith("theme-"));
        scene.getRoot().getStyleClass().add("theme-" + theme.name().toLowerCase(Locale.ROOT));
        scene.getRoot().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize * theme.fontScale()));
        controller.markTheme(theme);
    }

    /**
     * Puts a topic's stylesheet on the scene (not on its tab: popups such as a ComboBox's list take
     * only the scene's). Added when the tab is first built, so the first window is styled against
     * the shell's sheets alone: matching every node against all five topics' rules took about
     * 70 ms of the first show.
     */
    private void addStylesheet(Topic t) {
        if (t.stylesheet() == null || stage.getScene() == null) {
            return;
        }
        String url = resource(t.stylesheet());
        if (!stage.getScene().getStylesheets().contains(url)) {
            stage.getScene().getStylesheets().add(url);
        }
    }

    private static String resource(String path) {
        return MainWindow.class.getResource(path).toExternalForm();
    }

    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme t) {
        theme = t;
        applyTheme();
    }

    public double fontSize() {
        return fontSize;
    }

    public void setFontSize(double size) {
        fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, size));
        applyTheme();
    }

    public Locale locale() {
        return messages.locale();
    }

    /** Switches language: rebuilds the content; topic tabs start afresh in the new language. */
    public void setLocale(Locale locale) {
        if (Messages.supported(locale).equals(messages.locale())) {
            return;
        }
        String tab = selectedId();
        messages = new Messages(locale);
        rememberScenes();
        disposeViews();
        tabsById.clear();
        stage.getScene().setRoot(buildRoot());
        applyTheme();
        stage.setTitle(messages.get("app.title"));
        Store s = store.get();
        if (s != null) {
            controller.showStore(s);
        }
        select(tab);
        lecture.setPresenting(lecture.presenting());
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    Messages messages() {
        return messages;
    }

    Stage stage() {
        return stage;
    }

    /** The store once opened, else null. */
    Store store() {
        return store.get();
    }

    BackgroundWork work() {
        return work;
    }

    // ---- lifecycle

    public void storeOpened(Store s) {
        store.set(s);
        runLog.opened(s);
        controller.showStore(s);
        settings.mirrorTo(s);
    }

    /** Runs {@code action} once the first frame after showing has been drawn. */
    public void onFirstFrame(Runnable action) {
        FirstFrame.then(action);
    }

    /** --demo: starts the selected tab's demo; with a report time, prints frame times and exits. */
    void startDemo(int reportSeconds) {
        TopicView v = view(selectedId());
        if (v != null) {
            v.startDemo();
        }
        if (reportSeconds > 0) {
            new FrameProbe(reportSeconds, json -> {
                System.out.println(json);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }).start();
        }
    }

    /** Lets every built tab release what it holds. */
    public void disposeViews() {
        views.values().forEach(TopicView::dispose);
        views.clear();
    }

    public void saveSettings() {
        settings.put("theme", theme.name().toLowerCase(Locale.ROOT));
        settings.put("lang", Messages.tag(messages.locale()));
        settings.put("fontSize", fontSize);
        settings.put("speed", speed);
        settings.put("tab", selectedId());
        rememberScenes();
        if (!stage.isFullScreen() && stage.getWidth() > 0) {
            settings.put("width", stage.getWidth());
            settings.put("height", stage.getHeight());
        }
        settings.save();
        Store s = store.get();
        if (s != null) {
            settings.mirrorTo(s);
        }
    }

    /** Writes each built tab's scene to scenes.json. */
    void rememberScenes() {
        views.forEach((id, v) -> {
            try {
                v.scene().ifPresent(input -> sceneMemory.put(id, input));
            } catch (RuntimeException e) {
                System.err.println("glassbox: could not describe the " + id + " tab: " + e.getMessage());
            }
        });
        sceneMemory.save();
    }
}
