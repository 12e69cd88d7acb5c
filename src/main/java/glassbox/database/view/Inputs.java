package glassbox.database.view;

import java.util.OptionalLong;

/** Parses what learners type into number fields: "1,000,000", "1 000 000", "1_000_000", "1e6", "10^6". */
final class Inputs {
    private Inputs() {
    }

    static OptionalLong parseCount(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.trim().replaceAll("[,_ \u00a0\u2009]", "");
        try {
            if (t.matches("\\d+")) {
                return OptionalLong.of(Long.parseLong(t));
            }
            if (t.matches("\\d+(\\.\\d+)?[eE]\\d{1,2}")) {
                double v = Double.parseDouble(t);
                return v == Math.rint(v) ? OptionalLong.of((long) v) : OptionalLong.empty();
            }
            if (t.matches("10\\^\\d{1,2}")) {
                return OptionalLong.of((long) Math.pow(10, Integer.parseInt(t.substring(3))));
            }
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * An editable integer spinner that keeps its last good value when the text is not a number
     * (the stock converter would throw) and clamps to its range.
     */
    static javafx.scene.control.Spinner<Integer> spinner(int min, int max, int initial) {
        javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory f =
                new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        f.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.valueOf(v);
            }

            @Override
            public Integer fromString(String text) {
                OptionalLong v = parseCount(text);
                if (v.isEmpty()) {
                    return f.getValue();
                }
                return (int) Math.max(min, Math.min(max, v.getAsLong()));
            }
        });
        javafx.scene.control.Spinner<Integer> s = new javafx.scene.control.Spinner<>(f);
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                s.getEditor().setText(f.getConverter().toString(f.getValue()));
            }
        });
        return s;
    }
}
