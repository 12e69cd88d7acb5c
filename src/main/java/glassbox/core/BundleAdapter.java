package glassbox.core;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/** Lets FXML's {@code %key} look strings up through {@link Messages}. */
public final class BundleAdapter extends ResourceBundle {
    private final Messages messages;

    public BundleAdapter(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.get(key);
    }

    @Override
    public boolean containsKey(String key) {
        return messages.has(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.emptyEnumeration();
    }
}
