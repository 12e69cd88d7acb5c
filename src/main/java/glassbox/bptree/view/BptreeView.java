package glassbox.bptree.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Fxml;
import glassbox.core.Json;
import glassbox.core.Playback;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The B+Tree tab: the B+Tree mode (layout in {@code BptreeView.fxml}) and any extra modes plugged
 * in by id (e.g. {@code compare}, {@code innodb}), each a {@link TopicView} built on first
 * selection. The player, frame, scene, undo and shortcuts are those of the mode shown; a scene's
 * {@code "mode"} key picks the mode and the rest of its input goes to that mode.
 */
public final class BptreeView implements TopicView {
    static final String BPTREE = "bptree";

    private final BptreeViewModel model;
    private final TreeDrawing drawing = new TreeDrawing();
    private final BptreeController controller;
    private final Node root;
    private final LinkedHashMap<String, Supplier<TopicView>> extraModes;
    private final Map<String, TopicView> built = new HashMap<>();
    private String mode = BPTREE;

    public BptreeView(ViewContext context) {
        this(context, new LinkedHashMap<>());
    }

    public BptreeView(ViewContext context, LinkedHashMap<String, Supplier<TopicView>> extraModes) {
        this(context, extraModes, new Random());
    }

    BptreeView(ViewContext context, LinkedHashMap<String, Supplier<TopicView>> extraModes, Random random) {
        this.model = new BptreeViewModel(context, random);
        this.extraModes = new LinkedHashMap<>(extraModes);
        this.extraModes.remove(BPTREE);
        this.controller = new BptreeController(model, drawing, context.messages(), this::selectMode);
        this.root = Fxml.load("/glassbox/bptree/BptreeView.fxml", context.messages(), controller);
        List<String> ids = new ArrayList<>();
        ids.add(BPTREE);
        ids.addAll(this.extraModes.keySet());
        controller.offerModes(ids);
    }

    /** Shows mode {@code id} (building it the first time); unknown ids are ignored. */
    void selectMode(String id) {
        if (id.equals(mode) || !(id.equals(BPTREE) || extraModes.containsKey(id))) {
            return;
        }
        Playback old = player();
        if (old != null) {
            old.pause();
        }
        mode = id;
        controller.showContent(id.equals(BPTREE) ? null : sub(id).root());
        controller.markMode(id);
    }

    private TopicView sub(String id) {
        return built.computeIfAbsent(id, k -> extraModes.get(k).get());
    }

    /** The mode shown: null for the B+Tree mode itself. */
    private TopicView active() {
        return mode.equals(BPTREE) ? null : sub(mode);
    }

    /** The id of the mode shown. */
    String mode() {
        return mode;
    }

    // ---------------------------------------------------------------- TopicView

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Playback player() {
        TopicView a = active();
        return a == null ? model.player() : a.player();
    }

    @Override
    public Node frame() {
        TopicView a = active();
        return a == null ? controller.frame() : a.frame();
    }

    @Override
    public void open(Map<String, String> params) {
        selectMode(BPTREE);
        model.open(params);
    }

    @Override
    public boolean startDemo() {
        selectMode(BPTREE);
        model.demo(5, 1000);
        return true;
    }

    /**
     * The input of the mode shown: {@code {"mode": "bptree", "order": …, "keys": …, "bulk": …,
     * "ops": …}}, or {@code {"mode": "<id>", …that mode's keys…}}.
     */
    @Override
    public Optional<ObjectNode> scene() {
        TopicView a = active();
        if (a == null) {
            return Optional.of(model.scene());
        }
        return a.scene().map(s -> {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.put("mode", mode);
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("mode")) {
                    o.set(e.getKey(), e.getValue());
                }
            });
            return o;
        });
    }

    @Override
    public void applyScene(ObjectNode input) throws SceneProblem {
        String id = BPTREE;
        if (input.has("mode")) {
            if (!input.get("mode").isTextual()) {
                throw new SceneProblem("mode", "must be a string: one of " + modeIds());
            }
            id = input.get("mode").asText();
        }
        if (id.equals(BPTREE)) {
            model.applyScene(input);
        } else if (extraModes.containsKey(id)) {
            ObjectNode rest = input.deepCopy();
            rest.remove("mode");
            sub(id).applyScene(rest);
        } else {
            throw new SceneProblem("mode", "unknown mode \"" + id + "\" (one of " + modeIds() + ")");
        }
        selectMode(id);
    }

    private String modeIds() {
        List<String> ids = new ArrayList<>();
        ids.add(BPTREE);
        ids.addAll(extraModes.keySet());
        return String.join(", ", ids);
    }

    @Override
    public Undoable undoable() {
        TopicView a = active();
        return a == null ? model.undoable() : a.undoable();
    }

    /** Ctrl+= / Ctrl+− zoom the tree while the pointer is over it; elsewhere they stay font size. */
    @Override
    public boolean handleShortcut(KeyEvent e) {
        TopicView a = active();
        if (a != null) {
            return a.handleShortcut(e);
        }
        if (!drawing.isHover()) {
            return false;
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.EQUALS || c == KeyCode.PLUS || c == KeyCode.ADD) {
            drawing.zoomIn();
            return true;
        }
        if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
            drawing.zoomOut();
            return true;
        }
        return false;
    }

    @Override
    public void dispose() {
        built.values().forEach(TopicView::dispose);
    }

    // ---------------------------------------------------------------- for tests

    BptreeViewModel model() {
        return model;
    }

    TreeDrawing drawing() {
        return drawing;
    }

    javafx.scene.control.Label statsLabel() {
        return controller.stats();
    }
}
