package glassbox.player.view;

import glassbox.core.Messages;
import glassbox.player.Step;
import glassbox.player.Trace;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The layout every topic tab shares: the topic's controls on top, its drawing in the middle, the
 * narration and pseudo-code on the right, the player bar at the bottom. The topic supplies the
 * controls and the drawing; this pane keeps narration, code and counter in step with the player.
 */
public final class PlayerPane extends BorderPane {
    private final PlayerViewModel player;
    private final Messages messages;
    private final Label narration = new Label();
    private final CodePane code = new CodePane();
    private final VBox side = new VBox();
    private final SplitPane split = new SplitPane();
    private final PlayerBar bar;
    /** The most of the side's height the narration box takes before it scrolls. */
    private final javafx.beans.property.DoubleProperty narrationShare =
            new javafx.beans.property.SimpleDoubleProperty(this, "narrationShare", 0.55);
    /** The side's share of the width, set as the divider's place when the stage is set. */
    private double sideShare = 0.28;

    public PlayerPane(PlayerViewModel player, Messages messages) {
        this.player = player;
        this.messages = messages;
        getStyleClass().add("player-pane");
        narration.setId("narration");
        narration.getStyleClass().add("narration");
        narration.setWrapText(true);
        narration.setMaxWidth(Double.MAX_VALUE);
        narration.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "…"
        // A long narration (large projector text, a narrow side) scrolls in its own box rather
        // than being cut short or pushing over the controls.
        javafx.scene.control.ScrollPane narrationBox = new javafx.scene.control.ScrollPane(narration);
        narrationBox.getStyleClass().add("narration-box");
        narrationBox.setFitToWidth(true);
        narrationBox.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Label codeTitle = new Label(messages.get("player.code"));
        codeTitle.getStyleClass().add("side-title");
        Label narrationTitle = new Label(messages.get("player.narration"));
        narrationTitle.getStyleClass().add("side-title");
        side.getStyleClass().add("player-side");
        side.getChildren().addAll(narrationTitle, narrationBox, codeTitle, code);
        // The narration box is as tall as its text, up to 55 % of the side; the pseudo-code takes the
        // rest (and scrolls). A fixed share had cut long narrations to three lines at 1024×768 projector.
        narrationBox.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double width = narrationBox.getViewportBounds().getWidth();
            double text = narration.prefHeight(width > 0 ? width : -1);
            return Math.min(text, side.getHeight() * narrationShare.get());
        }, narration.textProperty(), narration.fontProperty(), narrationBox.viewportBoundsProperty(), side.heightProperty(),
                narrationShare));
        // asks for little, so the narration gets its height first and the code everything left over
        code.setPrefViewportHeight(60);
        VBox.setVgrow(code, Priority.ALWAYS);
        side.setMinWidth(220);
        split.setOrientation(Orientation.HORIZONTAL);
        bar = new PlayerBar(player, messages);
        setBottom(bar);
        setCenter(split);
        player.addStepListener((s, prev, d) -> showStep(s));
    }

    private void showStep(Step<?> s) {
        Trace<?> t = player.getTrace();
        code.showCode(messages, t == null ? null : t.codeKey());
        code.highlight(s.line());
        narration.setText(messages.format(s.narration()));
    }

    /**
     * The topic's own controls (a toolbar), shown on top. They get the style class
     * {@code editing}, so presenter view folds them away.
     */
    public void setControls(Node controls) {
        if (controls != null && !controls.getStyleClass().contains("editing")) {
            controls.getStyleClass().add("editing");
        }
        setTop(controls);
    }

    /** The topic's drawing; {@code extraSide} (may be null) goes under the pseudo-code. */
    public void setStage(Node stage, Node extraSide) {
        if (extraSide != null) {
            side.getChildren().add(extraSide);
        }
        split.getItems().setAll(stage, side);
        split.setDividerPositions(1 - sideShare);
        SplitPane.setResizableWithParent(side, false);
    }

    /**
     * How the side column is shared, for a tab whose pseudo-code matters as much as its narration
     * (long SQL lines that wrap): the side takes {@code side} of the width (default 0.28) and the
     * narration at most {@code narration} of the side's height (default 0.55; it scrolls beyond),
     * the pseudo-code the rest.
     */
    public void setSideShares(double side, double narration) {
        sideShare = Math.max(0.15, Math.min(0.5, side));
        narrationShare.set(Math.max(0.2, Math.min(0.8, narration)));
        if (split.getItems().size() == 2) {
            split.setDividerPositions(1 - sideShare);
        }
    }

    public PlayerViewModel player() {
        return player;
    }

    public Label narration() {
        return narration;
    }

    public CodePane code() {
        return code;
    }

    public PlayerBar bar() {
        return bar;
    }
}
