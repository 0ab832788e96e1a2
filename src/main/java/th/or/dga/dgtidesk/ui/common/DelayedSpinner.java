package th.or.dga.dgtidesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.ProgressIndicator;
import javafx.util.Duration;

/**
 * A spinner that appears only when the wait lasts: a file that opens at once never flashes one.
 * It also keeps the window's first frame cheap (issue 4, start-up): drawing a spinning indicator
 * in that frame cost 100-150 ms before anything was on the screen (software pipeline, Xvfb).
 * Hidden, its animation does not run.
 */
public final class DelayedSpinner {

    static final Duration DELAY = Duration.millis(400);

    private DelayedSpinner() {
    }

    public static ProgressIndicator create(double size) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(size, size);
        spinner.setVisible(false);
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(event -> spinner.setVisible(true));
        wait.play();
        return spinner;
    }
}
