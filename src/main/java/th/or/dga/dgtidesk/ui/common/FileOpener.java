package th.or.dga.dgtidesk.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file or folder the way the system would on a double-click (off the JavaFX thread). */
public final class FileOpener {

    private FileOpener() {
    }

    public static void open(Background background, Path path, java.util.function.Consumer<Throwable> onError) {
        background.run(() -> {
            openNow(path);
            return null;
        }, ignored -> { }, onError);
    }

    private static void openNow(Path path) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(path.toFile());
        } else {
            // Some Linux desktops lack AWT's OPEN action; xdg-open is what their file managers use.
            new ProcessBuilder("xdg-open", path.toAbsolutePath().toString()).start();
        }
    }
}
