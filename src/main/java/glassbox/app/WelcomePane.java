package glassbox.app;

import glassbox.core.Topic;
import glassbox.core.Messages;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The first tab: what each topic shows, and the keyboard shortcuts. */
final class WelcomePane extends ScrollPane {
    /** Pairs of bundle keys: the key cap, then what it does. */
    static final List<List<String>> KEY_ROWS = List.of(
            List.of("keys.space.key", "keys.space"),
            List.of("keys.arrows.key", "keys.arrows"),
            List.of("keys.pages.key", "keys.pages"),
            List.of("keys.homeEnd.key", "keys.homeEnd"),
            List.of("keys.speed.key", "keys.speed"),
            List.of("keys.font.key", "keys.font"),
            List.of("keys.fullScreen.key", "keys.fullScreen"),
            List.of("keys.marked.key", "keys.marked"),
            List.of("keys.presenter.key", "keys.presenter"),
            List.of("keys.blank.key", "keys.blank"),
            List.of("keys.predict.key", "keys.predict"),
            List.of("keys.undo.key", "keys.undo"));

    WelcomePane(Messages m, List<Topic> topics, java.util.function.Consumer<String> openTab) {
        getStyleClass().add("welcome");
        VBox box = new VBox(10);
        box.getStyleClass().add("welcome-box");
        Label title = new Label(m.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label intro = new Label(m.get("welcome.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getChildren().addAll(title, intro);
        GridPane topicGrid = new GridPane();
        topicGrid.getStyleClass().add("welcome-grid");
        int row = 0;
        for (Topic t : topics) {
            javafx.scene.control.Hyperlink name = new javafx.scene.control.Hyperlink(m.get(t.titleKey()));
            name.setId("welcome-open-" + t.id());
            name.getStyleClass().add("welcome-topic");
            name.setOnAction(e -> openTab.accept(t.id()));
            Label summary = new Label(m.get(t.summaryKey()));
            summary.setWrapText(true);
            summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            topicGrid.addRow(row++, name, summary);
        }
        if (topics.isEmpty()) {
            topicGrid.addRow(0, new Label(m.get("welcome.noTopics")));
        }
        Label keysTitle = new Label(m.get("welcome.keys"));
        keysTitle.getStyleClass().add("welcome-heading");
        box.getChildren().addAll(topicGrid, keysTitle, keyGrid(m));
        setContent(box);
        setFitToWidth(true);
    }

    static GridPane keyGrid(Messages m) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("keys-grid");
        int row = 0;
        for (List<String> k : KEY_ROWS) {
            Label key = new Label(m.get(k.get(0)));
            key.getStyleClass().add("key-cap");
            grid.addRow(row++, key, new Label(m.get(k.get(1))));
        }
        return grid;
    }
}
