package glassbox.bptree.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Fxml;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.view.PlayerViewModel;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * B-Tree beside B+Tree: the same keys in both, one operation stepped together by one player
 * (hosted as a mode of the B+Tree tab).
 */
public final class CompareView implements TopicView {
    private final CompareViewModel model;
    private final CompareController controller;
    private final Parent root;

    public CompareView(ViewContext ctx) {
        this.model = new CompareViewModel(ctx.messages());
        this.controller = new CompareController(model, ctx.messages());
        this.root = Fxml.load("/glassbox/bptree/CompareView.fxml", ctx.messages(), controller);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public PlayerViewModel player() {
        return model.player();
    }

    @Override
    public Node frame() {
        return controller.stage;
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
        return model;
    }

    /** Hides the fact lines while a lesson question is open; returns the new state. */
    public boolean setOutcomeHidden(boolean hidden) {
        model.outcomeHiddenProperty().set(hidden);
        return true;
    }

    CompareViewModel model() {
        return model;
    }

    CompareController controller() {
        return controller;
    }
}
