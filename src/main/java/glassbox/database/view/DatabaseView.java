package glassbox.database.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Fxml;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.core.Undoable;
import glassbox.core.ViewContext;
import glassbox.player.view.PlayerViewModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;

/**
 * The Database tab: index vs full scan and locking strategies, live on embedded H2 or a
 * MySQL/MariaDB server on this machine; each finished run is replayed in the shared player.
 * Layout in DatabaseView.fxml, bound by {@link DatabaseController} to {@link DatabaseViewModel}.
 */
public final class DatabaseView implements TopicView {
    private final DatabaseViewModel model;
    private final DatabaseController controller;

    /** The saved server connection lives in the context's data folder (the one {@code --data-dir} names). */
    public DatabaseView(ViewContext context) {
        this(context, context.dataFolder());
    }

    /** @param dataFolder where a server connection is saved when the user asks; null: nowhere */
    public DatabaseView(ViewContext context, Path dataFolder) {
        model = new DatabaseViewModel(context, dataFolder);
        controller = new DatabaseController(model, context.messages());
        Fxml.load("/glassbox/database/DatabaseView.fxml", context.messages(), controller);
    }

    DatabaseViewModel model() {
        return model;
    }

    IndexViewModel indexModel() {
        return model.index();
    }

    LocksViewModel locksModel() {
        return model.locks();
    }

    TimelineView timeline() {
        return controller.locksPanel().timeline();
    }

    @Override
    public Node root() {
        return controller.root();
    }

    @Override
    public PlayerViewModel player() {
        return model.player();
    }

    @Override
    public Node frame() {
        return controller.frame();
    }

    /** {@code mode}: index, locks or composite. */
    @Override
    public void open(Map<String, String> params) {
        DatabaseViewModel.Mode.parse(params.getOrDefault("mode", "")).ifPresent(model::show);
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

    /** Hides the outcome panels (tiles, timeline, charts, verdict) while a question is open. */
    public boolean setOutcomeHidden(boolean hidden) {
        model.outcomeHiddenProperty().set(hidden);
        return true;
    }

    /** The demo: a sweep of small tables for the chart. */
    @Override
    public boolean startDemo() {
        model.show(DatabaseViewModel.Mode.INDEX);
        model.rowsProperty().set(100_000);
        model.sweep();
        return true;
    }
}
