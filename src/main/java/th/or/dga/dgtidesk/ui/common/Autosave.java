package th.or.dga.dgtidesk.ui.common;

import java.util.function.Consumer;

/**
 * Saves a draft on every change without making anyone wait: writes run in the background, one at
 * a time, and changes arriving meanwhile are coalesced into the next write (the latest wins).
 * {@link #flush()} writes what is pending at once, on the caller's thread — when the window or the
 * data file closes, so text typed a moment before is never lost.
 */
public final class Autosave<T> {

    /** The write itself; it runs off the JavaFX thread (or in {@link #flush()}). */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T draft) throws Exception;
    }

    private final Background background;
    private final Writer<T> writer;
    private final Consumer<T> onSaved;
    private final Consumer<Throwable> onError;
    private final Object pendingLock = new Object();
    private final Object writeLock = new Object();
    private T pending;
    private boolean scheduled;

    /** {@code onSaved} and {@code onError} are called on the JavaFX thread after background writes. */
    public Autosave(Background background, Writer<T> writer, Consumer<T> onSaved, Consumer<Throwable> onError) {
        this.background = background;
        this.writer = writer;
        this.onSaved = onSaved;
        this.onError = onError;
    }

    /** The draft as it is now; it will be written shortly. */
    public void submit(T draft) {
        synchronized (pendingLock) {
            pending = draft;
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        background.run(this::writePending, saved -> {
            if (saved != null) {
                onSaved.accept(saved);
            }
        }, onError);
    }

    /** Writes the pending draft now, on this thread, after any write already under way. */
    public void flush() {
        try {
            writePending();
        } catch (Exception e) {
            throw new IllegalStateException("Could not save the draft", e);
        }
    }

    private T writePending() throws Exception {
        synchronized (writeLock) {
            T draft;
            synchronized (pendingLock) {
                draft = pending;
                pending = null;
                scheduled = false;
            }
            if (draft != null) {
                try {
                    writer.write(draft);
                } catch (Exception e) {
                    // Kept for the next try unless a newer draft already replaced it.
                    synchronized (pendingLock) {
                        if (pending == null) {
                            pending = draft;
                        }
                    }
                    throw e;
                }
            }
            return draft;
        }
    }
}
