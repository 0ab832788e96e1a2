package th.or.dga.dgtidesk.db;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SQLite's locking is not safe in cloud-synced or network folders: two copies of the file can
 * drift apart or be corrupted. This names the danger so the user can be warned; it never blocks.
 */
public final class SyncedFolderCheck {

    /** Folder-name fragments of the common sync clients. */
    private static final List<String> SYNCED_NAMES = List.of(
            "onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud", "icloud drive",
            "mobile documents", "box sync", "pcloud", "mega", "nextcloud", "owncloud", "synology drive");
    private static final List<String> NETWORK_FILE_SYSTEMS = List.of(
            "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "afpfs", "webdav", "davfs", "fuse.sshfs", "9p");

    private SyncedFolderCheck() {
    }

    /** The kind of risky place {@code folder} is in ("cloud" or "network"), if any. */
    public static Optional<String> risk(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String text = absolute.toString().replace('\\', '/');
        if (text.startsWith("//")) {
            return Optional.of("network");
        }
        for (Path part : absolute) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            for (String synced : SYNCED_NAMES) {
                if (name.equals(synced) || name.startsWith(synced + " ") || name.startsWith(synced + "-")
                        || name.startsWith("onedrive")) {
                    return Optional.of("cloud");
                }
            }
        }
        return networkFileSystem(absolute);
    }

    private static Optional<String> networkFileSystem(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            FileStore store = Files.getFileStore(existing);
            String type = store.type().toLowerCase(Locale.ROOT);
            return NETWORK_FILE_SYSTEMS.contains(type) ? Optional.of("network") : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
