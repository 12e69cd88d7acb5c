package glassbox.pipeline.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import glassbox.core.Fxml;
import glassbox.core.Messages;
import glassbox.pipeline.engine.HttpRequest;
import glassbox.pipeline.engine.HttpResponse;
import glassbox.pipeline.engine.PipelineState;
import glassbox.pipeline.engine.SqlCall;
import glassbox.pipeline.engine.UserRow;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Binds {@code DetailTabs.fxml}, the tabs under the drawing: the response (status line, headers,
 * envelope), the request as the view sees it, the SQL and rows, and the notes. Shows each step's
 * state in them; the layout is the FXML's.
 */
final class DetailTabs {
    /** Created on first use, not while the tab is built (Jackson takes a while to load). */
    private static final class Pretty {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private final Messages m;
    private String lastBody = "";

    @FXML private TabPane root;
    @FXML private VBox response;
    @FXML private FlowPane responseHead;
    @FXML private Label statusLine;
    @FXML private Label responseNote;
    @FXML private TextArea headers;
    @FXML private TextArea body;
    @FXML private TextArea request;
    @FXML private Tab sqlTab;
    @FXML private HBox database;
    @FXML private TextArea sql;
    @FXML private TableView<UserRow> rows;
    @FXML private TableColumn<UserRow, Object> idColumn;
    @FXML private TableColumn<UserRow, Object> nameColumn;
    @FXML private TableColumn<UserRow, Object> ageColumn;
    /** How many statements the view ran, on the SQL tab, so the class sees there is something to look at. */
    @FXML private Label sqlBadge;
    @FXML private GridPane restGrid;

    DetailTabs(Messages m, PipelineViewModel vm) {
        this.m = m;
        Fxml.load("/glassbox/pipeline/DetailTabs.fxml", m, this);
        RestNote.fill(restGrid, m, vm);
    }

    @FXML
    private void initialize() {
        responseNote.maxWidthProperty().bind(responseHead.widthProperty());
        column(idColumn, UserRow::id);
        column(nameColumn, UserRow::name);
        column(ageColumn, UserRow::age);
    }

    private static void column(TableColumn<UserRow, Object> c, Function<UserRow, Object> f) {
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
    }

    /** The tab pane, for the pane under the drawing. */
    TabPane root() {
        return root;
    }

    /** Hides (or shows again) the response, the request as received and the SQL, while the class predicts. */
    void setOutcomeHidden(boolean hidden) {
        for (Node n : List.of(response, request, database)) {
            n.setVisible(!hidden);
        }
    }

    void show(PipelineState s) {
        showResponse(s);
        showRequest(s.request());
        setText(sql, s.sql().isEmpty() ? m.get("pipeline.sql.none") : s.sql().stream().map(DetailTabs::sqlLine)
                .collect(Collectors.joining("\n\n")));
        sqlBadge.setText(s.sql().isEmpty() ? "" : String.valueOf(s.sql().size()));
        sqlTab.setGraphic(s.sql().isEmpty() ? null : sqlBadge);
        if (!s.rows().equals(rows.getItems())) {
            rows.setItems(FXCollections.observableArrayList(s.rows()));
        }
    }

    private void showResponse(PipelineState s) {
        HttpResponse.ResponseSnapshot r = s.response();
        statusLine.getStyleClass().removeAll("status-ok", "status-client", "status-server");
        if (r == null) {
            statusLine.setText(m.get("pipeline.response.none"));
            responseNote.setText("");
            setText(headers, "");
            setText(body, "");
            lastBody = "";
            return;
        }
        statusLine.setText(r.statusLine());
        statusLine.getStyleClass().add(r.status() >= 500 ? "status-server" : r.status() >= 400 ? "status-client" : "status-ok");
        String size = r.encodedLength() >= 0 ? m.get("pipeline.response.sizeGzip", String.valueOf(r.length()),
                String.valueOf(r.encodedLength())) : m.get("pipeline.response.size", String.valueOf(r.length()));
        responseNote.setText((s.phase() == PipelineState.Phase.DONE ? m.get("pipeline.response.final")
                : m.get("pipeline.response.inFlight", r.origin())) + " \u00b7 " + size);
        StringBuilder h = new StringBuilder();
        r.headers().forEach((k, v) -> h.append(k).append(": ").append(v).append('\n'));
        r.cookies().forEach(c -> h.append("Set-Cookie: ").append(c).append('\n'));
        setText(headers, h.toString());
        if (!r.body().equals(lastBody)) {
            lastBody = r.body();
            body.setText(pretty(r.body()));
        }
    }

    private void showRequest(HttpRequest.RequestSnapshot q) {
        StringBuilder sb = new StringBuilder(q.method()).append(' ').append(q.path()).append(" HTTP/1.1\n");
        q.headers().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        if (!q.body().isBlank()) {
            sb.append('\n').append(q.body()).append('\n');
        }
        if (!q.attributes().isEmpty()) {
            sb.append('\n').append(m.get("pipeline.request.attributes")).append('\n');
            q.attributes().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(v).append('\n'));
        }
        setText(request, sb.toString());
    }

    /** Skips unchanged text: re-laying out a TextArea on every step costs a frame. */
    private static void setText(TextArea a, String text) {
        if (!text.equals(a.getText())) {
            a.setText(text);
        }
    }

    static String sqlLine(SqlCall c) {
        return c.sql() + "\n    -- params " + c.params().stream().map(p -> p instanceof String s ? "'" + s + "'"
                : String.valueOf(p)).collect(Collectors.joining(", ", "[", "]")) + "  -- rows " + c.rows();
    }

    private static String pretty(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            return Pretty.MAPPER.writeValueAsString(Pretty.MAPPER.readTree(body));
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    String statusText() {
        return statusLine.getText();
    }
}
