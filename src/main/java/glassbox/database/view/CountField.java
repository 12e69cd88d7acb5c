package glassbox.database.view;

import glassbox.core.Messages;
import java.util.OptionalLong;
import javafx.beans.property.Property;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A whole-number field bound to a view-model property that never changes a value silently: text
 * that is not a number, or a number outside the limits, leaves the property as it was, puts the last
 * good value back in the field and says why beside it ({@code field-problem}). The field and the
 * problem label (id, tooltip, width, style) come from the panel's FXML.
 */
final class CountField {
    private final Messages m;
    private final TextField field;
    private final Label problem;
    private final long min;
    private final long max;
    private final Property<Number> value;

    CountField(Messages m, TextField field, Label problem, long min, long max, Property<Number> value) {
        this.m = m;
        this.field = field;
        this.problem = problem;
        this.min = min;
        this.max = max;
        this.value = value;
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        show();
        value.addListener((o, a, b) -> show());
        field.focusedProperty().addListener((o, was, now) -> {
            // leaving an untouched field (as a refused Enter leaves it) keeps the message of why it was refused
            if (!now && !field.getText().equals(Units.count(value.getValue().longValue()))) {
                commit();
            }
        });
    }

    private void show() {
        field.setText(Units.count(value.getValue().longValue()));
    }

    /** Takes the typed value when it is good; else keeps the old one and says why. True when good. */
    boolean commit() {
        String typed = field.getText() == null ? "" : field.getText().trim();
        OptionalLong v = Inputs.parseCount(typed);
        String kept = Units.count(value.getValue().longValue());
        String limits = m.get("database.field.limits", Units.count(min), Units.count(max));
        if (v.isEmpty()) {
            problem.setText(m.get("database.field.notNumber", glassbox.core.BoundedInput.abbreviate(typed, 24), kept, limits));
            show();
            return false;
        }
        if (v.getAsLong() < min || v.getAsLong() > max) {
            problem.setText(m.get("database.field.outOfRange", Units.count(v.getAsLong()), kept, limits));
            show();
            return false;
        }
        problem.setText("");
        value.setValue(v.getAsLong());
        show();
        return true;
    }

    /** Puts the last good value back (Esc). */
    void revert() {
        problem.setText("");
        show();
    }
}
