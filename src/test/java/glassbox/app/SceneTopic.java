package glassbox.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.core.Narration;
import glassbox.core.SceneProblem;
import glassbox.core.Topic;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.Trace;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import glassbox.player.view.TestTraces;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * A fake topic whose input is a step count: scene {@code {"steps": n}} (2..50) builds a trace of n
 * steps with a "split" marker on steps 3 and 5 (1-based) when they exist. It records undo/redo
 * calls and whether its outcome is hidden.
 */
final class SceneTopic implements Topic {
    private final String id;
    /** The first view built (the window's); later ones are throw-away checks. */
    PlayerViewModel player;
    int steps = 5;
    int undos;
    int redos;
    boolean outcomeHidden;
    int built;
    /** The context the window handed the first view. */
    ViewContext context;

    SceneTopic(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return "app.title";
    }

    @Override
    public String summaryKey() {
        return "welcome.intro";
    }

    static Trace<Integer> trace(int n) {
        Trace.Builder<Integer> b = Trace.builder("playertest.code");
        for (int i = 1; i <= n; i++) {
            b.add(i, Narration.of("playertest.step", String.valueOf(i)), 1, Set.of(),
                    i == 3 || i == 5 ? TestTraces.Marker.SPLIT : null);
        }
        return b.build();
    }

    @Override
    public TopicView create(ViewContext context) {
        if (built == 0) {
            this.context = context;
        }
        return new View(++built == 1);
    }

    /** One tab content; only the first one reports into the topic's fields. */
    private final class View implements TopicView {
        private final boolean primary;
        private final PlayerViewModel viewPlayer = new PlayerViewModel();
        private final PlayerPane pane;
        private final Pane drawing = new Pane();
        private int viewSteps = 5;

        View(boolean primary) {
        this.primary = primary;
        if (primary) {
            player = viewPlayer;
        }
        viewPlayer.animationsProperty().set(false);
        pane = new PlayerPane(viewPlayer, TestTraces.messages());
        TextField field = new TextField();
        field.setId(id + "-field");
        field.setOnAction(e -> load(Integer.parseInt(field.getText().strip())));
        TextArea area = new TextArea();
        area.setId(id + "-area");
        area.setPrefRowCount(2);
        pane.setControls(new HBox(field, area));
        drawing.setId(id + "-drawing");
        drawing.setMinSize(200, 200);
        pane.setStage(drawing, null);
        load(viewSteps);
        }

            @Override
            public Node root() {
                return pane;
            }

            @Override
            public PlayerViewModel player() {
                return viewPlayer;
            }

            @Override
            public Node frame() {
                return drawing;
            }

            @Override
            public Optional<ObjectNode> scene() {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("steps", viewSteps);
                return Optional.of(o);
            }

            @Override
            public void applyScene(ObjectNode input) throws SceneProblem {
                Iterator<String> names = input.fieldNames();
                while (names.hasNext()) {
                    String n = names.next();
                    if (!n.equals("steps")) {
                        throw new SceneProblem(n, "unknown key");
                    }
                }
                JsonNode s = input.get("steps");
                if (s == null || !s.isInt() || s.asInt() < 2 || s.asInt() > 50) {
                    throw new SceneProblem("steps", "must be a whole number 2..50");
                }
                load(s.asInt());
            }

            @Override
            public Undoable undoable() {
                return new Undoable() {
                    @Override
                    public boolean undo() {
                        undos++;
                        return true;
                    }

                    @Override
                    public boolean redo() {
                        redos++;
                        return true;
                    }
                };
            }

            @Override
            public boolean setOutcomeHidden(boolean hidden) {
                if (primary) {
                    outcomeHidden = hidden;
                }
                return true;
            }

        private void load(int n) {
            viewSteps = n;
            if (primary) {
                steps = n;
            }
            viewPlayer.load(trace(n));
        }
    }
}
