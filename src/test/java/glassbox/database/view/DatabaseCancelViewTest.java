package glassbox.database.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.core.ViewContext;
import glassbox.core.BackgroundWork;
import glassbox.core.Messages;
import glassbox.store.Store;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The progress and Cancel path with a real background thread, as in the app. */
@ExtendWith(ApplicationExtension.class)
class DatabaseCancelViewTest {
    final ExecutorService executor = Executors.newSingleThreadExecutor();
    DatabaseView view;
    ViewContext context;

    @Start
    void start(Stage stage) {
        context = new ViewContext(new Messages(Locale.ENGLISH), new BackgroundWork(executor),
                glassbox.core.RunLog.discard(), (id, p) -> { });
        view = ShownView.show(stage, context, null);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    void runRows(FxRobot robot, String rows) {
        javafx.scene.control.TextField field = robot.lookup("#database-rows").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(rows));
        robot.clickOn("#database-run-index");
    }

    /** Waits until the single worker thread has finished everything submitted so far. */
    void awaitWorker() throws Exception {
        executor.submit(() -> { }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancellingABuildDeletesItsTemporaryDatabaseAndTheTabStaysUsable(FxRobot robot) throws Exception {
        runRows(robot, "2000");
        awaitWorker();
        assertThat(view.indexModel().getResult().rows()).isEqualTo(2_000);
        assertThat(view.indexModel().temporaryFolders()).as("temporary database deleted after the run").isEmpty();

        javafx.beans.value.ChangeListener<Task<?>> canceller = (o, a, task) -> cancelOnFirstProgress(task);
        robot.interact(() -> context.work().currentProperty().addListener(canceller));
        runRows(robot, "5,000,000");
        awaitWorker();
        robot.interact(() -> context.work().currentProperty().removeListener(canceller));

        assertThat(view.indexModel().temporaryFolders()).as("temporary database deleted on Cancel").isEmpty();
        assertThat(robot.lookup("#database-index-status").queryAs(Label.class).getText()).startsWith("Cancelled");
        assertThat(view.indexModel().getResult().rows()).isEqualTo(2_000);
        assertThat(robot.lookup("#database-run-index").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(context.work().currentProperty().get()).isNull();

        runRows(robot, "3000");
        awaitWorker();
        assertThat(view.indexModel().getResult().rows()).isEqualTo(3_000);
        assertThat(view.indexModel().temporaryFolders()).isEmpty();
    }

    private static void cancelOnFirstProgress(Task<?> task) {
        if (task != null) {
            task.progressProperty().addListener((o, a, p) -> {
                if (p.doubleValue() > 0) {
                    task.cancel();
                }
            });
        }
    }
}
