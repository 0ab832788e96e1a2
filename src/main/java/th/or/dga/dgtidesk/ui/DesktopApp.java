package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;
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
    private CompletableFuture<Void> fonts;

    /** Loads the bundled Thai font once, before the first scene, so every machine renders the same. */
    public static void loadFonts() {
        for (String font : FONTS) {
            if (Font.loadFont(DesktopApp.class.getResourceAsStream("/fonts/" + font), 13) == null) {
                LOG.warn("Bundled font {} did not load", font);
            }
        }
        // The icon font (1.3 MB) and its 26 handlers, which the first icon would otherwise load.
        IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance());
    }

    /** This computer's window preferences: the last data file, the language, export folders. */
    static DeskPreferences preferences() {
        return new DeskPreferences(DataLocations.forCurrentUser().dataFolder().resolve("desk.properties"));
    }

    /** The window's texts: the language asked for on the command line, else the one last chosen, else Thai. */
    static Messages messages(String requested, DeskPreferences preferences) {
        return Messages.ofLanguage(requested != null && !requested.isBlank() ? requested
                : preferences.language().orElse("th"));
    }

    /** One background thread pool for the window; daemon threads so a closed window ends the program. */
    public static ExecutorService newExecutor() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "desk-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts reading the fonts on a helper thread (issue 4, start-up): the toolkit is up, and
     * {@link #start} meanwhile applies the theme and builds the window on the JavaFX thread.
     */
    @Override
    public void init() {
        fonts = CompletableFuture.runAsync(DesktopApp::loadFonts, runnable -> {
            Thread thread = new Thread(runnable, "font-loading");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        DeskPreferences preferences = preferences();
        Messages messages = messages(named.get("lang"), preferences);
        DeskTheme.apply("light");
        executor = newExecutor();
        Dialogs startupDialogs = new Dialogs(messages, stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                Platform.runLater(() -> startupDialogs.showError(error)));
        Background background = new Background(executor, startupDialogs::showError);
        DeskWindow window = new DeskWindow(stage, background, preferences, messages, Clock.systemUTC());
        // The first frame is drawn in the bundled fonts, never in a fallback that then changes.
        fonts.exceptionally(error -> {
            LOG.warn("Bundled fonts did not load", error);
            return null;
        }).join();
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
