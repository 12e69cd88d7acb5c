package glassbox.python.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Fxml;
import glassbox.core.Messages;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.Step;
import glassbox.player.Trace;
import glassbox.player.view.PlayerPane;
import glassbox.player.view.PlayerViewModel;
import glassbox.python.engine.CopyEngine;
import glassbox.python.engine.CopyState;
import glassbox.python.engine.ObjectHighlight;
import glassbox.python.engine.Preset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The Python tab: script editor and output on the left, frames and heap in the middle (or the
 * copy-vs-deepcopy pair), narration, deepcopy pseudo-code and memo on the right, the shared player
 * below. Layout in {@code PythonView.fxml}; state in {@link PythonViewModel}; this class draws each
 * step and answers the shell (scenes, undo, shortcuts).
 */
public final class PythonView implements TopicView {
    private final Messages messages;
    private final PythonViewModel model;
    private final PlayerPane pane;
    private final ScriptEditor editor = new ScriptEditor();
    private final GraphPane graph;
    private final GraphPane shallowGraph;
    private final GraphPane deepGraph;
    private final MemoPane memo;
    private final PythonController controller;

    public PythonView(ViewContext context) {
        this.messages = context.messages();
        this.model = new PythonViewModel(context);
        this.pane = new PlayerPane(model.player(), messages);
        this.graph = new GraphPane(messages);
        this.shallowGraph = new GraphPane(messages);
        this.deepGraph = new GraphPane(messages);
        this.memo = new MemoPane(messages);
        graph.setId("copy-graph");
        shallowGraph.setId("copy-graph-shallow");
        deepGraph.setId("copy-graph-deep");
        controller = new PythonController(model, messages, editor, graph, shallowGraph, deepGraph, memo);
        Fxml.load("/glassbox/python/PythonView.fxml", messages, controller);
        pane.getStyleClass().add("copy-tab");
        pane.setControls(controller.controls());
        pane.setStage(controller.center(), controller.side());
        model.player().traceProperty().addListener((o, a, t) -> relayout(t));
        model.player().addStepListener(this::show);
        for (GraphPane g : List.of(graph, shallowGraph, deepGraph)) {
            g.setOnFontScale(this::rescale);
        }
        controller.choosePreset(Preset.SHALLOW_NESTED);
    }

    /** The text size changed (theme, font size): lay the trace out again at the new scale and redraw the step. */
    private void rescale() {
        Trace<?> t = model.player().getTrace();
        Step<?> s = model.player().getStep();
        if (t == null || s == null) {
            return;
        }
        relayout(t);
        show(s, null, Duration.ZERO);
    }

    public PythonViewModel model() {
        return model;
    }

    @Override
    public Node root() {
        return pane;
    }

    @Override
    public PlayerViewModel player() {
        return model.player();
    }

    @Override
    public Node frame() {
        return controller.stage();
    }

    public GraphPane graph() {
        return graph;
    }

    public GraphPane shallowGraph() {
        return shallowGraph;
    }

    public GraphPane deepGraph() {
        return deepGraph;
    }

    ScriptEditor editor() {
        return editor;
    }

    MemoPane memo() {
        return memo;
    }

    @Override
    public Optional<ObjectNode> scene() {
        return Optional.of(model.scene());
    }

    @Override
    public void applyScene(ObjectNode input) throws SceneProblem {
        model.applyScene(input);
    }

    @Override
    public Undoable undoable() {
        return model.undoable();
    }

    @Override
    public void open(Map<String, String> params) {
        String p = params.get("preset");
        if (p != null) {
            for (Preset preset : Preset.values()) {
                if (preset.file().equalsIgnoreCase(p) || preset.name().equalsIgnoreCase(p)) {
                    controller.choosePreset(preset);
                }
            }
        }
        if (params.containsKey("script")) {
            model.scriptProperty().set(params.get("script"));
            model.run();
        }
        if (params.containsKey("sideBySide")) {
            model.sideBySideProperty().set(Boolean.parseBoolean(params.get("sideBySide")));
        }
    }

    /** Ctrl+Enter runs the script (the shell offers Ctrl shortcuts to the tab first). */
    @Override
    public boolean handleShortcut(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            model.run();
            return true;
        }
        return false;
    }

    /** The demo: the tour preset (an instance, a with block, a generator on the frame stack), played. */
    @Override
    public boolean startDemo() {
        controller.choosePresetQuietly(Preset.TOUR);
        model.playPreset(Preset.TOUR);
        return true;
    }

    private void relayout(Trace<?> trace) {
        if (trace == null) {
            return;
        }
        List<CopyState> single = new ArrayList<>();
        List<CopyState> shallow = new ArrayList<>();
        List<CopyState> deep = new ArrayList<>();
        for (Step<?> s : trace.steps()) {
            if (s.state() instanceof CopyState cs) {
                single.add(cs);
            } else if (s.state() instanceof CopyEngine.Pair p) {
                shallow.add(p.shallow());
                deep.add(p.deep());
            }
        }
        if (!single.isEmpty()) {
            graph.setLayout(GraphLayout.of(single, graph.fontScale()));
        } else {
            shallowGraph.setLayout(GraphLayout.of(shallow, shallowGraph.fontScale()));
            deepGraph.setLayout(GraphLayout.of(deep, deepGraph.fontScale()));
        }
    }

    private static Set<String> objectIds(Step<?> step) {
        Set<String> ids = new HashSet<>();
        for (Object h : step.highlights()) {
            if (h instanceof ObjectHighlight o) {
                ids.add(o.id());
            }
        }
        return ids;
    }

    private void show(Step<?> step, Step<?> previous, Duration d) {
        Set<String> highlights = objectIds(step);
        CopyState lead;
        if (step.state() instanceof CopyEngine.Pair p) {
            CopyEngine.Pair before = previous != null && previous.state() instanceof CopyEngine.Pair q ? q : null;
            shallowGraph.show(p.shallow(), before == null ? null : before.shallow(), highlights, d);
            deepGraph.show(p.deep(), before == null ? null : before.deep(), highlights, d);
            lead = p.deep();
            memo.show(null);
        } else {
            lead = (CopyState) step.state();
            CopyState before = previous != null && previous.state() instanceof CopyState q ? q : null;
            graph.show(lead, before, highlights, d);
            memo.show(lead.deepcopy());
        }
        if (model.player().getIndex() == 0) {
            for (GraphPane g : List.of(graph, shallowGraph, deepGraph)) {
                g.home();
            }
        }
        boolean failed = lead.error() != null;
        if (failed) {
            editor.light(lead.error().line(), lead.error().line(), true);
        } else {
            editor.light(lead.scriptLine(), lead.scriptEndLine(), false);
        }
        editor.markBlocks(lead.managed());
        controller.console().setText(String.join("\n", lead.output()));
        controller.console().positionCaret(controller.console().getLength());
        controller.errorLine().setText(!failed ? "" : lead.error().type().equals("ResourceLimit")
                ? messages.get("copy.console.limit", lead.error().message())
                : messages.get("copy.console.error", lead.error().type(), lead.error().message(),
                        String.valueOf(lead.error().line())));
    }
}
