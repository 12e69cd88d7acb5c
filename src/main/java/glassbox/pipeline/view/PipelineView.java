package glassbox.pipeline.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Fxml;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.view.FirstFrame;
import glassbox.player.view.PlayerViewModel;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The Pipeline tab as the shell sees it: loads {@code PipelineView.fxml} with its controller, sends
 * the first request once the tab has been drawn, and answers for scenes, undo and the demo.
 */
public final class PipelineView implements TopicView {
    private final PipelineViewModel vm;
    private final PipelineController controller;
    private final Node root;

    /** The tab as the app builds it: the first journey runs after the first frame is drawn. */
    public PipelineView(ViewContext context) {
        this(context, FirstFrame::then);
    }

    /**
     * @param afterFirstFrame runs the first send; the app waits for a drawn frame (so H2 starting up
     *                        does not delay the window), tests pass {@code Runnable::run}
     */
    public PipelineView(ViewContext context, Consumer<Runnable> afterFirstFrame) {
        vm = new PipelineViewModel(context);
        controller = new PipelineController(vm, context.messages());
        root = Fxml.load("/glassbox/pipeline/PipelineView.fxml", context.messages(), controller);
        afterFirstFrame.accept(() -> {
            if (vm.resultProperty().get() == null && !vm.runningProperty().get()) {
                vm.send();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public PlayerViewModel player() {
        return vm.player();
    }

    /** PNG export: the journey drawing (stack, token) as it is now. */
    @Override
    public Node frame() {
        return controller.drawing();
    }

    @Override
    public Optional<ObjectNode> scene() {
        return Optional.of(PipelineScene.write(vm.input()));
    }

    @Override
    public void applyScene(ObjectNode input) throws SceneProblem {
        vm.apply(PipelineScene.read(input), () -> vm.player().first());
    }

    @Override
    public Undoable undoable() {
        return vm;
    }

    /** {@code preset=SHORT_CIRCUIT} applies and sends a preset; {@code step=N} then shows step N (negative: from the end). */
    @Override
    public void open(Map<String, String> params) {
        String p = params.get("preset");
        if (p != null) {
            for (Preset preset : Preset.values()) {
                if (preset.name().equalsIgnoreCase(p.trim())) {
                    vm.applyPreset(preset);
                    vm.send(() -> seek(params.get("step")));
                }
            }
        }
    }

    private void seek(String step) {
        if (step != null && step.matches("-?[0-9]{1,6}")) {
            int n = Integer.parseInt(step);
            vm.player().seek(n < 0 ? vm.player().sizeProperty().get() + n : n);
        }
    }

    @Override
    public boolean startDemo() {
        vm.applyPreset(Preset.LOGIN_THEN_GET);
        vm.send(() -> vm.player().play());
        return true;
    }

    /**
     * Hides the outcome panels (response, received request, SQL) while a lesson question is open;
     * true because this tab has such panels. (Also reachable as the view model's
     * {@code outcomeHidden} property.)
     */
    public boolean setOutcomeHidden(boolean hidden) {
        vm.outcomeHiddenProperty().set(hidden);
        return true;
    }

    PipelineViewModel viewModel() {
        return vm;
    }

    PipelineController controller() {
        return controller;
    }
}
