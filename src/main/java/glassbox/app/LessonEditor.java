package glassbox.app;

import glassbox.core.Messages;
import glassbox.lesson.Lesson;
import glassbox.lesson.LessonScene;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Lesson ▸ Edit scenes: the scenes in order, with up, down, remove and go to. */
final class LessonEditor {
    private LessonEditor() {
    }

    static void show(MainWindow w) {
        Lesson lesson = w.lecture().lesson();
        if (lesson == null) {
            return;
        }
        Messages m = w.messages();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(w.stage());
        d.setTitle(m.get("menu.lesson.edit"));
        d.setHeaderText(lesson.title(m.locale()));
        d.getDialogPane().getStylesheets().setAll(w.stage().getScene().getStylesheets());
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ListView<LessonScene> list = list(w, lesson.scenes());
        d.getDialogPane().setContent(new BorderPane(list, null, buttons(m, list), null, null));
        d.setResizable(true);
        d.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> w.lecture().update(lesson.withScenes(new ArrayList<>(list.getItems()))));
    }

    static ListView<LessonScene> list(MainWindow w, List<LessonScene> scenes) {
        ObservableList<LessonScene> items = FXCollections.observableArrayList(scenes);
        ListView<LessonScene> list = new ListView<>(items);
        list.setId("lesson-scenes");
        list.setPrefSize(520, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LessonScene s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + w.tabTitle(s.tab())
                        + (s.title(w.locale()) == null ? "" : " — " + s.title(w.locale())));
            }
        });
        return list;
    }

    private static VBox buttons(Messages m, ListView<LessonScene> list) {
        Button up = new Button(m.get("lesson.edit.up"));
        up.setId("lesson-up");
        up.setOnAction(e -> move(list, -1));
        Button down = new Button(m.get("lesson.edit.down"));
        down.setId("lesson-down");
        down.setOnAction(e -> move(list, 1));
        Button remove = new Button(m.get("lesson.edit.remove"));
        remove.setId("lesson-remove");
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                list.getItems().remove(i);
            }
        });
        for (Button b : List.of(up, down, remove)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        VBox box = new VBox(6, up, down, remove);
        box.setStyle("-fx-padding: 0 0 0 8;");
        return box;
    }

    static void move(ListView<LessonScene> list, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + by;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        LessonScene s = list.getItems().remove(i);
        list.getItems().add(j, s);
        list.getSelectionModel().select(j);
    }
}
