package glassbox.bptree.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.player.view.PlayerViewModel;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A mode hosted by the B+Tree tab (B-Tree vs B+Tree, InnoDB pages): its FXML root, the node a
 * frame export snapshots, and a view model that owns the player, the scene and undo.
 *
 * @param <M> the mode's view model
 */
abstract class ModeView<M extends ModeView.Model> implements TopicView {
    /** What a mode's view model offers the tab. */
    interface Model extends Undoable {
        PlayerViewModel player();

        ObjectNode scene();

        void applyScene(ObjectNode input) throws SceneProblem;

        BooleanProperty outcomeHiddenProperty();
    }

    private final M model;
    private final Parent root;
    private final Node frame;

    ModeView(M model, Parent root, Node frame) {
        this.model = model;
        this.root = root;
        this.frame = frame;
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
        return frame;
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

    /** Hides the mode's outcome (facts, pages read) while a lesson question is open. */
    @Override
    public boolean setOutcomeHidden(boolean hidden) {
        model.outcomeHiddenProperty().set(hidden);
        return true;
    }

    M model() {
        return model;
    }
}
