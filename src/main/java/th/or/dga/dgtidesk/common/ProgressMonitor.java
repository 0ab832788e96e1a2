package th.or.dga.dgtidesk.common;

/**
 * How a long job (an export) reports progress and learns it was cancelled. The screen's
 * background task and the command line each pass their own; jobs check {@link #cancelled()}
 * often enough that cancelling feels immediate.
 */
public interface ProgressMonitor {

    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String step) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code fraction} of the work done (0–1) and the step under way, in the user's language. */
    void progress(double fraction, String step);

    boolean cancelled();

    /** Throws {@link CancelledException} when the user has cancelled. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}
