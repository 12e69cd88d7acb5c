package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;

import glassbox.app.Exports;
import glassbox.bptree.engine.BptreeFrame;
import glassbox.testing.TestContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BptreeViewTest {
    BptreeView view;

    @Start
    void start(Stage stage) {
        view = new BptreeView(TestContexts.english(), new java.util.LinkedHashMap<>(), new Random(7));
        view.model().player().animationsProperty().set(false);
        view.model().autoPlayProperty().set(false);
        Scene scene = new Scene((Parent) view.root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    private BptreeFrame frame() {
        return (BptreeFrame) view.model().player().getStep().state();
    }

    @Test
    void typesKeysInsertsAndStepsBackAndForth(FxRobot robot) throws Exception {
        robot.clickOn("#bptree-key").write("5, 12, 7");
        robot.clickOn("#bptree-insert");
        WaitForAsyncUtils.waitForFxEvents();
        int size = view.model().player().getTrace().size();
        assertThat(size).isGreaterThan(6);
        assertThat(view.model().player().getIndex()).isZero();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().root().shape()).isEqualTo("[5 7 12]");
        assertThat(view.drawing().shownNodes()).hasSize(1);
        robot.clickOn("#player-first");
        robot.clickOn("#player-forward");
        robot.clickOn("#player-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().player().getIndex()).isEqualTo(2);
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).isNotBlank();
        assertThat(view.statsLabel().getText()).contains("Keys");
        Path png = Path.of("target/bptree-view-test.png");
        robot.interact(() -> {
            try {
                robot.clickOn("#player-last");
                Exports.writePng(view.frame(), png);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void enterInsertsAndSplitsGrowARoot(FxRobot robot) {
        robot.clickOn("#bptree-key").write("1, 2, 3, 4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().root().shape()).isEqualTo("[3]([1 2][3 4])");
        assertThat(view.drawing().shownNodes()).hasSize(3);
    }

    @Test
    void badInputShowsAMessageAndChangesNothing(FxRobot robot) {
        robot.clickOn("#bptree-key").write("5, x");
        robot.clickOn("#bptree-insert");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bptree-error").queryAs(Label.class).getText()).contains("x");
        assertThat(view.model().keys()).isEmpty();
    }

    @Test
    void duplicatesAreRefusedWithAMessage(FxRobot robot) {
        robot.clickOn("#bptree-key").write("5, 5");
        robot.clickOn("#bptree-insert");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bptree-error").queryAs(Label.class).getText()).contains("5");
        assertThat(view.model().keys()).containsExactly(5);
    }

    @Test
    void undoAndRedoRestoreTheTree(FxRobot robot) {
        robot.clickOn("#bptree-key").write("1..10");
        robot.clickOn("#bptree-insert");
        robot.clickOn("#bptree-key").eraseText(5).write("10");
        robot.clickOn("#bptree-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).hasSize(9);
        robot.clickOn("#bptree-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).hasSize(10);
        assertThat(frame().keyCount()).isEqualTo(10);
        robot.clickOn("#bptree-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).hasSize(9);
    }

    @Test
    void openedFromAnotherTabShowsThatIndex(FxRobot robot) {
        robot.interact(() -> view.open(Map.of("order", "5", "keys", "1,2,3,4,5,6,7,8,9")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().getOrder()).isEqualTo(5);
        assertThat(frame().root().shape()).isEqualTo("[3 5 7]([1 2][3 4][5 6][7 8 9])");
        assertThat(robot.lookup("#bptree-order").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(5);
    }

    @Test
    void aHundredThousandKeysDrawOnlyWhatIsVisible(FxRobot robot) {
        robot.clickOn("#bptree-random-n").eraseText(5).write("100000");
        robot.clickOn("#bptree-random");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().keys()).hasSize(100_000);
        assertThat(view.drawing().drawnNodes()).isLessThan(2_000);
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                view.drawing().zoomIn();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.drawing().drawnNodes()).isBetween(1, 2_000);
    }

    @Test
    void aLeafSplitAnimatesTheCopiedKeyRising(FxRobot robot) {
        robot.clickOn("#bptree-key").write("1, 2, 3, 4");
        robot.clickOn("#bptree-insert");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.model().player().animationsProperty().set(true);
            view.model().player().first();
            for (int i = 0; i < view.model().player().getTrace().size()
                    && !(frame().event() instanceof glassbox.bptree.engine.StepEvent.LeafSplit); i++) {
                view.model().player().forward();
            }
            view.drawing().freezeAt(0.5);
        });
        assertThat(frame().event()).isInstanceOf(glassbox.bptree.engine.StepEvent.LeafSplit.class);
        assertThat(view.drawing().flyingKeys()).containsExactly("3");
        robot.interact(() -> view.drawing().freezeAt(1));
        assertThat(view.drawing().flyingKeys()).isEmpty();
        assertThat(frame().root().shape()).isEqualTo("[3]([1 2][3 4])");
    }

    @Test
    void searchAndRangeWalkTheTree(FxRobot robot) {
        robot.interact(() -> view.open(Map.of("order", "4", "keys", "1..30")));
        robot.clickOn("#bptree-key").write("17");
        robot.clickOn("#bptree-search");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#player-last");
        assertThat(frame().event()).isEqualTo(new glassbox.bptree.engine.StepEvent.Found(
                ((glassbox.bptree.engine.StepEvent.Found) frame().event()).leaf(), 0, 17, true));
        robot.clickOn("#bptree-range-from").write("7");
        robot.clickOn("#bptree-range-to").write("16");
        robot.clickOn("#bptree-range");
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().output()).containsExactly(7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(robot.lookup("#bptree-output").queryAs(Label.class).getText()).contains("7, 8, 9");
    }

    @Test
    void aBackwardRangeIsRefused(FxRobot robot) {
        robot.clickOn("#bptree-range-from").write("9");
        robot.clickOn("#bptree-range-to").write("2");
        robot.clickOn("#bptree-range");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bptree-error").queryAs(Label.class).getText()).contains("9").contains("2");
    }

    @Test
    void changingTheOrderRebuildsTheSameKeysAndUndoes(FxRobot robot) {
        robot.interact(() -> view.open(Map.of("order", "4", "keys", "1..20")));
        robot.interact(() -> view.model().setOrder(7));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().getOrder()).isEqualTo(7);
        assertThat(view.model().keys()).hasSize(20);
        assertThat(frame().order()).isEqualTo(7);
        robot.clickOn("#bptree-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().getOrder()).isEqualTo(4);
    }

    @Test
    void bulkLoadBuildsBottomUpAndClearEmpties(FxRobot robot) {
        robot.clickOn("#bptree-key").write("1..20");
        robot.clickOn("#bptree-bulk");
        robot.clickOn("#player-last");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().root().shape()).isEqualTo("[13]([4 7 10]([1 2 3][4 5 6][7 8 9][10 11 12])[16 19]([13 14 15][16 17 18][19 20]))");
        robot.clickOn("#bptree-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame().root()).isNull();
        assertThat(view.model().keys()).isEmpty();
        robot.clickOn("#bptree-undo");
        assertThat(view.model().keys()).hasSize(20);
    }

    @Test
    void ctrlPlusZoomsOnlyOverTheTree(FxRobot robot) {
        javafx.scene.input.KeyEvent plus = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", KeyCode.EQUALS, false, true, false, false);
        robot.moveTo("#bptree-key");
        assertThat(view.handleShortcut(plus)).isFalse();
        robot.moveTo(view.drawing());
        WaitForAsyncUtils.waitForFxEvents();
        double before = view.drawing().zoomProperty().get();
        robot.interact(() -> assertThat(view.handleShortcut(plus)).isTrue());
        assertThat(view.drawing().zoomProperty().get()).isGreaterThan(before);
    }

    @Test
    void aMergedNodeFadesOut(FxRobot robot) {
        robot.interact(() -> view.open(Map.of("order", "3", "keys", "1,2,3")));
        robot.interact(() -> view.model().delete("3, 2"));
        robot.interact(() -> {
            view.model().player().animationsProperty().set(true);
            view.model().player().first();
            for (int i = 0; i < view.model().player().getTrace().size()
                    && !(frame().event() instanceof glassbox.bptree.engine.StepEvent.Merge); i++) {
                view.model().player().forward();
            }
            view.drawing().freezeAt(0.5);
        });
        glassbox.bptree.engine.StepEvent.Merge merge = (glassbox.bptree.engine.StepEvent.Merge) frame().event();
        assertThat(view.drawing().shownNodes()).containsKey(merge.right());
        assertThat(view.drawing().shownNodes().get(merge.right()).getOpacity()).isEqualTo(0.5);
        robot.interact(() -> view.drawing().freezeAt(1));
        assertThat(view.drawing().shownNodes()).doesNotContainKey(merge.right());
    }
}
