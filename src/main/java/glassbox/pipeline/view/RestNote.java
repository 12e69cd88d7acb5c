package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.core.Widgets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The side note: pre-REST endpoints (a verb in the URL, everything a POST or GET, "ok": false
 * with 200) beside the REST verbs on one resource; "Try" fills the builder with the REST request.
 */
final class RestNote extends ScrollPane {
    /** One comparison row: what the user wants, the old endpoint, the REST request, and a body to try. */
    private record Row(String actionKey, String oldWay, String method, String path, String body) {
    }

    private static final Row[] ROWS = {
        new Row("pipeline.rest.list", "GET /users/list", "GET", "/api/users", ""),
        new Row("pipeline.rest.add", "POST /users/newAdd", "POST", "/api/users", "{\"name\": \"Hedy\", \"age\": 42}"),
        new Row("pipeline.rest.replace", "POST /users/update?id=2", "PUT", "/api/users/2", "{\"name\": \"Alan\", \"age\": 42}"),
        new Row("pipeline.rest.patch", "POST /users/setAge?id=2&age=42", "PATCH", "/api/users/2", "{\"age\": 42}"),
        new Row("pipeline.rest.delete", "GET /users/delete?id=3", "DELETE", "/api/users/3", ""),
        new Row("pipeline.rest.missing", "200 {\"ok\": false}", "GET", "/api/users/999", ""),
    };

    RestNote(Messages m, PipelineViewModel vm) {
        setFitToWidth(true);
        setPrefViewportWidth(260);
        setPrefViewportHeight(120);
        setId("pipeline-rest-note");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("rest-grid");
        grid.addRow(0, label(m.get("pipeline.rest.action"), "rest-head"), label(m.get("pipeline.rest.old"), "rest-head"),
                label(m.get("pipeline.rest.new"), "rest-head"));
        int r = 1;
        for (Row row : ROWS) {
            Button tryIt = Widgets.iconButton(m, "pipeline-try-" + r, "mdi2p-play-circle-outline", "pipeline.rest.try", "pipeline.tip.try", null);
            tryIt.getStyleClass().add("flat");
            tryIt.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY); // the column is narrow; the tooltip says "Try"
            tryIt.setOnAction(e -> {
                vm.clearPrelude();
                vm.methodProperty().set(row.method());
                vm.pathProperty().set(row.path());
                vm.bodyProperty().set(row.body());
                if (!row.method().equals("GET")) {
                    vm.cookieProperty().set("csrftoken=" + Preset.TOKEN);
                    vm.csrfTokenProperty().set(Preset.TOKEN);
                }
                vm.send();
            });
            grid.addRow(r++, label(m.get(row.actionKey()), "rest-action"), label(row.oldWay(), "mono", "rest-old"),
                    label(row.method() + " " + row.path(), "mono", "rest-new"), tryIt);
        }
        Label why = label(m.get("pipeline.rest.why"), "note");
        why.setWrapText(true);
        VBox box = new VBox(8, grid, why);
        box.getStyleClass().add("detail-pane");
        setContent(box);
    }

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
