package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/** Opens the window: called by the command line when no command is given. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * The window's work that needs no JavaFX, on a helper thread while the toolkit starts (issue 4,
     * start-up): the log is configured, and the window's texts are read into the JDK's bundle cache,
     * where {@link DesktopApp} finds them.
     */
    public static void prepareInBackground() {
        Thread preparing = new Thread(() -> {
            LoggerFactory.getILoggerFactory();
            DesktopApp.messages(null, DesktopApp.preferences());
        }, "window-preparation");
        preparing.setDaemon(true);
        preparing.start();
    }

    public static void launch(Path databaseFile, String language) {
        String db = databaseFile == null ? "" : databaseFile.toAbsolutePath().toString();
        Application.launch(DesktopApp.class, "--db=" + db, "--lang=" + (language == null ? "" : language));
    }
}
