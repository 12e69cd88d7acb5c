package glassbox.bptree.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.core.Playback;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.player.view.PlayerViewModel;
import glassbox.testing.TestContexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tab as a host of extra modes, with a tiny fake mode standing in for Compare or InnoDB. */
@ExtendWith(ApplicationExtension.class)
class BptreeModesTest {
    /** A mode with one number as its input, recording what the host hands it. */
    static final class FakeMode implements TopicView {
        final Label root = new Label("fake mode");
        final PlayerViewModel player = new PlayerViewModel();
        final List<String> calls = new ArrayList<>();
        int n = 1;

        FakeMode() {
            root.setId("fake-root");
        }

        public Node root() {
            return root;
        }

        public Playback player() {
            return player;
        }

        public Node frame() {
            return root;
        }

        public Optional<ObjectNode> scene() {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("n", n);
            return Optional.of(o);
        }

        public void applyScene(ObjectNode input) throws SceneProblem {
            calls.add("apply " + input);
            if (!input.has("n") || !input.get("n").isInt() || input.size() != 1) {
                throw new SceneProblem("n", "a whole number, alone");
            }
            n = input.get("n").asInt();
        }

        public Undoable undoable() {
            return new Undoable() {
                public boolean undo() {
                    calls.add("undo");
                    return true;
                }

                public boolean redo() {
                    calls.add("redo");
                    return true;
                }
            };
        }

        public boolean handleShortcut(KeyEvent e) {
            calls.add("shortcut " + e.getCode());
            return true;
        }
    }

    BptreeView view;
    int built;
    FakeMode fake;

    @Start
    void start(Stage stage) {
        LinkedHashMap<String, Supplier<TopicView>> modes = new LinkedHashMap<>();
        modes.put("fake", () -> {
            built++;
            fake = new FakeMode();
            return fake;
        });
        view = new BptreeView(TestContexts.english(), modes, new Random(3));
        view.model().autoPlayProperty().set(false);
        stage.setScene(new Scene((Parent) view.root(), 1280, 720));
        stage.show();
    }

    @Test
    void theSelectorShowsTheModesAndBuildsOneOnFirstSelection(FxRobot robot) {
        assertThat(robot.lookup("#bptree-modes").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#bptree-mode-bptree").tryQuery()).isPresent();
        assertThat(robot.lookup("#bptree-mode-fake").tryQuery()).isPresent();
        assertThat(robot.lookup("#bptree-mode-compare").tryQuery()).isEmpty();
        assertThat(built).isZero();
        assertThat(view.player()).isSameAs(view.model().player());

        robot.clickOn("#bptree-mode-fake");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built).isEqualTo(1);
        assertThat(robot.lookup("#fake-root").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#bptree-key").tryQuery()).isEmpty();
        assertThat(view.player()).isSameAs(fake.player);
        assertThat(view.frame()).isSameAs(fake.root);
        assertThat(view.scene().orElseThrow().toString()).isEqualTo("{\"mode\":\"fake\",\"n\":1}");
        view.undoable().undo();
        KeyEvent plus = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.EQUALS, false, true, false, false);
        assertThat(view.handleShortcut(plus)).isTrue();
        assertThat(fake.calls).containsExactly("undo", "shortcut EQUALS");

        robot.clickOn("#bptree-mode-bptree");
        robot.clickOn("#bptree-mode-fake");
        robot.clickOn("#bptree-mode-bptree");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built).isEqualTo(1);
        assertThat(robot.lookup("#bptree-key").queryAs(Node.class).isVisible()).isTrue();
        assertThat(view.player()).isSameAs(view.model().player());
        assertThat(view.scene().orElseThrow().get("mode").asText()).isEqualTo("bptree");
    }

    @Test
    void aScenesModeKeyPicksTheModeAndTheRestGoesToIt(FxRobot robot) throws Exception {
        robot.interact(() -> apply("{\"mode\": \"fake\", \"n\": 7}"));
        assertThat(fake.calls).containsExactly("apply {\"n\":7}");
        assertThat(view.mode()).isEqualTo("fake");
        assertThat(robot.lookup("#bptree-mode-fake").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        ObjectNode described = view.scene().orElseThrow();
        assertThat(described.toString()).isEqualTo("{\"mode\":\"fake\",\"n\":7}");
        robot.interact(() -> apply(described.toString()));
        assertThat(view.scene().orElseThrow()).isEqualTo(described);

        robot.interact(() -> apply("{\"mode\": \"bptree\", \"order\": 5, \"keys\": \"1..4\"}"));
        assertThat(view.mode()).isEqualTo("bptree");
        assertThat(view.model().getOrder()).isEqualTo(5);

        ObjectNode bad = (ObjectNode) Json.MAPPER.readTree("{\"mode\": \"fake\", \"n\": \"x\"}");
        assertThatThrownBy(() -> view.applyScene(bad)).isInstanceOf(SceneProblem.class)
                .satisfies(t -> assertThat(((SceneProblem) t).field()).isEqualTo("n"));
        assertThat(view.mode()).isEqualTo("bptree");
        ObjectNode unknown = (ObjectNode) Json.MAPPER.readTree("{\"mode\": \"compare\"}");
        assertThatThrownBy(() -> view.applyScene(unknown)).isInstanceOf(SceneProblem.class)
                .hasMessageContaining("bptree, fake");
    }

    @Test
    void withoutExtraModesThereIsNoSelector(FxRobot robot) {
        BptreeView[] single = new BptreeView[1];
        robot.interact(() -> single[0] = new BptreeView(TestContexts.english(), new LinkedHashMap<>(), new Random(1)));
        Node bar = single[0].root().lookup("#bptree-modes");
        assertThat(bar.isVisible()).isFalse();
        assertThat(bar.isManaged()).isFalse();
    }

    private void apply(String json) {
        try {
            view.applyScene((ObjectNode) Json.MAPPER.readTree(json));
        } catch (Exception e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
