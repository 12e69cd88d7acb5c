package glassbox.app;

import glassbox.i18n.Messages;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/** Lets FXML's {@code %key} look strings up through {@link Messages}. */
final class BundleAdapter extends ResourceBundle {
    private final Messages messages;

    BundleAdapter(Messages messages) {
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
