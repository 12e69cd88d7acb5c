package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.core.Widgets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rows of the REST note in {@code DetailTabs.fxml}: pre-REST endpoints (a verb in the URL,
 * everything a POST or GET, "ok": false with 200) over the REST verbs on one resource; "Try" fills
 * the builder with the REST request and sends it.
 */
final class RestNote {
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

    private RestNote() {
    }

    /** Adds one row per comparison under the grid's heading row; the endpoints are never cut, the action wraps. */
    static void fill(GridPane grid, Messages m, PipelineViewModel vm) {
        int r = 1;
        for (Row row : ROWS) {
            Button tryIt = Widgets.iconButton(m, "pipeline-try-" + r, "mdi2p-play-circle-outline", "pipeline.rest.try", "pipeline.tip.try", null);
            tryIt.getStyleClass().add("flat");
            tryIt.setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // the column is narrow; the tooltip says "Try"
            tryIt.setOnAction(e -> send(vm, row));
            Label action = label(m.get(row.actionKey()), "rest-action");
            action.setWrapText(true);
            VBox endpoints = new VBox(whole(label(row.oldWay(), "mono", "rest-old")),
                    whole(label(row.method() + " " + row.path(), "mono", "rest-new")));
            grid.addRow(r++, action, endpoints, tryIt);
            GridPane.setValignment(action, VPos.TOP);
        }
    }

    private static void send(PipelineViewModel vm, Row row) {
        vm.clearPrelude();
        vm.methodProperty().set(row.method());
        vm.pathProperty().set(row.path());
        vm.bodyProperty().set(row.body());
        if (!row.method().equals("GET")) {
            vm.cookieProperty().set("csrftoken=" + Preset.TOKEN);
            vm.csrfTokenProperty().set(Preset.TOKEN);
        }
        vm.send();
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }

    /** An endpoint is code: never shortened to "…". */
    private static Label whole(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
