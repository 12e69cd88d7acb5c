package glassbox.database.view;

import glassbox.core.Messages;
import glassbox.core.Progress;
import glassbox.database.engine.Phase;
import java.util.function.Function;
import javafx.concurrent.Task;

/**
 * A background run of an experiment: reports the engine's progress to the status bar and passes
 * Cancel on as a flag the engine checks between chunks. It never interrupts the worker thread:
 * an interrupt would make H2 abandon a statement half-way (and close a file database).
 */
final class ExperimentTask<T> extends Task<T> {
    private final Messages messages;
    private final Function<Progress, T> work;

    ExperimentTask(Messages messages, String titleKey, Function<Progress, T> work) {
        this.messages = messages;
        this.work = work;
        updateTitle(messages.get(titleKey));
        updateMessage(messages.get(titleKey));
    }

    @Override
    protected T call() {
        return work.apply(new Progress() {
            @Override
            public boolean cancelled() {
                return isCancelled();
            }

            @Override
            public void report(String phase, long done, long total) {
                updateProgress(done, total);
                updateMessage(messages.get(Phase.valueOf(phase).labelKey(), String.valueOf(done), String.valueOf(total)));
            }
        });
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }
}
