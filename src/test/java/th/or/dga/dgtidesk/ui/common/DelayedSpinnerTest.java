package th.or.dga.dgtidesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DelayedSpinnerTest {

    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 200, 200));
        stage.show();
    }

    @Test
    void aShortWaitShowsNoSpinnerAndALongerOneDoes() throws Exception {
        long created = System.nanoTime();
        ProgressIndicator spinner = WaitForAsyncUtils.asyncFx(() -> {
            ProgressIndicator made = DelayedSpinner.create(40);
            host.getChildren().add(made);
            return made;
        }).get(5, TimeUnit.SECONDS);
        boolean visibleAtOnce = WaitForAsyncUtils.asyncFx(spinner::isVisible).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, spinner::isVisible);

        assertThat(visibleAtOnce).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - created))
                .isGreaterThanOrEqualTo((long) DelayedSpinner.DELAY.toMillis());
        assertThat(spinner.getMaxWidth()).isEqualTo(40);
    }
}
