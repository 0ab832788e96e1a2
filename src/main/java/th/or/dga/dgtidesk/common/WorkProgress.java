package th.or.dga.dgtidesk.common;

import java.util.concurrent.CancellationException;

/**
 * What long work (an export, an import) reports as it goes, and how it learns that the user
 * pressed Cancel. The window's background tasks implement it; the command line passes {@link #NONE}.
 */
public interface WorkProgress {

    WorkProgress NONE = new WorkProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work at a safe point when the user cancelled; the caller's cleanup runs as for any error. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
