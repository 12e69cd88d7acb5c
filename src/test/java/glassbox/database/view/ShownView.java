package glassbox.database.view;

import glassbox.core.ViewContext;
import glassbox.database.DatabaseTopic;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Database tab alone in a 1280×720 stage, as the view tests drive it: animations off. */
final class ShownView {
    private ShownView() {
    }

    /** Creates the tab for {@code context}, opens {@code mode} first when not null, and shows it in {@code stage}. */
    static DatabaseView show(Stage stage, ViewContext context, String mode) {
        DatabaseView view = (DatabaseView) new DatabaseTopic().create(context);
        view.player().animationsProperty().set(false);
        if (mode != null) {
            view.open(Map.of("mode", mode));
        }
        stage.setScene(new Scene((Parent) view.root(), 1280, 720));
        stage.show();
        return view;
    }
}
