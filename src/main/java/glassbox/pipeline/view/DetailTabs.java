package glassbox.pipeline.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.pipeline.engine.HttpRequest;
import glassbox.pipeline.engine.HttpResponse;
import glassbox.pipeline.engine.PipelineState;
import glassbox.pipeline.engine.SqlCall;
import glassbox.pipeline.engine.UserRow;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Under the drawing: the response (status line, headers, envelope), the request as the view sees it, the SQL and rows, and the notes. */
final class DetailTabs extends TabPane {
    /** Created on first use, not while the tab is built (Jackson takes a while to load). */
    private static final class Pretty {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private final Messages m;
    private final Label statusLine = new Label();
    private final Label responseNote = new Label();
    private final TextArea headers = area("pipeline-response-headers");
    private final TextArea body = area("pipeline-response-body");
    private final TextArea request = area("pipeline-request-seen");
    private final TextArea sql = area("pipeline-sql");
    private final TableView<UserRow> rows = new TableView<>();
    private String lastBody = "";
    /** How many statements the view ran, on the SQL tab, so the class sees there is something to look at. */
    private final Label sqlBadge = new Label();
    private Tab sqlTab;

    DetailTabs(Messages m, RestNote restNote) {
        this.m = m;
        setId("pipeline-details");
        getStyleClass().add("pipeline-details");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        headers.setPromptText(m.get("pipeline.response.noHeaders"));
        body.setPromptText(m.get("pipeline.response.noBody"));
        statusLine.setId("pipeline-status-line");
        statusLine.getStyleClass().add("status-line");
        statusLine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        responseNote.setMinWidth(0);
        responseNote.getStyleClass().add("response-note");
        HBox texts = new HBox(8, headers, body);
        HBox.setHgrow(headers, Priority.ALWAYS);
        HBox.setHgrow(body, Priority.ALWAYS);
        VBox.setVgrow(texts, Priority.ALWAYS);
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(statusLine, responseNote);
        head.getStyleClass().add("response-head");
        responseNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        responseNote.maxWidthProperty().bind(head.widthProperty());
        VBox response = new VBox(4, head, texts);
        response.getStyleClass().add("detail-pane");
        tab("pipeline-tab-response", "pipeline.tab.response", response);
        tab("pipeline-tab-request", "pipeline.tab.request", request);
        buildRows();
        HBox db = new HBox(8, sql, rows);
        HBox.setHgrow(sql, Priority.ALWAYS);
        HBox.setHgrow(rows, Priority.ALWAYS);
        db.getStyleClass().add("detail-pane");
        sqlBadge.getStyleClass().add("tab-badge");
        sqlBadge.setId("pipeline-sql-count");
        sqlTab = tab("pipeline-tab-sql", "pipeline.tab.sql", db);
        // the REST comparison and the corrected course notes share one tab: fewer headers fit a projector
        VBox notes = new VBox(restNote, notes());
        VBox.setVgrow(restNote, Priority.ALWAYS);
        tab("pipeline-tab-notes", "pipeline.tab.notes", notes);
        outcomes = java.util.List.of(response, request, db);
    }

    private final java.util.List<javafx.scene.Node> outcomes;

    /** Hides (or shows again) the response, the request as received and the SQL, while the class predicts. */
    void setOutcomeHidden(boolean hidden) {
        outcomes.forEach(n -> n.setVisible(!hidden));
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        getTabs().add(t);
        return t;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.getStyleClass().add("mono");
        a.setPrefColumnCount(20);
        a.setPrefRowCount(4);
        return a;
    }

    private void buildRows() {
        rows.setId("pipeline-rows");
        TableColumn<UserRow, Object> id = column("id", UserRow::id);
        TableColumn<UserRow, Object> name = column("name", UserRow::name);
        TableColumn<UserRow, Object> age = column("age", UserRow::age);
        name.setPrefWidth(200);
        rows.getColumns().addAll(java.util.List.of(id, name, age));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setPlaceholder(new Label(m.get("pipeline.rows.none")));
    }

    private static TableColumn<UserRow, Object> column(String title, java.util.function.Function<UserRow, Object> f) {
        TableColumn<UserRow, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

    private javafx.scene.control.ScrollPane notes() {
        Label csrf = label(m.get("pipeline.notes.csrf"), "note");
        Label forwarded = label(m.get("pipeline.notes.forwarded"), "note");
        Label order = label(m.get("pipeline.notes.order"), "note");
        for (Label l : new Label[] {csrf, forwarded, order}) {
            l.setWrapText(true);
        }
        VBox box = new VBox(8, label(m.get("pipeline.notes.title"), "note-title"), csrf, forwarded, order);
        box.setId("pipeline-notes");
        box.getStyleClass().add("detail-pane");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
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

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
