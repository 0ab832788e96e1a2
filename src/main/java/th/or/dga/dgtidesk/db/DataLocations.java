package th.or.dga.dgtidesk.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where DGTi Desk keeps its files by default: the user's application-data folder
 * (Windows {@code %LOCALAPPDATA%}, macOS {@code ~/Library/Application Support},
 * Linux {@code $XDG_DATA_HOME}, else {@code ~/.local/share}).
 */
public record DataLocations(Path dataFolder) {

    public static final String APP_FOLDER = "DGTi Desk";
    public static final String DATABASE_FILE = "dgti-desk.db";

    /** The default folder for this user and operating system. */
    public static DataLocations forCurrentUser() {
        return new DataLocations(defaultFolder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("dgti-desk");
    }

    /** The data folder of a database file: where its backups and logs go. */
    public static DataLocations of(Path databaseFile) {
        return new DataLocations(databaseFile.toAbsolutePath().getParent());
    }

    public Path databaseFile() {
        return dataFolder.resolve(DATABASE_FILE);
    }

    public Path backupFolder() {
        return dataFolder.resolve("backups");
    }

    public Path logFolder() {
        return dataFolder.resolve("logs");
    }
}
