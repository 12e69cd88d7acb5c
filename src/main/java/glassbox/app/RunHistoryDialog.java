package glassbox.app;

import glassbox.core.Topic;
import glassbox.core.Messages;
import glassbox.store.Run;
import glassbox.store.Store;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** File ▸ Run history: the experiments saved in the store, newest first. */
final class RunHistoryDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private RunHistoryDialog() {
    }

    static void show(MainWindow w) {
        Messages m = w.messages();
        Store store = w.store();
        if (store == null) {
            Dialogs.error(w, m.get("history.unavailable"));
            return;
        }
        List<Run> runs;
        try {
            runs = store.runs(null, 200);
        } catch (SQLException e) {
            Dialogs.error(w, e.getMessage());
            return;
        }
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(w.stage());
        a.setTitle(m.get("history.title"));
        a.getDialogPane().getStylesheets().setAll(w.stage().getScene().getStylesheets());
        a.getDialogPane().setContent(runs.isEmpty() ? new Label(m.get("history.empty")) : table(m, runs));
        a.getDialogPane().setPrefSize(900, 480);
        a.setResizable(true);
        a.show();
    }

    static TableView<Run> table(Messages m, List<Run> runs) {
        TableView<Run> t = new TableView<>();
        t.setId("history-table");
        t.getColumns().add(column(m.get("history.topic"), r -> m.get(topicTitleKey(r.topic())), 90));
        t.getColumns().add(column(m.get("history.time"), r -> TIME.format(r.at()), 150));
        t.getColumns().add(column(m.get("history.params"), Run::paramsJson, 260));
        t.getColumns().add(column(m.get("history.results"), Run::resultsJson, 360));
        t.getItems().setAll(runs);
        return t;
    }

    private static String topicTitleKey(String topic) {
        return Topics.byId(topic).map(Topic::titleKey).orElse("app.title");
    }

    private static TableColumn<Run, String> column(String title, java.util.function.Function<Run, String> value, double width) {
        TableColumn<Run, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
