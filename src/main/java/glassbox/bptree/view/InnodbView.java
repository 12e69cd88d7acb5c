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
 * What InnoDB keeps in its pages: the clustered and a secondary index with a lookup stepping across
 * them, a covering query, MyISAM for contrast, and the fan-out arithmetic (a mode of the B+Tree tab).
 */
public final class InnodbView implements TopicView {
    private final InnodbViewModel model;
    private final InnodbController controller;
    private final Parent root;

    public InnodbView(ViewContext ctx) {
        this.model = new InnodbViewModel(ctx.messages());
        this.controller = new InnodbController(model, ctx.messages());
        this.root = Fxml.load("/glassbox/bptree/InnodbView.fxml", ctx.messages(), controller);
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

    /** Hides the pages-read count while a lesson question is open; returns the new state. */
    public boolean setOutcomeHidden(boolean hidden) {
        model.outcomeHiddenProperty().set(hidden);
        return true;
    }

    InnodbViewModel model() {
        return model;
    }

    InnodbController controller() {
        return controller;
    }
}
