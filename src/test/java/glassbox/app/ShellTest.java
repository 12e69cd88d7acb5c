package glassbox.app;

import glassbox.core.Playback;
import glassbox.core.BackgroundWork;
import glassbox.core.ViewContext;
import glassbox.core.TopicView;
import glassbox.core.Topic;
import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.Messages;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import glassbox.player.view.TestTraces;
import glassbox.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window with one fake topic: tabs, keys wherever focus is, theme, language, store. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private MainWindow window;
    private FakeTopic topic;
    private Settings settings;
    private Path dir;

    /** A topic whose tab shows the fixed test trace and a text field. */
    static final class FakeTopic implements Topic {
        PlayerViewModel player;
        Map<String, String> opened;
        int disposed;

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String titleKey() {
            return "app.title";
        }

        @Override
        public String summaryKey() {
            return "welcome.intro";
        }

        @Override
        public TopicView create(ViewContext context) {
            player = new PlayerViewModel();
            player.animationsProperty().set(false);
            PlayerPane pane = new PlayerPane(player, TestTraces.messages());
            TextField field = new TextField();
            field.setId("fake-field");
            pane.setControls(field);
            pane.setStage(new Pane(), null);
            player.load(TestTraces.five());
            return new TopicView() {
                @Override
                public Node root() {
                    return pane;
                }

                @Override
                public PlayerViewModel player() {
                    return player;
                }

                @Override
                public Node frame() {
                    return pane;
                }

                @Override
                public void open(Map<String, String> params) {
                    opened = params;
                }

                @Override
                public void dispose() {
                    disposed++;
                }
            };
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("glassbox-shell");
        settings = Settings.load(dir);
        topic = new FakeTopic();
        window = new MainWindow(stage, settings, BackgroundWork.sameThread(), Locale.ENGLISH, List.of(topic));
        window.show("fake");
    }

    @Test
    void playerKeysWorkWhereverFocusIsButNotInTextFields(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.PAGE_DOWN);
        assertThat(counter(robot)).isEqualTo("4 / 5");
        robot.type(KeyCode.LEFT, KeyCode.PAGE_UP);
        assertThat(counter(robot)).isEqualTo("2 / 5");
        robot.type(KeyCode.END);
        assertThat(counter(robot)).isEqualTo("5 / 5");
        robot.type(KeyCode.HOME);
        assertThat(counter(robot)).isEqualTo("1 / 5");
        robot.clickOn("#fake-field").type(KeyCode.RIGHT, KeyCode.SPACE);
        assertThat(counter(robot)).isEqualTo("1 / 5");
        assertThat(topic.player.isPlaying()).isFalse();
    }

    @Test
    void plusAndMinusChangeSpeedAndSpaceToggles(FxRobot robot) {
        robot.type(KeyCode.EQUALS);
        assertThat(topic.player.speedProperty().get()).isEqualTo(1.5);
        robot.type(KeyCode.MINUS, KeyCode.MINUS);
        assertThat(topic.player.speedProperty().get()).isEqualTo(0.75);
        robot.type(KeyCode.SPACE);
        assertThat(topic.player.isPlaying()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(topic.player.isPlaying()).isFalse();
    }

    @Test
    void ctrlEqualsAndMinusChangeTheFontSize(FxRobot robot) {
        double before = window.fontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.fontSize()).isEqualTo(before + 1);
        assertThat(robot.lookup(".glassbox-root").query().getStyle()).contains("-fx-font-size: 14.0px");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(window.fontSize()).isEqualTo(before - 1);
    }

    @Test
    void themesComeFromTheViewMenuAndProjectorScalesFonts(FxRobot robot) {
        // Monocle cannot open nested menus reliably: fire the View ▸ Theme ▸ Dark item itself.
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu themes = (javafx.scene.control.Menu) bar.getMenus().get(2).getItems().get(0); // File, Edit, View
        javafx.scene.control.MenuItem dark = themes.getItems().stream()
                .filter(i -> "theme-dark".equals(i.getId())).findFirst().orElseThrow();
        assertThat(dark.getText()).isEqualTo("Dark");
        robot.interact(dark::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".glassbox-root").query().getStyleClass()).contains("theme-dark");
        robot.interact(() -> window.setTheme(Theme.PROJECTOR));
        assertThat(robot.lookup(".glassbox-root").query().getStyleClass())
                .contains("theme-projector").doesNotContain("theme-dark");
        assertThat(robot.lookup(".glassbox-root").query().getStyle()).contains("-fx-font-size: 19.5px");
    }

    @Test
    void switchingToChineseRelabelsTheWindowAndKeepsTheTab(FxRobot robot) {
        robot.interact(() -> window.setLocale(Messages.CHINESE));
        TabPane tabs = robot.lookup(".topic-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(0).getText()).isEqualTo("欢迎");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-fake");
        assertThat(robot.lookup("#player-forward").queryAll()).isNotEmpty();
        assertThat(topic.disposed).as("the old tab content was released").isEqualTo(1);
    }

    @Test
    void theWelcomeTabListsTopicsAndKeys(FxRobot robot) {
        robot.interact(() -> window.select("welcome"));
        assertThat(robot.lookup(".key-cap").queryAll()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(robot.lookup(".welcome-topic").queryAll()).hasSize(1);
        assertThat(window.activePlayer()).isNull();
        assertThat(topic.player.getIndex()).isZero();
        robot.clickOn("#welcome-open-fake");
        assertThat(window.selectedId()).isEqualTo("fake");
    }

    @Test
    void settingsAreRememberedBetweenRuns(FxRobot robot) {
        robot.interact(() -> {
            window.setTheme(Theme.DARK);
            window.setFontSize(16);
            topic.player.speedProperty().set(2.0);
            window.saveSettings();
        });
        Settings again = Settings.load(dir);
        assertThat(again.get("theme", null)).isEqualTo("dark");
        assertThat(again.get("tab", null)).isEqualTo("fake");
        assertThat(again.getDouble("speed", 0, 0, 10)).isEqualTo(2.0);
        assertThat(again.getDouble("fontSize", 0, 0, 100)).isEqualTo(16.0);
        assertThat(again.get("lang", null)).isEqualTo("en");
    }

    @Test
    void aStoreProblemIsSaidPlainlyInTheStatusBar(FxRobot robot) throws Exception {
        Path notADir = Files.createTempFile("glassbox", ".txt");
        Store s = Store.open(notADir.resolve("sub"));
        robot.interact(() -> window.storeOpened(s));
        String status = robot.lookup(".store-status").queryAs(Label.class).getText();
        assertThat(status).startsWith("Run history in memory only: cannot write to");
        assertThat(robot.lookup(".store-problem").queryAll()).hasSize(1);
    }

    @Test
    void otherTabsCanOpenATopicWithParameters(FxRobot robot) {
        robot.interact(() -> window.select("welcome"));
        robot.interact(() -> window.open("fake", Map.of("order", "4")));
        assertThat(topic.opened).containsEntry("order", "4");
        assertThat(window.selectedId()).isEqualTo("fake");
    }

    @Test
    void exportsWriteTheFrameAsPngAndTheTraceAsJson(FxRobot robot) throws Exception {
        Path png = dir.resolve("frame.png");
        Path json = dir.resolve("trace.json");
        robot.interact(() -> {
            try {
                Exports.writePng(window.selectedView().frame(), png);
                Exports.writeTrace(topic.player.getTrace(), json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(100);
        com.fasterxml.jackson.databind.JsonNode trace = glassbox.core.Json.MAPPER.readTree(json.toFile());
        assertThat(trace.get("codeKey").asText()).isEqualTo("playertest.code");
        assertThat(trace.get("steps")).hasSize(5);
        assertThat(trace.get("steps").get(2).get("event").asText()).isEqualTo("SPLIT");
        assertThat(trace.get("steps").get(0).get("narration").get("key").asText()).isEqualTo("playertest.step");
    }

    @Test
    void theRunHistoryListsSavedRunsNewestFirst(FxRobot robot) throws Exception {
        Store s = Store.inMemory();
        s.saveRun("threads", "{\"policy\":\"gil\"}", "{\"wall_ms\":200}");
        s.saveRun("database", "{\"rows\":1000}", "{\"speedup\":90}");
        robot.interact(() -> window.storeOpened(s));
        javafx.scene.control.TableView<glassbox.store.Run> table =
                RunHistoryDialog.table(window, s.runs(null, 10));
        assertThat(table.getItems()).extracting(glassbox.store.Run::topic).containsExactly("database", "threads");
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("rows 1000");
        assertThat(table.getColumns().get(2).getCellData(1)).isEqualTo("wall_ms 200");
    }

    private static String counter(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#player-counter").queryAs(Label.class).getText();
    }
}
