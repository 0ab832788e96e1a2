package th.or.dga.dgtidesk.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Every export is written to a temporary file beside its target and moved into place only when
 * complete, so a cancelled or failed export never leaves a half-written file (or a broken copy of
 * last week's) where the user looks for it.
 */
public final class AtomicFile {

    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static Path write(Path target, Body body) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        } catch (IOException e) {
            throw new UserException(e, "export.cannotWrite", absolute);
        }
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                body.writeTo(out);
            }
            move(temporary, absolute);
            moved = true;
            return absolute;
        } catch (FileSystemException e) {
            // Access denied, or on Windows the old file is open in Excel.
            throw new UserException(e, "export.cannotWrite", absolute);
        } catch (IOException e) {
            throw new UserException(e, "export.failed", absolute, e.getMessage());
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named .part; a later export does not read it.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
