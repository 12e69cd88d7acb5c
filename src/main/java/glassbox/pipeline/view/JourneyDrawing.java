package glassbox.pipeline.view;

import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.pipeline.engine.Hook;
import glassbox.pipeline.engine.JourneyHighlight;
import glassbox.pipeline.engine.JourneyHighlight.Conversion;
import glassbox.pipeline.engine.JourneyHighlight.HookCall;
import glassbox.player.Highlight;
import glassbox.pipeline.engine.PipelineState;
import glassbox.pipeline.engine.PipelineState.LayerState;
import glassbox.pipeline.engine.PipelineState.Mark;
import glassbox.pipeline.engine.PipelineState.Phase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.TranslateTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The stack as an onion seen from the side: one band per middleware, outermost on top, the
 * request hooks on the left (the way in), the response-side hooks on the right (the way out), the
 * view at the bottom. A token travels to the hook running now; hooks keep their outcome colour.
 */
final class JourneyDrawing extends StackPane {
    private static final int COLS = 8;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private final Pane overlay = new Pane();
    private final Label token = new Label();
    /** Never shown: the token as wide as it gets (the longest method), so the tracks can hold it. */
    private final Label widestToken = new Label();
    private final Label exception = new Label();
    private final Map<JourneyHighlight, Node> targets = new HashMap<>();
    private final Map<Integer, Region> bands = new HashMap<>();
    private final Map<Track, Label> tracks = new HashMap<>();
    private final Map<Integer, List<Node>> rowNodes = new HashMap<>();
    private final Label viewBox = new Label();
    private final VBox content = new VBox(6);
    private final Label journey = new Label();
    private String structure = "";
    private Track target;
    private Duration pending = Duration.ZERO;
    private Point2D tokenAt;

    JourneyDrawing(Messages m) {
        this.m = m;
        getStyleClass().addAll("journey", "topic-canvas");
        setId("pipeline-drawing");
        grid.getStyleClass().add("journey-grid");
        for (int c = 0; c < COLS; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == 3 ? Priority.ALWAYS : Priority.NEVER);
            cc.setHalignment(javafx.geometry.HPos.CENTER);
            grid.getColumnConstraints().add(cc);
        }
        token.setId("pipeline-token");
        token.getStyleClass().add("token");
        token.setManaged(false);
        token.setVisible(false);
        overlay.setMouseTransparent(true);
        widestToken.getStyleClass().addAll("token", "token-request");
        widestToken.setText(PipelineScene.METHODS.stream().max(java.util.Comparator.comparingInt(String::length)).orElse(""));
        widestToken.setManaged(false);
        widestToken.setVisible(false);
        overlay.getChildren().addAll(widestToken, token);
        exception.setId("pipeline-exception");
        exception.getStyleClass().add("exception-banner");
        exception.setWrapText(true);
        viewBox.setId("pipeline-view-box");
        viewBox.getStyleClass().add("view-box");
        viewBox.setMaxWidth(Double.MAX_VALUE);
        journey.setId("pipeline-journey");
        journey.getStyleClass().add("journey-title");
        content.getChildren().addAll(journey, grid, exception);
        content.getStyleClass().add("journey-content");
        getChildren().addAll(content, overlay);
    }

    /** Draws {@code s}; the token moves to the highlighted hook over {@code d}. */
    void show(PipelineState s, Set<?> highlights, Duration d) {
        String key = s.layers().stream().map(l -> l.name() + l.hooks().stream().map(h -> h.hook().name()).toList())
                .toList().toString();
        if (!key.equals(structure)) {
            build(s.layers());
            structure = key;
            tokenAt = null;
        }
        int turnedAt = turningLayer(s);
        for (int i = 0; i < s.layers().size(); i++) {
            LayerState l = s.layers().get(i);
            for (var h : l.hooks()) {
                HookCall call = new HookCall(i, h.hook());
                style(targets.get(call), h.mark(), highlights.contains(call));
            }
            boolean skipped = i > turnedAt;
            band(i, "skipped", skipped);
            for (Node node : rowNodes.getOrDefault(i, List.of())) {
                node.setOpacity(skipped ? 0.35 : 1.0);
            }
            band(i, "current-row", s.layer() == i && s.phase() != Phase.DONE);
            band(i, "converted", highlights.contains(new Conversion(i)));
        }
        int n = s.layers().size();
        band(n, "converted", highlights.contains(new Conversion(n)));
        band(n, "current-row", s.layer() == n);
        showView(s, highlights);
        journey.setText(m.get("pipeline.drawing.journey", s.journey(), s.journeys(),
                s.request().method() + " " + s.request().path()));
        exception.setText(s.exception() == null ? "" : m.get("pipeline.inFlight", s.exception()));
        exception.setVisible(s.exception() != null);
        showToken(s);
        target = trackFor(s, highlights);
        pending = d;
        requestLayout();
    }

    /** The layer whose process_request answered or raised (the layers inside it never see the request). */
    private static int turningLayer(PipelineState s) {
        for (int i = 0; i < s.layers().size(); i++) {
            Mark m = s.layers().get(i).mark(Hook.PROCESS_REQUEST);
            if (m == Mark.RESPONDED || m == Mark.RAISED) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void build(List<LayerState> layers) {
        grid.getChildren().clear();
        targets.clear();
        bands.clear();
        tracks.clear();
        rowNodes.clear();
        Label in = label(m.get("pipeline.drawing.in"), "track-title");
        Label out = label(m.get("pipeline.drawing.out"), "track-title");
        grid.add(in, 1, 0, 3, 1);
        grid.add(out, 3, 0, 4, 1);
        GridPane.setHalignment(in, javafx.geometry.HPos.LEFT);
        GridPane.setHalignment(out, javafx.geometry.HPos.RIGHT);
        grid.add(track(new Track(true, -1), ""), 0, 0);
        grid.add(track(new Track(false, -1), ""), 7, 0);
        for (int i = 0; i < layers.size(); i++) {
            LayerState l = layers.get(i);
            int row = i + 1;
            addBand(i, row, l.custom());
            grid.add(track(new Track(true, i), "\u2193"), 0, row);
            grid.add(chip(i, l, Hook.PROCESS_REQUEST), 1, row);
            grid.add(chip(i, l, Hook.PROCESS_VIEW), 2, row);
            Label name = label(l.name(), "layer-name");
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(0);
            targets.put(new Conversion(i), name);
            grid.add(name, 3, row);
            grid.add(chip(i, l, Hook.PROCESS_EXCEPTION), 4, row);
            grid.add(chip(i, l, Hook.PROCESS_TEMPLATE_RESPONSE), 5, row);
            grid.add(chip(i, l, Hook.PROCESS_RESPONSE), 6, row);
            grid.add(track(new Track(false, i), "\u2191"), 7, row);
            rowNodes.put(i, grid.getChildren().stream().filter(c -> GridPane.getRowIndex(c) != null
                    && GridPane.getRowIndex(c) == row && !(c instanceof Region r && r.getStyleClass().contains("layer-band")))
                    .toList());
        }
        int viewRow = layers.size() + 1;
        addBand(layers.size(), viewRow, false);
        grid.add(track(new Track(true, layers.size()), "\u2192"), 0, viewRow);
        grid.add(viewBox, 1, viewRow, 6, 1);
        targets.put(JourneyHighlight.VIEW, viewBox);
        targets.put(JourneyHighlight.NO_ROUTE, viewBox);
        targets.put(new Conversion(layers.size()), viewBox);
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        return l;
    }

    /** A place on the left (in) or right (out) track beside {@code layer}; layer -1 is above the stack. */
    private record Track(boolean in, int layer) {
    }

    private Label track(Track id, String arrow) {
        Label t = label(arrow, "track");
        t.setMinWidth(52);
        t.setAlignment(javafx.geometry.Pos.CENTER);
        tracks.put(id, t);
        return t;
    }

    /** Where the token stands for a step: the left track going in, the right track coming out. */
    private static Track trackFor(PipelineState s, Set<?> highlights) {
        int n = s.layers().size();
        for (Object h : highlights) {
            if (h instanceof HookCall c) {
                return new Track(c.hook().inbound(), c.layer());
            }
            if (h instanceof Conversion c) {
                return c.layer() == n ? new Track(true, n) : new Track(false, c.layer());
            }
            if (h instanceof JourneyHighlight.ViewCall || h instanceof JourneyHighlight.NoRoute) {
                return new Track(true, n);
            }
        }
        return new Track(s.phase() != Phase.DONE, -1);
    }

    private void addBand(int index, int row, boolean custom) {
        Region band = new Region();
        band.getStyleClass().add("layer-band");
        if (custom) {
            band.getStyleClass().add("custom");
        }
        band.setMaxWidth(Double.MAX_VALUE);
        band.setMaxHeight(Double.MAX_VALUE);
        GridPane.setMargin(band, new javafx.geometry.Insets(0, 0, 0, 0));
        grid.add(band, 0, row, COLS, 1);
        bands.put(index, band);
    }

    private Node chip(int layer, LayerState l, Hook h) {
        Label c = new Label();
        if (l.mark(h) == null) {
            c.getStyleClass().add("hook-absent");
            c.setText("\u00b7");
            return c;
        }
        c.setText(m.get(chipKey(h)));
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.getStyleClass().addAll("hook", "hook-idle");
        c.setTooltip(new javafx.scene.control.Tooltip(l.name() + "." + h.pythonName()));
        targets.put(new HookCall(layer, h), c);
        return c;
    }

    private static String chipKey(Hook h) {
        return switch (h) {
            case PROCESS_REQUEST -> "pipeline.chip.request";
            case PROCESS_VIEW -> "pipeline.chip.view";
            case PROCESS_EXCEPTION -> "pipeline.chip.exception";
            case PROCESS_TEMPLATE_RESPONSE -> "pipeline.chip.template";
            case PROCESS_RESPONSE -> "pipeline.chip.response";
        };
    }

    private static final List<String> CHIP_STYLES = List.of("hook-idle", "hook-pass", "hook-respond", "hook-raise", "current");
    private static final List<String> VIEW_STYLES = List.of("ran", "current", "raised");
    private static final List<String> TOKEN_STYLES = List.of("token-request", "token-response", "token-exception",
            "token-4xx", "token-5xx");

    private static void style(Node chip, Mark mark, boolean current) {
        if (chip == null) {
            return;
        }
        Widgets.styleClasses(chip, CHIP_STYLES, switch (mark) {
            case IDLE -> "hook-idle";
            case PASSED -> "hook-pass";
            case RESPONDED -> "hook-respond";
            case RAISED -> "hook-raise";
        }, current ? "current" : null);
    }

    private void band(int i, String style, boolean on) {
        Region b = bands.get(i);
        if (b != null) {
            Widgets.styleClass(b, style, on);
        }
    }

    private void showView(PipelineState s, Set<?> highlights) {
        boolean ran = s.calls().contains("view");
        String req = s.request().method() + " " + s.request().path();
        if (highlights.contains(JourneyHighlight.NO_ROUTE)) {
            viewBox.setText(m.get("pipeline.drawing.noRoute", req));
        } else if (ran) {
            viewBox.setText(m.get("pipeline.drawing.viewRan", req));
        } else {
            viewBox.setText(m.get("pipeline.drawing.view", req));
        }
        Widgets.styleClasses(viewBox, VIEW_STYLES, ran ? (s.viewRaised() ? "raised" : "ran") : null,
                highlights.contains(JourneyHighlight.VIEW) || highlights.contains(JourneyHighlight.NO_ROUTE) ? "current" : null);
    }

    private void showToken(PipelineState s) {
        String style;
        if (s.exception() != null) {
            token.setText("\u26a1");
            style = "token-exception";
        } else if (s.response() != null && s.phase() != Phase.INBOUND && s.phase() != Phase.ARRIVE) {
            int status = s.response().status();
            token.setText(String.valueOf(status));
            style = status >= 500 ? "token-5xx" : status >= 400 ? "token-4xx" : "token-response";
        } else {
            token.setText(s.request().method());
            style = "token-request";
        }
        Widgets.styleClasses(token, TOKEN_STYLES, style);
        token.setVisible(true);
    }

    @Override
    protected void layoutChildren() {
        // the track columns are as wide as the widest token, so a token beside the stack's top
        // ("DELETE" going in) never covers the "request in" / "response out" titles
        double w = Math.max(52, Math.ceil(widestToken.prefWidth(-1)));
        for (int c : new int[] {0, COLS - 1}) {
            ColumnConstraints cc = grid.getColumnConstraints().get(c);
            if (cc.getMinWidth() != w) {
                cc.setMinWidth(w);
            }
        }
        super.layoutChildren();
        Node t = target == null ? null : tracks.get(target);
        if (t == null || t.getScene() == null) {
            return;
        }
        token.autosize();
        Bounds b = overlay.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
        double x = Math.max(0, Math.min(overlay.getWidth() - token.getWidth(), b.getMinX() + b.getWidth() / 2 - token.getWidth() / 2));
        double y = b.getMinY() + b.getHeight() / 2 - token.getHeight() / 2;
        Point2D now = new Point2D(x, y);
        if (now.equals(tokenAt)) {
            return;
        }
        Point2D from = tokenAt;
        tokenAt = now;
        token.relocate(x, y);
        if (from != null && pending.greaterThan(Duration.ZERO)) {
            TranslateTransition tt = new TranslateTransition(pending, token);
            tt.setFromX(from.getX() - x);
            tt.setFromY(from.getY() - y);
            tt.setToX(0);
            tt.setToY(0);
            tt.play();
        } else {
            token.setTranslateX(0);
            token.setTranslateY(0);
        }
        pending = Duration.ZERO;
    }

    /** The column under the stack (the legend goes at its end). */
    VBox getContent() {
        return content;
    }

    /** The chip or box a highlight lights, for tests. */
    Node target(Highlight id) {
        return targets.get(id);
    }
}
