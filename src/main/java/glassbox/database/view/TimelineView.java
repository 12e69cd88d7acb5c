package glassbox.database.view;

import glassbox.database.engine.LockFrame;
import glassbox.database.engine.LockResult;
import glassbox.database.engine.LostUpdate;
import glassbox.database.engine.TxEvent;
import glassbox.database.engine.TxEventKind;
import glassbox.core.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The per-transaction timeline of a locking run: one lane per buyer, time left to right; lock
 * waits as bars, reads, writes, retries, commits and rejections as dots, lost updates ringed.
 * A cursor marks the replay's moment; later events are faded. Draws at most {@link #MAX_laneS} lanes.
 */
final class TimelineView extends ScrollPane {
    static final int MAX_laneS = 250;
    private static final double MIN_LANE = 18;
    private static final double GUTTER = 44;
    private static final double TOP = 22;
    private final Messages m;
    private final Pane canvas = new Pane();
    private final Line cursor = new Line();
    private final Label empty = new Label();
    private final List<Node> eventNodes = new ArrayList<>();
    private final Map<Integer, Rectangle> laneBacks = new HashMap<>();
    private LockResult result;
    private double lane = MIN_LANE;
    private int shownIndex = Integer.MAX_VALUE;
    private int currentBuyer = -1;
    private java.util.function.IntConsumer onPick = i -> { };

    TimelineView(Messages messages) {
        this.m = messages;
        setId("database-timeline");
        getStyleClass().add("database-timeline");
        canvas.getStyleClass().add("topic-canvas");
        setContent(canvas);
        setFitToWidth(true);
        cursor.getStyleClass().add("tl-cursor");
        cursor.setManaged(false);
        empty.setText(m.get("database.timeline.empty"));
        empty.getStyleClass().add("database-hint");
        empty.relocate(12, 12);
        canvas.getChildren().add(empty);
        viewportBoundsProperty().addListener((o, a, b) -> {
            if (a == null || Math.abs(a.getWidth() - b.getWidth()) > 0.5) {
                redraw();
            }
        });
    }

    /** Told the index of an event the user clicked (to seek the replay there). */
    void setOnPick(java.util.function.IntConsumer pick) {
        onPick = pick;
    }

    /** What a click on event {@code index} does (the tests call it directly). */
    void pick(int index) {
        onPick.accept(index);
    }

    void show(LockResult r) {
        lastFrame = null;
        result = r;
        shownIndex = Integer.MAX_VALUE;
        currentBuyer = -1;
        redraw();
    }

    /** Number of event dots and bars drawn (for tests). */
    int drawnEvents() {
        return (int) eventNodes.stream().filter(n -> n != null).count();
    }

    private void redraw() {
        canvas.getChildren().clear();
        eventNodes.clear();
        laneBacks.clear();
        if (result == null) {
            canvas.getChildren().add(empty);
            return;
        }
        lane = laneHeight();
        List<TxEvent> events = result.events();
        int lanes = Math.min(MAX_laneS, result.params().buyers());
        double width = Math.max(300, getViewportBounds().getWidth() - 4);
        double plot = width - GUTTER - 12;
        long end = Math.max(1, events.isEmpty() ? 1 : events.get(events.size() - 1).atUs());
        canvas.setPrefHeight(TOP + lanes * lane + 8);
        canvas.setMinHeight(TOP + lanes * lane + 8);
        drawLanes(lanes, width);
        drawAxis(end, plot);
        Set<String> lost = new HashSet<>();
        for (LostUpdate l : result.lost()) {
            lost.add(String.valueOf(l.buyer()));
        }
        Map<Integer, double[]> life = new HashMap<>();
        for (TxEvent e : events) {
            if (e.buyer() <= lanes) {
                double x = GUTTER + plot * e.atUs() / end;
                double[] span = life.computeIfAbsent(e.buyer(), b -> new double[] {x, x});
                span[0] = Math.min(span[0], x);
                span[1] = Math.max(span[1], x + (e.kind() == TxEventKind.LOCK_WAIT ? plot * e.durationUs() / end : 0));
            }
        }
        life.forEach((b, span) -> {
            Line l = new Line(span[0], laneY(b), span[1], laneY(b));
            l.getStyleClass().add("tl-life");
            l.setManaged(false);
            canvas.getChildren().add(l);
        });
        for (TxEvent e : events) {
            if (e.buyer() > lanes) {
                eventNodes.add(null);
                continue;
            }
            Node n = eventNode(e, GUTTER + plot * e.atUs() / end, plot * e.durationUs() / end,
                    e.kind() == TxEventKind.WRITE && lost.contains(String.valueOf(e.buyer())));
            int index = eventNodes.size();
            n.setOnMouseClicked(ev -> onPick.accept(index));
            n.getStyleClass().add("tl-pickable");
            eventNodes.add(n);
            canvas.getChildren().add(n);
        }
        cursor.setStartY(TOP - 4);
        cursor.setEndY(TOP + lanes * lane);
        canvas.getChildren().add(cursor);
        cursor.setVisible(false);
        shownIndex = Integer.MAX_VALUE;
        currentBuyer = -1;
        if (lastFrame != null) {
            showFrame(lastFrame);
        }
    }

    private LockFrame lastFrame;

    private void drawLanes(int lanes, double width) {
        for (int b = 1; b <= lanes; b++) {
            Rectangle back = new Rectangle(0, laneY(b) - lane / 2, width, lane);
            back.getStyleClass().addAll("tl-lane", b % 2 == 0 ? "even" : "odd");
            back.setManaged(false);
            laneBacks.put(b, back);
            Label name = new Label(m.get("database.timeline.buyer", b));
            name.getStyleClass().add("tl-name");
            name.setManaged(false);
            name.resizeRelocate(4, laneY(b) - lane / 2, GUTTER - 6, lane);
            canvas.getChildren().addAll(back, name);
        }
    }

    private void drawAxis(long endUs, double plot) {
        for (int i = 0; i <= 4; i++) {
            double x = GUTTER + plot * i / 4;
            Text t = new Text(Units.duration(m, endUs * i / 4.0));
            t.getStyleClass().add("tl-tick");
            t.setManaged(false);
            t.setTextOrigin(javafx.geometry.VPos.TOP);
            t.relocate(Math.max(0, Math.min(x - 10, GUTTER + plot - 50)), 2);
            Line tick = new Line(x, TOP - 4, x, TOP);
            tick.getStyleClass().add("tl-tickmark");
            canvas.getChildren().addAll(t, tick);
        }
    }

    private Node eventNode(TxEvent e, double x, double w, boolean lostWrite) {
        double y = laneY(e.buyer());
        String kind = "tl-" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Node n;
        if (e.kind() == TxEventKind.LOCK_WAIT) {
            Rectangle r = new Rectangle(x, y - 4, Math.max(2, w), 8);
            r.getStyleClass().addAll("tl-event", kind);
            n = r;
        } else {
            Circle c = new Circle(x, y, e.kind() == TxEventKind.START ? 2.5 : 4.5);
            c.getStyleClass().addAll("tl-event", kind);
            if (lostWrite) {
                c.getStyleClass().add("tl-lost");
                c.setRadius(6);
            }
            n = c;
        }
        n.setManaged(false);
        Tooltip.install(n, new Tooltip(tip(e)));
        return n;
    }

    private String tip(TxEvent e) {
        String when = Units.duration(m, e.atUs());
        return switch (e.kind()) {
            case LOCK_WAIT -> m.get("database.tip.wait", e.buyer(), when, Units.duration(m, e.durationUs()));
            case READ, WRITE, COMMIT -> m.get("database.tip.value", e.buyer(), when, m.get(kindKey(e.kind())), e.value());
            default -> m.get("database.tip.event", e.buyer(), when, m.get(kindKey(e.kind())));
        };
    }

    static String kindKey(TxEventKind k) {
        return switch (k) {
            case START -> "database.kind.start";
            case READ -> "database.kind.read";
            case LOCK_WAIT -> "database.kind.wait";
            case WRITE -> "database.kind.write";
            case RETRY -> "database.kind.retry";
            case COMMIT -> "database.kind.commit";
            case REJECT -> "database.kind.reject";
            case FAIL -> "database.kind.fail";
        };
    }

    /** Lanes as tall as the theme's lane labels need (the projector theme's fonts are 1.5× larger). */
    private double laneHeight() {
        Label probe = new Label("B1");
        probe.getStyleClass().add("tl-name");
        canvas.getChildren().add(probe);
        probe.applyCss();
        double size = probe.getFont().getSize();
        canvas.getChildren().remove(probe);
        return Math.max(MIN_LANE, Math.ceil(size * 1.45));
    }

    private double laneY(int buyer) {
        return TOP + (buyer - 1) * lane + lane / 2;
    }

    /** Moves the cursor to the frame's moment; fades what has not happened yet; lights the buyer's lane. */
    void showFrame(LockFrame f) {
        lastFrame = f;
        if (result == null || eventNodes.isEmpty() && !result.events().isEmpty()) {
            return;
        }
        long end = Math.max(1, result.events().isEmpty() ? 1 : result.events().get(result.events().size() - 1).atUs());
        double plot = Math.max(300, getViewportBounds().getWidth() - 4) - GUTTER - 12;
        double x = GUTTER + plot * f.atUs() / end;
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setVisible(f.index() >= 0 && f.index() < result.events().size());
        int upTo = f.index() < 0 ? -1 : f.index();
        int from = shownIndex == Integer.MAX_VALUE ? 0 : Math.min(shownIndex, upTo) + 1;
        int to = shownIndex == Integer.MAX_VALUE ? eventNodes.size() - 1 : Math.max(shownIndex, upTo);
        for (int i = Math.max(0, from); i <= Math.min(eventNodes.size() - 1, to); i++) {
            Node n = eventNodes.get(i);
            if (n != null) {
                glassbox.core.Widgets.styleClass(n, "future", i > upTo);
            }
        }
        shownIndex = upTo;
        int buyer = f.event() == null ? -1 : f.event().buyer();
        if (buyer != currentBuyer) {
            Rectangle old = laneBacks.get(currentBuyer);
            if (old != null) {
                old.getStyleClass().remove("current");
            }
            Rectangle now = laneBacks.get(buyer);
            if (now != null) {
                now.getStyleClass().add("current");
                scrollToLane(buyer);
            }
            currentBuyer = buyer;
        }
    }

    private void scrollToLane(int buyer) {
        double content = canvas.getHeight();
        double view = getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double y = laneY(buyer);
        double top = getVvalue() * (content - view);
        if (y < top + lane || y > top + view - lane) {
            setVvalue(Math.max(0, Math.min(1, (y - view / 2) / (content - view))));
        }
    }
}
