package th.or.dga.dgtidesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import th.or.dga.dgtidesk.common.ProgressMonitor;

/**
 * The one way the UI runs work that touches the database or a file: off the JavaFX thread on an
 * injected executor, with results and errors delivered back on the JavaFX thread. Tests inject
 * an executor of their own; {@link #busy()} lets them (and the UI) wait for quiet.
 */
public final class Background {

    private final Executor executor;
    private final Consumer<Throwable> defaultErrorHandler;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private int running;

    public Background(Executor executor, Consumer<Throwable> defaultErrorHandler) {
        this.executor = executor;
        this.defaultErrorHandler = defaultErrorHandler;
    }

    /** Work reporting progress to the monitor it is given, which also tells it of a Cancel. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T run(ProgressMonitor progress) throws Exception;
    }

    /** Runs {@code work} in the background; {@code onSuccess} and errors arrive on the JavaFX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
        return run(progress -> work.call(), onSuccess, defaultErrorHandler);
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        return run(progress -> work.call(), onSuccess, onError);
    }

    public <T> Task<T> run(ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        ProgressTask<T> task = new ProgressTask<>(work);
        task.setOnSucceeded(event -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            onError.accept(task.getException());
        });
        // A cancelled task reaches the error handler as a CancellationException: one path to undo the view.
        task.setOnCancelled(event -> {
            finished();
            onError.accept(new java.util.concurrent.CancellationException());
        });
        started();
        executor.execute(task);
        return task;
    }

    /** A task that is also the progress its work reports to. */
    private static final class ProgressTask<T> extends Task<T> {
        private final ProgressWork<T> work;
        /** Task already has a cancelled() of its own, so the monitor is a view of the task, not the task. */
        private final ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String step) {
                updateProgress(fraction, 1);
                if (step != null) {
                    updateMessage(step);
                }
            }

            @Override
            public boolean cancelled() {
                return isCancelled();
            }
        };

        ProgressTask(ProgressWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(monitor);
        }
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    /** True while any background work started here is running. */
    public BooleanProperty busy() {
        return busy;
    }

    /** Runs {@code action} on the JavaFX thread (at once when already on it). */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
