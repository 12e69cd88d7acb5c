package glassbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.BackgroundWork;
import glassbox.core.Topic;
import glassbox.core.TopicView;
import glassbox.core.ViewContext;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A topic's stylesheet joins the window's scene when its tab is first built, and stays through a theme change. */
@ExtendWith(ApplicationExtension.class)
class TopicStylesheetTest {
    private static final String FIRST = "/glassbox/python/python.css";
    private static final String SECOND = "/glassbox/threads/threads.css";
    private MainWindow window;

    /** The shell test's fake topic under another id, with a stylesheet. */
    private record Styled(String id, String stylesheet, ShellTest.FakeTopic fake) implements Topic {
        @Override
        public String titleKey() {
            return fake.titleKey();
        }

        @Override
        public String summaryKey() {
            return fake.summaryKey();
        }

        @Override
        public TopicView create(ViewContext context) {
            return fake.create(context);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Settings settings = Settings.load(Files.createTempDirectory("glassbox-sheets"));
        window = new MainWindow(stage, settings, BackgroundWork.sameThread(), Locale.ENGLISH, List.of(
                new Styled("first", FIRST, new ShellTest.FakeTopic()),
                new Styled("second", SECOND, new ShellTest.FakeTopic())));
        window.show(MainWindow.WELCOME);
    }

    private List<String> sheets() {
        return window.stage().getScene().getStylesheets();
    }

    private static String url(String path) {
        return TopicStylesheetTest.class.getResource(path).toExternalForm();
    }

    @Test
    void aTopicsStylesheetIsOnTheSceneOnceItsTabIsBuilt(FxRobot robot) {
        assertThat(sheets()).doesNotContain(url(FIRST), url(SECOND));
        robot.interact(() -> window.select("first"));
        assertThat(sheets()).contains(url(FIRST)).doesNotContain(url(SECOND));
        robot.interact(() -> window.setTheme(Theme.DARK));
        assertThat(sheets()).contains(url(FIRST)).doesNotContain(url(SECOND));
        robot.interact(() -> window.select("second"));
        robot.interact(() -> window.select("first"));
        assertThat(sheets()).containsOnlyOnce(url(FIRST), url(SECOND));
    }
}
