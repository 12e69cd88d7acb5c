package glassbox.core;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The one way long work leaves the FX thread: tasks go through one injected executor (a daemon
 * pool in the app, {@link #sameThread()} in tests). The status bar shows the running task's
 * progress and a Cancel button bound to {@link #currentProperty()}. Submit from the FX thread.
 */
public final class BackgroundWork {
    private final Executor executor;
    private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>(this, "current");

    public BackgroundWork(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /** Runs each task on the calling thread: in tests the whole task finishes inside submit. */
    public static BackgroundWork sameThread() {
        return new BackgroundWork(Runnable::run);
    }

    public <T> Task<T> submit(Task<T> task) {
        current.set(task);
        task.stateProperty().addListener((o, was, now) -> {
            if (isDone(now) && current.get() == task) {
                current.set(null);
            }
        });
        executor.execute(task);
        if (isDone(task.getState()) && current.get() == task) {
            current.set(null);
        }
        return task;
    }

    /** The task running now, or null. */
    public ReadOnlyObjectProperty<Task<?>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void cancelCurrent() {
        Task<?> t = current.get();
        if (t != null) {
            t.cancel();
        }
    }

    private static boolean isDone(Worker.State s) {
        return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
    }
}
