package glassbox.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import glassbox.core.Json;
import glassbox.core.Messages;
import glassbox.core.SceneProblem;
import glassbox.core.TopicView;
import glassbox.store.Run;
import glassbox.store.Store;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;

/**
 * File ▸ Run history: the experiments saved in the store, newest first, as a readable table (tab,
 * what was run, key figure, when). Open replays a run in its tab; Delete and Export (JSON).
 */
final class RunHistoryDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final int SUMMARY_CHARS = 90;

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
            runs = store.runs(null, 500);
        } catch (SQLException e) {
            Dialogs.error(w, e.getMessage());
            return;
        }
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(w.stage());
        a.setTitle(m.get("history.title"));
        a.getDialogPane().getStylesheets().setAll(w.stage().getScene().getStylesheets());
        if (runs.isEmpty()) {
            a.getDialogPane().setContent(new Label(m.get("history.empty")));
        } else {
            TableView<Run> table = table(w, runs);
            table.setRowFactory(t -> {
                TableRow<Run> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        a.close();
                        replay(w, row.getItem());
                    }
                });
                return row;
            });
            a.getDialogPane().setContent(new BorderPane(table, null, null, actions(w, a, table, store), null));
        }
        double width = Math.min(1100, w.stage().getWidth() - 40);
        double height = Math.min(600, w.stage().getHeight() - 60);
        a.getDialogPane().setPrefSize(width, height);
        a.getDialogPane().setMinSize(width, height);
        a.getDialogPane().setStyle(w.stage().getScene().getRoot().getStyle());
        a.getDialogPane().getStyleClass().addAll(w.stage().getScene().getRoot().getStyleClass().stream()
                .filter(c -> c.startsWith("theme-")).toList());
        a.setResizable(true);
        a.show();
    }

    private static FlowPane actions(MainWindow w, Alert a, TableView<Run> table, Store store) {
        Messages m = w.messages();
        Button open = new Button(m.get("history.open"));
        open.setId("history-open");
        open.setOnAction(e -> {
            Run r = table.getSelectionModel().getSelectedItem();
            a.close();
            replay(w, r);
        });
        Button delete = new Button(m.get("history.delete"));
        delete.setId("history-delete");
        delete.setOnAction(e -> delete(w, table, store));
        Button export = new Button(m.get("history.export"));
        export.setId("history-export");
        export.setOnAction(e -> export(w, table));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(open.disableProperty());
        export.disableProperty().bind(open.disableProperty());
        FlowPane bar = new FlowPane(8, 8, open, delete, export);
        bar.setStyle("-fx-padding: 8 0 0 0;");
        return bar;
    }

    static TableView<Run> table(MainWindow w, List<Run> runs) {
        Messages m = w.messages();
        TableView<Run> t = new TableView<>();
        t.setId("history-table");
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        t.getColumns().add(column(m.get("history.topic"), r -> w.tabTitle(r.topic()), 0.14));
        t.getColumns().add(column(m.get("history.params"), r -> summary(r.paramsJson()), 0.44));
        t.getColumns().add(column(m.get("history.results"), r -> keyFigure(r.resultsJson()), 0.24));
        t.getColumns().add(column(m.get("history.time"), r -> TIME.format(r.at()), 0.18));
        t.getItems().setAll(runs);
        return t;
    }

    /** "rows 1000, strategy index" — the parameters as short name/value pairs. */
    static String summary(String json) {
        JsonNode node = parse(json);
        if (node == null || !node.isObject()) {
            return abbreviate(json == null ? "" : json);
        }
        List<String> parts = new ArrayList<>();
        flatten("", node, parts);
        return abbreviate(String.join(", ", parts));
    }

    /** The first two numbers of the results, e.g. "wall_ms 200, speedup 90". */
    static String keyFigure(String json) {
        JsonNode node = parse(json);
        if (node == null || !node.isObject()) {
            return abbreviate(json == null ? "" : json);
        }
        List<String> parts = new ArrayList<>();
        flatten("", node, parts);
        List<String> numbers = parts.stream().filter(p -> p.matches(".* -?[0-9][0-9.eE+-]*")).limit(2).toList();
        return abbreviate(String.join(", ", numbers.isEmpty() ? parts : numbers));
    }

    private static void flatten(String prefix, JsonNode node, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext() && out.size() < 12) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String name = prefix + e.getKey();
            if (v.isObject()) {
                flatten(name + ".", v, out);
            } else if (v.isArray()) {
                out.add(name + " [" + v.size() + "]");
            } else {
                out.add(name + " " + v.asText());
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= SUMMARY_CHARS ? s : s.substring(0, SUMMARY_CHARS - 1) + "…";
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Replays a run in its tab: its parameters as a scene when the tab takes them as one, else as
     * the tab's open(parameters).
     */
    static void replay(MainWindow w, Run r) {
        if (r == null || w.topics().stream().noneMatch(t -> t.id().equals(r.topic()))) {
            return;
        }
        w.select(r.topic());
        TopicView v = w.view(r.topic());
        JsonNode params = parse(r.paramsJson());
        if (params instanceof ObjectNode o) {
            try {
                v.applyScene(o.deepCopy());
                w.status(w.messages().get("history.replayed", w.tabTitle(r.topic())));
                return;
            } catch (SceneProblem | RuntimeException notAScene) {
                Map<String, String> strings = new LinkedHashMap<>();
                o.fields().forEachRemaining(e -> strings.put(e.getKey(),
                        e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
                v.open(strings);
            }
        }
        w.status(w.messages().get("history.replayed", w.tabTitle(r.topic())));
    }

    private static void delete(MainWindow w, TableView<Run> table, Store store) {
        for (Run r : new ArrayList<>(table.getSelectionModel().getSelectedItems())) {
            try {
                store.deleteRun(r.id());
                table.getItems().remove(r);
            } catch (SQLException e) {
                Dialogs.error(w, e.getMessage());
                return;
            }
        }
    }

    private static void export(MainWindow w, TableView<Run> table) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("glassbox-runs.json");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = fc.showSaveDialog(w.stage());
        if (f == null) {
            return;
        }
        try {
            Files.writeString(f.toPath(), exportJson(table.getSelectionModel().getSelectedItems()), StandardCharsets.UTF_8);
            w.status(w.messages().get("export.saved", f));
        } catch (IOException e) {
            Dialogs.error(w, w.messages().get("export.failed", f, e.getMessage()));
        }
    }

    /** {@code [{"id", "topic", "at", "params": {...}, "results": {...}}]}. */
    static String exportJson(List<Run> runs) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (Run r : runs) {
            ObjectNode o = arr.addObject();
            o.put("id", r.id());
            o.put("topic", r.topic());
            o.put("at", r.at().toString());
            JsonNode p = parse(r.paramsJson());
            JsonNode res = parse(r.resultsJson());
            o.set("params", p == null ? Json.MAPPER.getNodeFactory().textNode(String.valueOf(r.paramsJson())) : p);
            o.set("results", res == null ? Json.MAPPER.getNodeFactory().textNode(String.valueOf(r.resultsJson())) : res);
        }
        return Json.write(arr);
    }

    /** A column taking {@code share} of the table's width; long values wrap rather than end in "…". */
    private static TableColumn<Run, String> column(String title, Function<Run, String> value, double share) {
        TableColumn<Run, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        c.tableViewProperty().addListener((o, was, table) -> {
            if (table != null) {
                c.prefWidthProperty().bind(table.widthProperty().multiply(share).subtract(4));
            }
        });
        return c;
    }
}
