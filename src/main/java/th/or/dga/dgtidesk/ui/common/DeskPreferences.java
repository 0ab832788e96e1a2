package th.or.dga.dgtidesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this computer remembers outside any data file: the last data file opened and the language
 * of the window. Written atomically (temporary file, then move), so a crash never leaves half a file.
 */
public final class DeskPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(DeskPreferences.class);
    private static final String LAST_FILE = "lastDataFile";
    private static final String LANGUAGE = "language";
    private static final String EXPORT_FOLDER = "exportFolder.";
    private static final String ROSTER_VIEW = "rosterView";

    private final Path file;
    private final Properties values = new Properties();

    public DeskPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("Cannot read {}; starting with defaults", file, e);
            }
        }
    }

    public Optional<Path> lastDataFile() {
        return Optional.ofNullable(values.getProperty(LAST_FILE)).map(Path::of);
    }

    public Optional<String> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE));
    }

    public void rememberDataFile(Path dataFile) {
        values.setProperty(LAST_FILE, dataFile.toAbsolutePath().toString());
        save();
    }

    public void rememberLanguage(String language) {
        values.setProperty(LANGUAGE, language);
        save();
    }

    /** The folder an export of this kind was last saved in, so the next one opens there. */
    public Optional<Path> exportFolder(String kind) {
        return Optional.ofNullable(values.getProperty(EXPORT_FOLDER + kind)).map(Path::of);
    }

    public void rememberExportFolder(String kind, Path folder) {
        values.setProperty(EXPORT_FOLDER + kind, folder.toAbsolutePath().toString());
        save();
    }

    /** "cards" or "table": how the roster was last shown. */
    public String rosterView() {
        return values.getProperty(ROSTER_VIEW, "cards");
    }

    public void rememberRosterView(String view) {
        if (!view.equals(rosterView())) {
            values.setProperty(ROSTER_VIEW, view);
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "DGTi Desk");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Cannot save {}", file, e);
        }
    }
}
