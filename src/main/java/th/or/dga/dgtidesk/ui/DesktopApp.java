package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.db.DataLocations;
import th.or.dga.dgtidesk.ui.common.Background;
import th.or.dga.dgtidesk.ui.common.DeskPreferences;
import th.or.dga.dgtidesk.ui.common.Dialogs;
import th.or.dga.dgtidesk.ui.settings.DeskTheme;

/**
 * The JavaFX application. It receives the data file and language as named parameters
 * ({@code --db=…}, {@code --lang=…}) from {@link DesktopLauncher}, so no static state is needed.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final String[] FONTS = {"Sarabun-Regular.ttf", "Sarabun-SemiBold.ttf", "Sarabun-Bold.ttf"};

    private ExecutorService executor;

    /** Loads the bundled Thai font once, before the first scene, so every machine renders the same. */
    public static void loadFonts() {
        for (String font : FONTS) {
            if (Font.loadFont(DesktopApp.class.getResourceAsStream("/fonts/" + font), 13) == null) {
                LOG.warn("Bundled font {} did not load", font);
            }
        }
    }

    /** One background thread pool for the window; daemon threads so a closed window ends the program. */
    public static ExecutorService newExecutor() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "desk-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        DeskPreferences preferences = new DeskPreferences(
                DataLocations.forCurrentUser().dataFolder().resolve("desk.properties"));
        String language = named.containsKey("lang") ? named.get("lang") : preferences.language().orElse("th");
        Messages messages = Messages.ofLanguage(language);
        loadFonts();
        DeskTheme.apply("light");
        executor = newExecutor();
        Dialogs startupDialogs = new Dialogs(messages, stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                Platform.runLater(() -> startupDialogs.showError(error)));
        Background background = new Background(executor, startupDialogs::showError);
        DeskWindow window = new DeskWindow(stage, background, preferences, messages, Clock.systemUTC());
        String db = named.get("db");
        window.start(db == null || db.isBlank() ? null : Path.of(db));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
