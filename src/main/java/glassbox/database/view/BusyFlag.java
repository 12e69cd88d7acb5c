package glassbox.database.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** True while one of the tab's experiments runs; both experiments share it so only one runs at a time. */
final class BusyFlag {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    ReadOnlyBooleanProperty property() {
        return busy.getReadOnlyProperty();
    }

    boolean get() {
        return busy.get();
    }

    void set(boolean value) {
        busy.set(value);
    }
}
