package glassbox.player.view;

import glassbox.core.Messages;
import glassbox.player.EventKind;
import glassbox.player.Step;
import glassbox.player.StepCursor;
import glassbox.player.Trace;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shared transport: first, back, play/pause, forward, last; a scrubber with coloured event
 * markers; the "12 / 40" counter; the speed.
 */
public final class PlayerBar extends HBox {
    private final PlayerViewModel player;
    private final Messages messages;
    private final Slider scrubber = new Slider(0, 0, 0);
    private final Pane markers = new Pane();
    private final Label counter = new Label();
    private boolean syncing;

    public PlayerBar(PlayerViewModel player, Messages messages) {
        this.player = player;
        this.messages = messages;
        getStyleClass().add("player-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);

        Button first = button("mdi2s-skip-previous", "player.first", "player-first");
        first.setOnAction(e -> player.first());
        Button back = button("mdi2s-step-backward", "player.back", "player-back");
        back.setOnAction(e -> player.back());
        Button play = button("mdi2p-play", "player.play", "player-play");
        play.setOnAction(e -> player.togglePlay());
        player.playingProperty().addListener((o, was, now) -> {
            ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play");
            play.getTooltip().setText(messages.get(now ? "player.pause" : "player.play"));
        });
        Button forward = button("mdi2s-step-forward", "player.forward", "player-forward");
        forward.setOnAction(e -> player.forward());
        Button last = button("mdi2s-skip-next", "player.last", "player-last");
        last.setOnAction(e -> player.last());

        scrubber.setId("player-scrubber");
        scrubber.setFocusTraversable(false);
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                player.seek((int) Math.round(b.doubleValue()));
            }
        });
        markers.getStyleClass().add("scrubber-markers");
        markers.setMouseTransparent(true);
        StackPane scrub = new StackPane(markers, scrubber);
        scrub.getStyleClass().add("scrubber");
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMinWidth(120);
        markers.widthProperty().addListener((o, a, b) -> drawMarkers());
        markers.heightProperty().addListener((o, a, b) -> drawMarkers());

        counter.setId("player-counter");
        counter.getStyleClass().add("player-counter");
        counter.textProperty().bind(player.counterProperty());
        counter.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("player-speed");
        speed.setFocusTraversable(false);
        for (double s : StepCursor.speeds()) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : speedLabel(v);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.setValue(player.speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                player.speedProperty().set(b);
            }
        });
        player.speedProperty().addListener((o, a, b) -> speed.setValue(b.doubleValue()));
        speed.setTooltip(new Tooltip(messages.get("player.speed")));

        getChildren().addAll(first, back, play, forward, last, scrub, counter, speed);

        player.indexProperty().addListener((o, a, b) -> syncScrubber());
        player.traceProperty().addListener((o, a, b) -> {
            syncScrubber();
            drawMarkers();
        });
        disableProperty().bind(Bindings.isNull(player.traceProperty()));
    }

    static String speedLabel(double v) {
        String s = v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v);
        return s + "×";
    }

    private Button button(String icon, String tipKey, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("player-button", "flat");
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.setFocusTraversable(false);
        return b;
    }

    private void syncScrubber() {
        syncing = true;
        try {
            Trace<?> t = player.getTrace();
            scrubber.setMax(t == null ? 0 : Math.max(0, t.size() - 1));
            scrubber.setValue(player.getIndex());
        } finally {
            syncing = false;
        }
    }

    private void drawMarkers() {
        markers.getChildren().clear();
        Trace<?> t = player.getTrace();
        if (t == null || t.size() < 2) {
            return;
        }
        double w = markers.getWidth();
        double pad = 8; // the slider thumb's half width
        int n = t.size();
        // A long trace gets at most one marker per pixel column.
        int lastX = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Step<?> s = t.step(i);
            EventKind kind = s.event();
            if (kind == null) {
                continue;
            }
            double x = pad + (w - 2 * pad) * i / (n - 1);
            if ((int) x == lastX) {
                continue;
            }
            lastX = (int) x;
            Region m = new Region();
            m.getStyleClass().addAll("marker", "marker-" + kind.id().toLowerCase(Locale.ROOT));
            m.setManaged(false);
            m.resizeRelocate(x - 2, markers.getHeight() / 2 + 5, 4, 6); // just under the track
            markers.getChildren().add(m);
        }
    }
}
