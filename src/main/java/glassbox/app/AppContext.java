package glassbox.app;

import glassbox.i18n.Messages;
import glassbox.store.Store;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What every topic view is handed: the language, the background executor, the store (null until it
 * has opened), and a way to open another tab with parameters.
 *
 * @param messages the strings in the chosen language
 * @param work     background work with progress and Cancel
 * @param store    the store once opened (file or in-memory fallback); watch it, it starts null
 * @param navigator opens tab {@code id} with parameters ({@link TopicView#open})
 */
public record AppContext(Messages messages, BackgroundWork work, ReadOnlyObjectProperty<Store> store,
                         BiConsumer<String, Map<String, String>> navigator) {

    public void open(String topicId, Map<String, String> params) {
        navigator.accept(topicId, params);
    }

    /** Saves a run to the history if the store is open; never throws. */
    public void saveRun(String topic, String paramsJson, String resultsJson) {
        Store s = store.get();
        if (s != null) {
            s.saveRunQuietly(topic, paramsJson, resultsJson);
        }
    }
}
