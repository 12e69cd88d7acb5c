package glassbox.database.view;

import glassbox.core.Messages;
import glassbox.core.Progress;
import glassbox.core.ViewContext;
import glassbox.player.Trace;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the index and the locking experiment share: one run at a time (the tab's busy flag), an
 * error and a status line, the latest result, a background task with progress and Cancel, and
 * the hand-over of each finished run's replay to the player.
 *
 * @param <R> the experiment's result
 */
abstract class ExperimentViewModel<R> {
    protected final ViewContext context;
    protected final Messages messages;
    protected final Lab lab;
    private final BusyFlag busy;
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Consumer<Trace<?>> traceSink = t -> { };

    ExperimentViewModel(ViewContext context, Lab lab, BusyFlag busy) {
        this.context = context;
        this.messages = context.messages();
        this.lab = lab;
        this.busy = busy;
    }

    void onTrace(Consumer<Trace<?>> sink) {
        traceSink = sink;
    }

    protected void publish(Trace<?> trace) {
        traceSink.accept(trace);
    }

    ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    R getResult() {
        return result.get();
    }

    protected void setResult(R r) {
        result.set(r);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return busy.property();
    }

    protected boolean busy() {
        return busy.get();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    protected void setError(String text) {
        error.set(text);
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    protected void setStatus(String text) {
        status.set(text);
    }

    /**
     * Runs {@code work} in the background; {@code done} gets its value on the FX thread. A cancelled
     * run says {@code cancelledKey}; a failed one shows its one-line message.
     */
    protected <T> void submit(String titleKey, String cancelledKey, Function<Progress, T> work, Consumer<T> done) {
        status.set("");
        ExperimentTask<T> task = new ExperimentTask<>(messages, titleKey, work);
        task.setOnSucceeded(e -> {
            busy.set(false);
            done.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            busy.set(false);
            status.set(messages.get(cancelledKey));
        });
        task.setOnFailed(e -> {
            busy.set(false);
            error.set(messages.get("database.error.failed", String.valueOf(task.getException().getMessage())));
        });
        busy.set(true);
        context.work().submit(task);
    }
}
