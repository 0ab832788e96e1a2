package th.or.dga.dgtidesk.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asking where to save a file. The window uses the system's save dialog; tests give their own
 * picker, since a native dialog cannot be driven headless.
 */
@FunctionalInterface
public interface FilePicker {

    /** The chosen file, or empty when the user cancelled. {@code folder} may be null. */
    Optional<Path> saveAs(String title, String suggestedName, Path folder, FileChooser.ExtensionFilter filter);

    static FilePicker system(Window owner) {
        return (title, suggestedName, folder, filter) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(filter);
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
