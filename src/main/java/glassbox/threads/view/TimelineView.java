package glassbox.threads.view;

import glassbox.core.KeptNodes;
import glassbox.core.Messages;
import glassbox.core.Widgets;
import glassbox.threads.engine.EventLog;
import glassbox.threads.engine.EventType;
import glassbox.threads.engine.Lanes;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Schedule;
import glassbox.threads.engine.ThreadState;
import glassbox.threads.engine.ThreadStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Text;

/**
 * The per-thread timeline: for each track a title, a band showing who holds the lock, one lane per
 * thread (running, waiting, io, done as CSS-styled paths), hand-off arrows and drop-request ticks;
 * a shared time axis and the player's cursor. Drawn with level of detail: at most a couple of
 * shapes per pixel column per lane, so a million events stay smooth. Scroll zooms, drag pans,
 * double-click fits, a click moves the player to that time.
 */
public final class TimelineView extends Region {
    private static final double PAD = 6;
    private static final double GAP = 10;
    /** Above this many events in view, hand-off arrows are left out (the band shows the alternation). */
    private static final int MAX_ARROWS = 400;
    private static final int MAX_EVENT_SCAN = 50_000;

    private final Messages messages;
    private final TimeWindow window;
    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    private List<Track> tracks = List.of();
    private double cursorNanos = -1;
    private int cursorRun;
    private Set<Integer> lit = Set.of();
    private long lastRedrawNanos;
    private double revealNanos = Double.POSITIVE_INFINITY;
    private LongConsumer onTimeClicked = t -> { };
    private double pressX;
    private double pressStart;
    private boolean dragged;
    private long drawCount;
    private boolean dirty = true;
    private final KeptNodes kept = new KeptNodes();
    private final Map<String, javafx.geometry.Bounds> measured = new HashMap<>();
    /** Where each lane was drawn, for the hover tooltip: track, thread, top, bottom. */
    private final List<double[]> laneRows = new ArrayList<>();
    private final Tooltip hover = new Tooltip();
    private final Text probeLabel = probe("timeline-label");
    private final Text probeTitle = probe("timeline-title");
    private final Text probeBand = probe("band-text");
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    public TimelineView(Messages messages, TimeWindow window) {
        this.messages = messages;
        this.window = window;
        getStyleClass().addAll("threads-timeline", "topic-canvas");
        setId("threads-timeline");
        layer.setManaged(false);
        getChildren().add(layer);
        layer.getChildren().addAll(probeLabel, probeTitle, probeBand);
        for (Text probe : List.of(probeLabel, probeTitle, probeBand)) {
            probe.fontProperty().addListener((o, a, b) -> {
                measured.clear();
                invalidate();
                requestParentLayout();
            });
        }
        setClip(clip);
        window.startProperty().addListener((o, a, b) -> invalidate());
        window.endProperty().addListener((o, a, b) -> invalidate());
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        hover.setShowDelay(javafx.util.Duration.millis(250));
        Tooltip.install(this, hover);
    }

    /** Shows these tracks; keeps the zoom unless {@code fit}. */
    public void setTracks(List<Track> newTracks, boolean fit) {
        tracks = List.copyOf(newTracks);
        requestParentLayout();
        if (fit) {
            window.fit(tracks.stream().mapToLong(t -> t.schedule().wall()).max().orElse(1));
        }
        invalidate();
    }

    public List<Track> tracks() {
        return tracks;
    }

    /** Moves the cursor to {@code nanos} (-1 hides it), lighting threads (indices) in track {@code run}. */
    public void setCursor(double nanos, int run, Set<Integer> threads) {
        cursorNanos = nanos;
        cursorRun = run;
        lit = Set.copyOf(threads);
        if (nanos >= 0) {
            window.reveal(nanos);
        }
        invalidate();
    }

    /**
     * Draws lanes of simulated tracks only up to {@code nanos} of virtual time: the replay reveals
     * them as it goes (infinite: everything). Live tracks follow the same time.
     */
    public void setReveal(double nanos) {
        if (nanos != revealNanos) {
            revealNanos = nanos;
            invalidate();
        }
    }

    public double cursorNanos() {
        return cursorNanos;
    }

    public void setOnTimeClicked(LongConsumer action) {
        onTimeClicked = action;
    }

    public TimeWindow window() {
        return window;
    }

    /** How long the last rebuild of the drawing took (benchmarks). */
    public long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    /** How many times the drawing was rebuilt (for tests of level of detail). */
    public long drawCount() {
        return drawCount;
    }

    /** Number of drawn shapes: stays bounded by the width, not the number of events. */
    public int shapeCount() {
        return layer.getChildren().size();
    }

    public Pane layer() {
        return layer;
    }

    /** Tall enough for every lane at a comfortable height; the editor above gives way first. */
    @Override
    protected double computePrefHeight(double width) {
        double textH = measure("Tg", probeLabel).getHeight();
        double titleH = measure("Tg", probeTitle).getHeight() + 4;
        double h = textH + 12;
        for (Track t : tracks) {
            h += titleH + GAP + (t.schedule().workload().size() + bands(t)) * textH * 2.2;
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    /** Any width: the drawing is rebuilt for the width it gets (never held wide by its old shapes). */
    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    /** Every lane at least a line of text high (plus its band and title), so labels never overlap. */
    @Override
    protected double computeMinHeight(double width) {
        double textH = measure("Tg", probeLabel).getHeight();
        double titleH = measure("Tg", probeTitle).getHeight() + 4;
        double h = textH + 12;
        for (Track t : tracks) {
            h += titleH + GAP + t.schedule().workload().size() * textH * 1.2 + bands(t) * (textH + 5);
        }
        return snappedTopInset() + Math.max(110, h) + snappedBottomInset();
    }

    /** Marks the drawing stale; it is rebuilt at the next layout pass. */
    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (dirty || getWidth() != drawnWidth || getHeight() != drawnHeight) {
            dirty = false;
            drawnWidth = getWidth();
            drawnHeight = getHeight();
            long t0 = System.nanoTime();
            redraw();
            lastRedrawNanos = System.nanoTime() - t0;
        }
    }

    // ---- drawing

    /**
     * Rebuilds the picture. Nodes are reused between redraws by role (a key), so they keep their
     * CSS: a node created now is only styled at the next pulse, which would flash while panning.
     */
    private void redraw() {
        drawCount++;
        kept.next();
        laneRows.clear();
        List<Node> nodes = new ArrayList<>(List.of(probeLabel, probeTitle, probeBand));
        double w = getWidth();
        double h = getHeight();
        if (tracks.isEmpty() || w <= 0 || h <= 0) {
            finish(nodes);
            return;
        }
        double textH = measure("Tg", probeLabel).getHeight();
        double labelW = labelWidth();
        double plotX = labelW + PAD;
        double plotW = Math.max(10, w - plotX - PAD);
        double axisH = textH + 10;
        int rows = 0;
        for (Track t : tracks) {
            rows += t.schedule().workload().size() + bands(t);
        }
        double titleH = measure("Tg", probeTitle).getHeight() + 4;
        double free = h - axisH - tracks.size() * (titleH + GAP);
        // Never lower than a line of text: labels of neighbouring lanes must not overlap. When the
        // lanes do not fit, the minimum height grows and the scroll pane around the timeline scrolls.
        double laneH = Math.max(textH * 1.2, Math.min(textH * 2.6, free / Math.max(1, rows)));
        double y = 2;
        for (int k = 0; k < tracks.size(); k++) {
            y = drawTrack(nodes, k, tracks.get(k), y, titleH, laneH, plotX, plotW);
            y += GAP;
        }
        drawAxis(nodes, y - GAP + 4, plotX, plotW);
        drawCursor(nodes, y - GAP, plotX, plotW);
        finish(nodes);
    }

    /** Band rows above a track's lanes: the GIL (or cores), and the shared lock when lock bursts hold it. */
    private static int bands(Track t) {
        return t.schedule().lanes().lockBand().size() > 0 ? 2 : 1;
    }

    private void finish(List<Node> nodes) {
        Widgets.syncChildren(layer.getChildren(), nodes); // the nodes kept keep their style
        kept.done();
    }

    private double drawTrack(List<Node> nodes, int k, Track track, double y, double titleH, double laneH,
                             double plotX, double plotW) {
        Schedule s = track.schedule();
        String id = "t" + k + ":";
        boolean done = revealNanos >= s.wall();
        nodes.add(text(id + "title", done ? messages.get("threads.track.title", track.title(), ms(s.wall()), s.handoffs())
                        : messages.get("threads.track.titleRunning", track.title()),
                "timeline-title", PAD, y));
        y += titleH;
        String bandLabel = messages.get(s.policy() == Policy.GIL ? "threads.band.gil"
                : s.policy().usesCores() ? "threads.band.cores" : "threads.band.thread");
        nodes.add(text(id + "bandLabel", bandLabel, "timeline-band-label", PAD, y + 1));
        double bandH = Math.max(laneH * 0.8, measure("Tg", probeLabel).getHeight() + 2);
        nodes.add(rectangle(id + "bandBg", "band-background", plotX, y, plotW, bandH));
        if (s.policy().usesCores()) {
            nodes.add(text(id + "noGil", messages.get(s.policy() == Policy.PROCESS ? "threads.band.processes"
                    : "threads.band.noGil", s.settings().cores()), "timeline-band-note",
                    plotX + 4, y + 1));
        } else {
            drawBand(nodes, id, s, s.lanes().band(), y, bandH, plotX, plotW);
        }
        y += bandH + 3;
        if (bands(track) > 1) {
            String lockId = id + "lock";
            nodes.add(text(lockId + "Label", messages.get(s.policy() == Policy.PROCESS ? "threads.band.value" : "threads.band.lock"),
                    "timeline-band-label", PAD, y + 1));
            nodes.add(rectangle(lockId + "Bg", "band-background", plotX, y, plotW, bandH));
            drawBand(nodes, lockId, s, s.lanes().lockBand(), y, bandH, plotX, plotW);
            y += bandH + 3;
        }
        double[] laneY = new double[s.workload().size()];
        Lanes lanes = s.lanes();
        for (int t = 0; t < laneY.length; t++) {
            laneY[t] = y;
            String name = s.workload().thread(t).name();
            boolean on = track.run() == cursorRun && lit.contains(t);
            if (on) {
                nodes.add(rectangle(id + "glow" + t, "lane-lit", 0, y - 1, plotX - 2, laneH));
            }
            Text label = text(id + "label" + t, name, "timeline-label", PAD, y + (laneH - 2) / 2);
            label.setTextOrigin(VPos.CENTER);
            Widgets.styleClass(label, "lit", on);
            ThreadStats st = s.stats().get(t);
            tooltip(label, messages.get("threads.lane.tip", name, ms(st.cpu()), ms(st.io()), ms(st.waiting()), ms(st.end())));
            nodes.add(label);
            drawLane(nodes, id + "lane" + t, lanes.lane(t), y, laneH - 2, plotX, plotW);
            laneRows.add(new double[] {k, t, y, y + laneH});
            y += laneH;
        }
        drawMarks(nodes, id, s, laneY, laneH - 2, plotX, plotW);
        return y;
    }

    private void drawBand(List<Node> nodes, String id, Schedule s, Lanes.Lane band, double y, double h, double plotX, double plotW) {
        int n = s.workload().size();
        List<LaneGeometry.Run> runs = revealed(LaneGeometry.runs(band, window.start(), window.end(), plotX, plotW, n),
                plotX, plotW);
        int colours = Math.min(n, 7);
        List<List<PathElement>> elements = new ArrayList<>();
        for (int k = 0; k < colours; k++) {
            elements.add(new ArrayList<>());
        }
        List<Node> labels = new ArrayList<>();
        for (LaneGeometry.Run r : runs) {
            if (r.stacked()) {
                rect(elements.get(r.code() % 7), r.x0(), y + h * (1 - r.offset() - r.share()), r.width(), h * r.share());
                continue;
            }
            rect(elements.get(r.code() % 7), r.x0(), y, r.width(), h);
            String name = s.workload().thread(r.code()).name();
            if (labels.size() < 100 && r.width() > measure(name, probeBand).getWidth() + 8) {
                Text t = text(id + "bandText" + labels.size(), name, "band-text", r.x0() + 4, y + h / 2);
                t.setTextOrigin(VPos.CENTER);
                labels.add(t);
            }
        }
        for (int k = 0; k < colours; k++) {
            Path p = path(id + "band" + k, "band-seg", "thread-" + (k + 1));
            p.getElements().setAll(elements.get(k));
            nodes.add(p);
        }
        nodes.addAll(labels);
    }

    private void drawLane(List<Node> nodes, String id, Lanes.Lane lane, double y, double h, double plotX, double plotW) {
        ThreadState[] states = ThreadState.values();
        List<List<PathElement>> elements = new ArrayList<>();
        for (int k = 0; k < states.length; k++) {
            elements.add(new ArrayList<>());
        }
        for (LaneGeometry.Run r : revealed(LaneGeometry.runs(lane, window.start(), window.end(), plotX, plotW, states.length),
                plotX, plotW)) {
            ThreadState st = states[r.code()];
            if (r.stacked()) {
                rect(elements.get(r.code()), r.x0(), y + h * (1 - r.offset() - r.share()), r.width(), h * r.share());
                continue;
            }
            double top = switch (st) {
                case RUNNING -> y;
                case WAITING, BLOCKED -> y + h * 0.15;
                case IO -> y + h * 0.3;
                case DONE -> y + h * 0.45;
            };
            double bottom = st == ThreadState.DONE ? y + h * 0.55 : y + h;
            rect(elements.get(r.code()), r.x0(), top, r.width(), bottom - top);
        }
        for (int k = 0; k < states.length; k++) {
            if (!elements.get(k).isEmpty()) {
                Path p = path(id + ":" + k, "lane-seg", "state-" + states[k].id());
                p.getElements().setAll(elements.get(k));
                nodes.add(p);
            }
        }
    }

    /** Hand-off arrows and drop-request ticks for the events in view, when they are few enough to read. */
    private void drawMarks(List<Node> nodes, String id, Schedule s, double[] laneY, double h, double plotX, double plotW) {
        EventLog log = s.log();
        int from = log.firstAtOrAfter((long) Math.floor(window.start()));
        int to = log.firstAtOrAfter((long) Math.ceil(Math.min(window.end(), revealNanos)) + 1);
        if (to - from > MAX_EVENT_SCAN) {
            return;
        }
        double scale = plotW / window.span();
        List<PathElement> arrows = new ArrayList<>();
        List<PathElement> ticks = new ArrayList<>();
        int arrowCount = 0;
        int lastTickColumn = Integer.MIN_VALUE;
        boolean handoffs = !s.policy().usesCores();
        for (int e = from; e < to; e++) {
            EventType type = log.type(e);
            double x = plotX + (log.time(e) - window.start()) * scale;
            if (type == EventType.ACQUIRE && handoffs && log.other(e) >= 0 && log.other(e) != log.thread(e)) {
                if (++arrowCount > Math.min(MAX_ARROWS, plotW / 8)) {
                    arrows.clear();
                    handoffs = false;
                    continue;
                }
                arrow(arrows, x, laneY[log.other(e)] + h / 2, laneY[log.thread(e)] + h / 2);
            } else if (type == EventType.DROP_REQUEST && (int) (x / 4) != lastTickColumn) {
                lastTickColumn = (int) (x / 4);
                double top = laneY[log.thread(e)];
                ticks.add(new MoveTo(x - 5, top - 1));
                ticks.add(new LineTo(x + 5, top - 1));
                ticks.add(new LineTo(x, top + 7));
                ticks.add(new ClosePath());
            }
        }
        if (!arrows.isEmpty()) {
            Path p = path(id + "arrows", "handoff-arrow");
            p.getElements().setAll(arrows);
            nodes.add(p);
        }
        if (!ticks.isEmpty()) {
            Path p = path(id + "ticks", "drop-tick");
            p.getElements().setAll(ticks);
            nodes.add(p);
        }
    }

    /** The runs left of the reveal time, the last one cut there. */
    private List<LaneGeometry.Run> revealed(List<LaneGeometry.Run> runs, double plotX, double plotW) {
        if (revealNanos >= window.end()) {
            return runs;
        }
        double xMax = plotX + (revealNanos - window.start()) * plotW / window.span();
        List<LaneGeometry.Run> out = new ArrayList<>();
        for (LaneGeometry.Run r : runs) {
            if (r.x0() >= xMax) {
                continue;
            }
            out.add(r.x1() <= xMax ? r : new LaneGeometry.Run(r.x0(), xMax, r.code(), r.offset(), r.share()));
        }
        return out;
    }

    private static void arrow(List<PathElement> out, double x, double y0, double y1) {
        double dir = Math.signum(y1 - y0);
        out.add(new MoveTo(x, y0));
        out.add(new LineTo(x, y1 - dir * 1));
        out.add(new MoveTo(x - 4, y1 - dir * 6));
        out.add(new LineTo(x, y1 - dir * 1));
        out.add(new LineTo(x + 4, y1 - dir * 6));
    }

    private void drawAxis(List<Node> nodes, double y, double plotX, double plotW) {
        nodes.add(line("axis", "axis-line", plotX, y, plotX + plotW, y));
        double span = window.span();
        double step = niceStep(span / Math.max(1, plotW / 90));
        double first = Math.ceil(window.start() / step) * step;
        List<PathElement> grid = new ArrayList<>();
        int i = 0;
        for (double t = first; t <= window.end() + 1e-6; t += step, i++) {
            double x = plotX + (t - window.start()) / span * plotW;
            grid.add(new MoveTo(x, 0));
            grid.add(new LineTo(x, y));
            nodes.add(line("tick" + i, "axis-line", x, y, x, y + 4));
            String label = messages.get("threads.axis.ms", ms(Math.round(t)));
            double lw = measure(label, probeLabel).getWidth() * 0.9;
            double lx = Math.max(2, Math.min(getWidth() - lw - 2, x - lw / 2));
            nodes.add(text("axisLabel" + i, label, "axis-label", lx, y + 5));
        }
        Path g = path("grid", "grid-line");
        g.getElements().setAll(grid);
        nodes.add(0, g);
    }

    private void drawCursor(List<Node> nodes, double bottom, double plotX, double plotW) {
        if (cursorNanos < 0 || cursorNanos < window.start() || cursorNanos > window.end()) {
            return;
        }
        double x = plotX + (cursorNanos - window.start()) / window.span() * plotW;
        Line line = line("cursor", "timeline-cursor", x, 0, x, bottom);
        line.setId("threads-cursor");
        nodes.add(line);
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Nanoseconds as a plain millisecond string with up to 3 decimals. */
    static String ms(long nanos) {
        BigDecimal v = BigDecimal.valueOf(nanos, 6);
        if (v.scale() > 3) {
            v = v.setScale(3, java.math.RoundingMode.HALF_UP);
        }
        return v.stripTrailingZeros().toPlainString();
    }

    private double labelWidth() {
        double max = measure(messages.get("threads.band.thread"), probeBand).getWidth();
        max = Math.max(max, measure(messages.get("threads.band.cores"), probeBand).getWidth());
        for (Track t : tracks) {
            if (bands(t) > 1) {
                max = Math.max(max, measure(messages.get("threads.band.value"), probeBand).getWidth());
            }
            for (String n : t.schedule().workload().names()) {
                max = Math.max(max, measure(n, probeLabel).getWidth());
            }
        }
        return Math.min(160, max + 2 * PAD);
    }

    /** Size of {@code s} in the CSS font of {@code probe} (a hidden text the stylesheet styles); cached. */
    private javafx.geometry.Bounds measure(String s, Text probe) {
        return measured.computeIfAbsent(probe.getFont() + "|" + s, k -> {
            Text t = new Text(s);
            t.setFont(probe.getFont());
            return t.getLayoutBounds();
        });
    }

    private static Text probe(String style) {
        Text t = new Text("Tg");
        t.getStyleClass().add(style);
        t.setVisible(false);
        t.setManaged(false);
        return t;
    }

    private Text text(String key, String s, String style, double x, double y) {
        Text t = kept.get(key, Text.class, () -> {
            Text n = new Text();
            n.getStyleClass().add(style);
            n.setTextOrigin(VPos.TOP);
            return n;
        });
        t.setText(s);
        t.setX(x);
        t.setY(y);
        return t;
    }

    private static void tooltip(Node n, String text) {
        Tooltip tip = (Tooltip) n.getProperties().get(Tooltip.class);
        if (tip == null) {
            tip = new Tooltip();
            Tooltip.install(n, tip);
            n.getProperties().put(Tooltip.class, tip);
        }
        tip.setText(text);
    }

    private Path path(String key, String... styles) {
        return kept.get(key, Path.class, () -> {
            Path p = new Path();
            p.getStyleClass().addAll(styles);
            p.setMouseTransparent(true);
            return p;
        });
    }

    private Line line(String key, String style, double x0, double y0, double x1, double y1) {
        Line l = kept.get(key, Line.class, () -> {
            Line n = new Line();
            n.getStyleClass().add(style);
            n.setMouseTransparent(true);
            return n;
        });
        l.setStartX(x0);
        l.setStartY(y0);
        l.setEndX(x1);
        l.setEndY(y1);
        return l;
    }

    private Rectangle rectangle(String key, String style, double x, double y, double w, double h) {
        Rectangle r = kept.get(key, Rectangle.class, () -> {
            Rectangle n = new Rectangle();
            n.getStyleClass().add(style);
            n.setMouseTransparent(true);
            return n;
        });
        r.setX(x);
        r.setY(y);
        r.setWidth(w);
        r.setHeight(h);
        return r;
    }

    private static void rect(List<PathElement> out, double x, double y, double w, double h) {
        out.add(new MoveTo(x, y));
        out.add(new HLineTo(x + w));
        out.add(new VLineTo(y + h));
        out.add(new HLineTo(x));
        out.add(new ClosePath());
    }

    // ---- zoom, pan, click

    private double plotLeft() {
        return labelWidth() + PAD;
    }

    private double timeAt(double x) {
        double plotX = plotLeft();
        double plotW = Math.max(10, getWidth() - plotX - PAD);
        return window.start() + (x - plotX) / plotW * window.span();
    }

    /** The tooltip says what the thread under the pointer is doing at that moment. */
    private void onMoved(MouseEvent e) {
        double t = timeAt(e.getX());
        String text = null;
        if (e.getX() > plotLeft() && t >= 0) {
            for (double[] row : laneRows) {
                if (e.getY() >= row[2] && e.getY() < row[3] && (int) row[0] < tracks.size()) {
                    Schedule s = tracks.get((int) row[0]).schedule();
                    int thread = (int) row[1];
                    int code = s.lanes().lane(thread).codeAt(Math.round(t));
                    if (code >= 0) {
                        text = messages.get("threads.hover", ms(Math.round(t)), s.workload().thread(thread).name(),
                                messages.get(ThreadState.ofOrdinal(code).labelKey()));
                    }
                }
            }
        }
        hover.setText(text == null ? messages.get("threads.timeline.hint") : text);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            window.zoom(Math.exp(e.getDeltaY() / 200), timeAt(e.getX()));
            e.consume();
        }
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressStart = window.start();
        dragged = false;
        if (e.getClickCount() == 2) {
            window.fit(window.total());
        }
    }

    private void onDragged(MouseEvent e) {
        double dx = e.getX() - pressX;
        if (Math.abs(dx) > 3) {
            dragged = true;
        }
        if (dragged) {
            double plotW = Math.max(10, getWidth() - plotLeft() - PAD);
            double target = pressStart - dx / plotW * window.span();
            window.pan(target - window.start());
        }
    }

    private void onReleased(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.getX() > plotLeft()) {
            onTimeClicked.accept(Math.max(0, Math.round(timeAt(e.getX()))));
        }
    }
}
