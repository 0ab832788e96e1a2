package th.or.dga.dgtidesk.common;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the content goes
 * to a hidden temporary file in the same folder (so the move is a rename on the same disk), which
 * replaces the target only when writing succeeded. A failed or cancelled write leaves nothing behind.
 */
public final class AtomicFile {

    /** Writes the content into the file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    public static Path write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder) || Files.isDirectory(absolute)) {
            throw new UserException("export.cannotWrite", absolute.toString());
        }
        Path temp;
        try {
            // Not createTempFile: its owner-only permissions would carry over to the finished file.
            temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part"));
        } catch (IOException | SecurityException e) {
            throw new UserException(e, "export.cannotWrite", absolute.toString());
        }
        try {
            content.writeTo(temp);
            moveReplacing(temp, absolute);
            return absolute;
        } catch (IOException e) {
            throw new UserException(e, "export.cannotWrite", absolute.toString());
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    public static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only reached when the move failed too; the user already has that error.
        }
    }
}
