package th.or.dga.dgtidesk.ui.start;

import java.util.concurrent.CancellationException;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.demo.DemoDataGenerator;
import th.or.dga.dgtidesk.demo.DemoScale;
import th.or.dga.dgtidesk.ui.DeskWindow;

/** First start: open the demo center, or set up one's own. */
public final class WelcomeController {

    /** The seed of the demo center everyone sees (the Buddhist year the project began). */
    static final long DEMO_SEED = 2569;

    private final DeskWindow window;

    @FXML
    private Button demoButton;
    @FXML
    private Button setupButton;
    @FXML
    private Label fileLabel;

    public WelcomeController(DeskWindow window) {
        this.window = window;
    }

    @FXML
    private void initialize() {
        window.context().ifPresent(context -> fileLabel.setText(
                window.messages().get("welcome.file", context.database().file().toString())));
        setupButton.setDefaultButton(true);
    }

    @FXML
    private void openDemo() {
        CenterContext context = window.requireContext();
        var task = window.background().run(progress -> {
            new DemoDataGenerator(context.database().transactions(), context.clock())
                    .generate(DemoScale.SMALL, DEMO_SEED, (done, total, step) -> {
                        if (progress.cancelled()) {
                            // Thrown inside the generator's transaction: nothing of the demo is kept.
                            throw new CancellationException();
                        }
                        progress.progress((double) done / total, null);
                    });
            return context.staffService().actAsFirstAdmin();
        }, admin -> window.showShell(), error -> {
            if (!(error instanceof CancellationException)) {
                window.dialogs().showError(error);
            }
            window.showWelcome();
        });
        window.showProgress(window.messages().get("welcome.demo.creating"), task);
    }


    @FXML
    private void setUp() {
        window.showSetup();
    }
}
