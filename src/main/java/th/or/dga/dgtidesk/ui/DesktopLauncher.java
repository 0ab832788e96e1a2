package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/** Opens the window: called by the command line when no command is given. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * The window's work that needs no JavaFX, on helper threads while the toolkit starts (issue 4,
     * start-up): the log is configured, and the window's texts are read into the JDK's bundle cache,
     * where {@link DesktopApp} finds them. Two threads, so the texts do not wait for the log: a
     * logger asked for meanwhile is a stand-in that SLF4J replays once the log is ready.
     */
    public static void prepareInBackground() {
        startDaemon("log-setup", LoggerFactory::getILoggerFactory);
        startDaemon("window-texts", () -> DesktopApp.messages(null, DesktopApp.preferences()));
    }

    private static void startDaemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    public static void launch(Path databaseFile, String language) {
        String db = databaseFile == null ? "" : databaseFile.toAbsolutePath().toString();
        Application.launch(DesktopApp.class, "--db=" + db, "--lang=" + (language == null ? "" : language));
    }
}
