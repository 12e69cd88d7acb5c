package glassbox.threads.view;

import glassbox.core.Messages;
import glassbox.threads.engine.Policy;
import glassbox.threads.engine.Preset;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tab's toolbar: preset, policy, switch interval, cores, switch cost, compare mode and the
 * live run. It shows the model's draft and turns every change into a model command.
 */
final class SettingsBar extends FlowPane {
    private final ThreadsViewModel model;
    private final Messages messages;
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final ComboBox<Policy> policy = new ComboBox<>();
    private final Spinner<Double> interval = new Spinner<>();
    private final Spinner<Integer> cores = new Spinner<>(1, Draft.MAX_CORES, 2);
    private final Spinner<Double> switchCost = new Spinner<>();
    private final CheckBox compare = new CheckBox();
    private final ComboBox<Policy> comparePolicy = new ComboBox<>();
    private final Button live = new Button();
    private boolean syncing;

    SettingsBar(ThreadsViewModel model, Messages messages, Runnable onLive) {
        super(10, 6);
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("topic-controls", "threads-controls");
        setAlignment(Pos.CENTER_LEFT);

        preset.setId("threads-preset");
        preset.getItems().setAll(Preset.values());
        preset.setConverter(converter(p -> messages.get(p.labelKey())));
        preset.setPromptText(messages.get("threads.preset.prompt"));
        preset.setTooltip(new Tooltip(messages.get("threads.preset.tip")));
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null && !syncing) {
                model.applyPreset(b);
                javafx.application.Platform.runLater(() -> preset.getSelectionModel().clearSelection());
            }
        });

        setupPolicy(policy, "threads-policy", "threads.policy.tip");
        policy.valueProperty().addListener((o, a, b) -> edit(() -> model.apply(model.draft().withPolicy(b))));

        interval.setId("threads-interval");
        interval.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                Draft.MIN_INTERVAL.doubleValue(), Draft.MAX_INTERVAL.doubleValue(), 5, 0.1));
        interval.getValueFactory().setConverter(lenient(interval));
        interval.setEditable(true);
        interval.setPrefWidth(90);
        interval.setTooltip(new Tooltip(messages.get("threads.interval.tip")));
        interval.valueProperty().addListener((o, a, b) ->
                edit(() -> model.apply(model.draft().withInterval(BigDecimal.valueOf(b)))));

        cores.setId("threads-cores");
        cores.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.trim());
                } catch (NumberFormatException e) {
                    model.reject(messages.get("threads.error.number", text));
                    return cores.getValue();
                }
            }
        });
        cores.setEditable(true);
        cores.setPrefWidth(70);
        cores.setTooltip(new Tooltip(messages.get("threads.cores.tip")));
        cores.valueProperty().addListener((o, a, b) -> edit(() -> model.apply(model.draft().withCores(b))));

        switchCost.setId("threads-switch-cost");
        switchCost.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, Draft.MAX_SWITCH_COST.doubleValue(), 0, 5));
        switchCost.getValueFactory().setConverter(lenient(switchCost));
        switchCost.setEditable(true);
        switchCost.setPrefWidth(90);
        switchCost.setTooltip(new Tooltip(messages.get("threads.switchCost.tip")));
        switchCost.valueProperty().addListener((o, a, b) ->
                edit(() -> model.apply(model.draft().withSwitchCost(BigDecimal.valueOf(b)))));

        compare.setId("threads-compare");
        compare.setText(messages.get("threads.compare"));
        compare.setTooltip(new Tooltip(messages.get("threads.compare.tip")));
        compare.selectedProperty().addListener((o, a, b) ->
                edit(() -> model.apply(model.draft().withCompare(b, model.draft().comparePolicy()))));
        setupPolicy(comparePolicy, "threads-compare-policy", "threads.compare.policy.tip");
        comparePolicy.valueProperty().addListener((o, a, b) ->
                edit(() -> model.apply(model.draft().withCompare(model.draft().compare(), b))));
        comparePolicy.disableProperty().bind(compare.selectedProperty().not());

        live.setId("threads-live");
        live.setText(messages.get("threads.live"));
        live.setGraphic(new FontIcon("mdi2l-lightning-bolt"));
        live.setTooltip(new Tooltip(messages.get("threads.live.tip")));
        live.getStyleClass().add("accent");
        live.disableProperty().bind(model.liveRunningProperty());
        live.setOnAction(e -> onLive.run());

        getChildren().addAll(
                group("threads.preset", preset),
                group("threads.policy", policy),
                group("threads.interval", interval),
                group("threads.cores", cores),
                group("threads.switchCost", switchCost),
                new HBox(6, compare, comparePolicy),
                live);
        model.draftProperty().addListener((o, a, b) -> sync());
        sync();
    }

    /** Puts the draft's values into the controls without firing edits. */
    void sync() {
        syncing = true;
        try {
            Draft d = model.draft();
            policy.setValue(d.policy());
            interval.getValueFactory().setValue(d.intervalMs().doubleValue());
            cores.getValueFactory().setValue(d.cores());
            switchCost.getValueFactory().setValue(d.switchCostUs().doubleValue());
            compare.setSelected(d.compare());
            comparePolicy.setValue(d.comparePolicy());
            interval.setDisable(!uses(d, Policy.GIL) && !uses(d, Policy.YIELD));
            cores.setDisable(!uses(d, Policy.NOGIL));
            switchCost.setDisable(!uses(d, Policy.YIELD));
        } finally {
            syncing = false;
        }
    }

    /** Reads decimals typed into a spinner; anything else keeps the value and says why. */
    private StringConverter<Double> lenient(Spinner<Double> spinner) {
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
            }

            @Override
            public Double fromString(String text) {
                try {
                    return new BigDecimal(text.trim()).doubleValue();
                } catch (NumberFormatException e) {
                    model.reject(messages.get("threads.error.number", text));
                    return spinner.getValue();
                }
            }
        };
    }

    /** True when the draft runs {@code p}, directly or as the compared policy. */
    private static boolean uses(Draft d, Policy p) {
        return d.policy() == p || (d.compare() && d.comparePolicy() == p);
    }

    private void edit(java.util.function.BooleanSupplier command) {
        if (!syncing && !command.getAsBoolean()) {
            sync();
        }
    }

    private void setupPolicy(ComboBox<Policy> box, String id, String tipKey) {
        box.setId(id);
        box.getItems().setAll(List.of(Policy.values()));
        box.setConverter(converter(p -> messages.get(p.labelKey())));
        box.setTooltip(new Tooltip(messages.get(tipKey)));
    }

    private Node group(String labelKey, Node control) {
        Label l = new Label(messages.get(labelKey));
        l.setLabelFor(control);
        HBox box = new HBox(5, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : f.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
