package glassbox.core;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What every topic view is handed: the language, the background executor, the run history, a
 * way to open another tab with a scene, and the user data folder. Topics reach the shell only through this.
 *
 * @param messages  the strings in the chosen language
 * @param work      background work with progress and Cancel
 * @param runs      where finished runs are recorded (queued until the history store is ready)
 * @param navigator  opens tab {@code id} with parameters ({@link TopicView#open})
 * @param dataFolder the user data folder ({@code --data-dir} or the default), where a tab keeps what
 *                   the user asked it to keep; null when nothing may be written (tests, scratch views)
 */
public record ViewContext(Messages messages, BackgroundWork work, RunLog runs,
                          BiConsumer<String, Map<String, String>> navigator, Path dataFolder) {

    /** A context with no data folder: nothing a tab keeps is written. */
    public ViewContext(Messages messages, BackgroundWork work, RunLog runs, BiConsumer<String, Map<String, String>> navigator) {
        this(messages, work, runs, navigator, null);
    }

    public void open(String topicId, Map<String, String> params) {
        navigator.accept(topicId, params);
    }

    /** Records a run in the history; never throws. */
    public void saveRun(String topic, String paramsJson, String resultsJson) {
        runs.save(topic, paramsJson, resultsJson);
    }
}
