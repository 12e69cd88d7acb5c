package glassbox.app;

import glassbox.core.TopicView;
import glassbox.core.Topic;
import glassbox.core.Messages;
import glassbox.store.Store;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;

/** Binds the main window's FXML controls and delegates every action to {@link MainWindow}. */
final class MainWindowController {
    private final MainWindow window;
    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private Menu themeMenu;
    @FXML private Menu languageMenu;
    @FXML private MenuItem exportPng;
    @FXML private MenuItem exportJson;
    @FXML private Label storeStatus;
    @FXML private Label taskMessage;
    @FXML private ProgressBar taskProgress;
    @FXML private Button taskCancel;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private javafx.scene.layout.HBox statusBar;
    @FXML private javafx.scene.layout.HBox lessonBar;
    @FXML private Label lessonTitle;
    @FXML private Label lessonPosition;
    @FXML private Label statusMessage;
    @FXML private javafx.scene.layout.VBox questionPane;
    @FXML private Label questionText;
    @FXML private javafx.scene.layout.VBox questionChoices;
    @FXML private javafx.scene.layout.Region blank;
    @FXML private javafx.scene.control.CheckMenuItem predictItem;
    @FXML private MenuItem lessonAdd;
    @FXML private MenuItem lessonEdit;
    @FXML private MenuItem lessonSave;
    @FXML private MenuItem lessonClose;
    private final ToggleGroup themeGroup = new ToggleGroup();
    private final ToggleGroup languageGroup = new ToggleGroup();

    MainWindowController(MainWindow window) {
        this.window = window;
    }

    void init(List<Topic> topics, Map<String, Tab> tabsById) {
        Messages m = window.messages();
        Tab welcome = new Tab(m.get("welcome.tab"), new WelcomePane(m, topics, window::select));
        welcome.setId("tab-" + MainWindow.WELCOME);
        welcome.setUserData(MainWindow.WELCOME);
        tabsById.put(MainWindow.WELCOME, welcome);
        tabs.getTabs().add(welcome);
        for (Topic t : topics) {
            Tab tab = new Tab(m.get(t.titleKey()));
            tab.setId("tab-" + t.id());
            tab.setUserData(t.id());
            tabsById.put(t.id(), tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> ensureContent(b));
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get(t.labelKey()));
            item.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setUserData(t);
            item.setToggleGroup(themeGroup);
            item.setOnAction(e -> window.setTheme(t));
            themeMenu.getItems().add(item);
        }
        for (Locale l : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(m.get(Messages.CHINESE.equals(l) ? "language.zh_CN" : "language.en"));
            item.setId("lang-" + Messages.tag(l));
            item.setToggleGroup(languageGroup);
            item.setSelected(l.equals(m.locale()));
            item.setOnAction(e -> window.setLocale(l));
            languageMenu.getItems().add(item);
        }
        exportPng.disableProperty().bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        exportJson.disableProperty().bind(tabs.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        window.work().currentProperty().addListener((o, a, b) -> showTask(b));
        blank.setOnMouseClicked(e -> window.lecture().setBlanked(false));
        showLesson(null, null, false);
    }

    // ---- lecture mode

    /** Menus and status bar: shown normally, folded away in presenter view. */
    void showChrome(boolean on) {
        for (javafx.scene.Node n : new javafx.scene.Node[] {menuBar, statusBar}) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    void showBlank(boolean on) {
        blank.setVisible(on);
    }

    void markPredict(boolean on) {
        predictItem.setSelected(on);
    }

    void showQuestion(String text, List<String> choices) {
        questionText.setText(text);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        questionChoices.getChildren().clear();
        char letter = 'A';
        for (String c : choices) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(letter++ + "  " + c);
            b.setToggleGroup(group);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.getStyleClass().add("question-choice");
            questionChoices.getChildren().add(b);
        }
        questionPane.setVisible(true);
        questionPane.setManaged(true);
    }

    void hideQuestion() {
        questionPane.setVisible(false);
        questionPane.setManaged(false);
    }

    /** The lesson's title and "scene 2 / 5" (null title: no lesson). */
    void showLesson(String title, String position, boolean presenting) {
        boolean on = title != null;
        lessonBar.setVisible(on);
        lessonBar.setManaged(on);
        lessonTitle.setText(on ? title : "");
        lessonPosition.setText(on ? position : "");
        lessonAdd.setDisable(!on);
        lessonEdit.setDisable(!on);
        lessonSave.setDisable(!on);
        lessonClose.setDisable(!on);
    }

    void showMessage(String text) {
        statusMessage.setText(text);
    }

    @FXML
    void undo() {
        window.undo();
    }

    @FXML
    void redo() {
        window.redo();
    }

    @FXML
    void togglePresenter() {
        window.lecture().setPresenting(!window.lecture().presenting());
    }

    @FXML
    void togglePredict() {
        window.lecture().setPredict(predictItem.isSelected());
    }

    @FXML
    void toggleBlank() {
        window.lecture().setBlanked(!window.lecture().blanked());
    }

    @FXML
    void reveal() {
        window.lecture().reveal();
    }

    @FXML
    void newLesson() {
        LessonActions.create(window);
    }

    @FXML
    void openLesson() {
        LessonActions.open(window);
    }

    @FXML
    void addScene() {
        LessonActions.addCurrentScene(window);
    }

    @FXML
    void editLesson() {
        LessonEditor.show(window);
    }

    @FXML
    void saveLesson() {
        LessonActions.save(window);
    }

    @FXML
    void closeLesson() {
        window.lecture().close();
    }

    TabPane tabs() {
        return tabs;
    }

    void ensureContent(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        TopicView v = window.view((String) tab.getUserData());
        if (v != null) {
            tab.setContent(v.root());
            window.lecture().refold();
        }
    }

    void markTheme(Theme theme) {
        themeGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == theme));
    }

    void showStore(Store s) {
        Messages m = window.messages();
        storeStatus.getStyleClass().remove("store-problem");
        if (s.problem() != null) {
            // a sentence: it wraps with the rest of the status line
            storeStatus.setText(m.get(s.problem().messageKey(), s.problemDetail()));
            storeStatus.getStyleClass().add("store-problem");
            storeStatus.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            storeStatus.setTooltip(null);
        } else {
            // the file name only (a full path filled a 1024-wide status line and was cut to "…");
            // the whole path is in the tooltip and in File › Run history
            java.nio.file.Path name = s.file() == null ? null : s.file().getFileName();
            storeStatus.setText(m.get("store.ready", name == null ? String.valueOf(s.file()) : name));
            storeStatus.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            storeStatus.setTooltip(new javafx.scene.control.Tooltip(m.get("store.ready", s.file())));
        }
    }

    private void showTask(Task<?> task) {
        boolean on = task != null;
        taskProgress.setVisible(on);
        taskProgress.setManaged(on);
        taskCancel.setVisible(on);
        taskCancel.setManaged(on);
        taskProgress.progressProperty().unbind();
        taskMessage.textProperty().unbind();
        if (on) {
            taskProgress.progressProperty().bind(task.progressProperty());
            taskMessage.textProperty().bind(task.messageProperty());
        } else {
            taskMessage.setText("");
        }
    }

    @FXML
    void exportFrame() {
        Exports.exportFrame(window);
    }

    @FXML
    void exportTrace() {
        Exports.exportTrace(window);
    }

    @FXML
    void showHistory() {
        RunHistoryDialog.show(window);
    }

    @FXML
    void quit() {
        window.saveSettings();
        window.stage().close();
        javafx.application.Platform.exit();
    }

    @FXML
    void fontBigger() {
        window.setFontSize(window.fontSize() + 1);
    }

    @FXML
    void fontSmaller() {
        window.setFontSize(window.fontSize() - 1);
    }

    @FXML
    void fontReset() {
        window.setFontSize(Settings.DEFAULT_FONT);
    }

    @FXML
    void toggleFullScreen() {
        window.toggleFullScreen();
    }

    @FXML
    void showKeys() {
        Dialogs.keys(window);
    }

    @FXML
    void showAbout() {
        Dialogs.about(window);
    }

    @FXML
    void cancelTask() {
        window.work().cancelCurrent();
    }
}
