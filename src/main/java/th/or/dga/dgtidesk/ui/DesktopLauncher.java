package th.or.dga.dgtidesk.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Opens the window: called by the command line when no command is given. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(Path databaseFile, String language) {
        String db = databaseFile == null ? "" : databaseFile.toAbsolutePath().toString();
        Application.launch(DesktopApp.class, "--db=" + db, "--lang=" + (language == null ? "" : language));
    }
}
