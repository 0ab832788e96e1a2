package th.or.dga.dgtidesk.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asking which file to open (an import). The window uses the system's open dialog; tests give their
 * own, since a native dialog cannot be driven headless.
 */
@FunctionalInterface
public interface FileOpenPicker {

    /** The chosen file, or empty when the user cancelled. {@code folder} may be null. */
    Optional<Path> open(String title, Path folder, FileChooser.ExtensionFilter filter);

    static FileOpenPicker system(Window owner) {
        return (title, folder, filter) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(filter);
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File chosen = chooser.showOpenDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
