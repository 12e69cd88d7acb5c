package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.pipeline.engine.RequestSpec;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The request's headers, JSON body, the "simulate a bug" switches and the preset's earlier request. */
final class RequestForm extends VBox {
    RequestForm(PipelineViewModel vm, Messages m) {
        getStyleClass().add("pipeline-form");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pipeline-grid");
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        row(grid, 0, m, "Cookie", "pipeline-cookie", "pipeline.tip.cookie", vm.cookieProperty());
        row(grid, 1, m, "X-CSRFToken", "pipeline-csrf", "pipeline.tip.csrf", vm.csrfTokenProperty());
        row(grid, 2, m, "Authorization", "pipeline-authorization", "pipeline.tip.authorization", vm.authorizationProperty());
        row(grid, 3, m, "Accept-Encoding", "pipeline-encoding", "pipeline.tip.encoding", vm.acceptEncodingProperty());

        Label bodyLabel = Ui.label(m.get("pipeline.body"), "field-label");
        TextArea body = body(vm, m);
        bodyLabel.setLabelFor(body);
        getChildren().addAll(prelude(vm, m), grid, bodyLabel, body, fault(m, "pipeline-view-raises", "pipeline.viewRaises",
                "pipeline.tip.viewRaises", vm.viewRaisesProperty()), fault(m, "pipeline-render-raises",
                "pipeline.renderRaises", "pipeline.tip.renderRaises", vm.renderRaisesProperty()));
    }

    private static TextArea body(PipelineViewModel vm, Messages m) {
        TextArea body = new TextArea();
        body.setId("pipeline-body");
        body.getStyleClass().add("mono");
        body.setPrefRowCount(3);
        body.setWrapText(true);
        body.setPromptText("{\"name\": \"Ada\", \"age\": 36}");
        body.setTooltip(Ui.tip(m, "pipeline.tip.body"));
        body.textProperty().bindBidirectional(vm.bodyProperty());
        return body;
    }

    private static CheckBox fault(Messages m, String id, String key, String tipKey, javafx.beans.property.BooleanProperty p) {
        CheckBox box = new CheckBox(m.get(key));
        box.setId(id);
        box.setTooltip(Ui.tip(m, tipKey));
        box.selectedProperty().bindBidirectional(p);
        return box;
    }

    private static HBox prelude(PipelineViewModel vm, Messages m) {
        Label prelude = Ui.label("", "prelude");
        prelude.setId("pipeline-prelude");
        prelude.setWrapText(true);
        Button clear = Ui.button(m, "pipeline-prelude-clear", "mdi2c-close", null, "pipeline.tip.preludeClear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearPrelude());
        HBox preludeBox = new HBox(4, prelude, clear);
        preludeBox.getStyleClass().add("prelude-box");
        HBox.setHgrow(prelude, Priority.ALWAYS);
        vm.preludeProperty().addListener((o, a, b) -> showPrelude(preludeBox, prelude, b, m));
        showPrelude(preludeBox, prelude, vm.preludeProperty().get(), m);

        return preludeBox;
    }

    private static void showPrelude(HBox box, Label label, List<RequestSpec> prelude, Messages m) {
        boolean any = !prelude.isEmpty();
        box.setVisible(any);
        box.setManaged(any);
        if (any) {
            RequestSpec r = prelude.get(0);
            label.setText(m.get("pipeline.prelude", r.method() + " " + r.path()));
        }
    }

    private static void row(GridPane grid, int row, Messages m, String header, String id, String tipKey,
                            javafx.beans.property.StringProperty value) {
        Label l = Ui.label(header, "field-label", "mono");
        TextField f = new TextField();
        f.setId(id);
        f.getStyleClass().add("mono");
        f.setTooltip(Ui.tip(m, tipKey));
        f.textProperty().bindBidirectional(value);
        l.setLabelFor(f);
        grid.addRow(row, l, f);
    }
}
