package th.or.dga.dgtidesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataLocationsTest {

    @Test
    void theDefaultFolderFollowsEachOperatingSystem() {
        Path home = Path.of("/home/somchai");
        assertThat(DataLocations.defaultFolder("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/somchai/AppData/Local"),
                home)).isEqualTo(Path.of("/c/Users/somchai/AppData/Local/DGTi Desk"));
        assertThat(DataLocations.defaultFolder("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/DGTi Desk"));
        assertThat(DataLocations.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home))
                .isEqualTo(Path.of("/data/xdg/dgti-desk"));
        assertThat(DataLocations.defaultFolder("Linux", Map.of(), home))
                .isEqualTo(home.resolve(".local/share/dgti-desk"));
    }

    @Test
    void backupsAndLogsLiveBesideTheDataFile(@TempDir Path folder) {
        DataLocations locations = DataLocations.of(folder.resolve("center.db"));
        assertThat(locations.backupFolder()).isEqualTo(folder.resolve("backups"));
        assertThat(locations.logFolder()).isEqualTo(folder.resolve("logs"));
    }

    @ParameterizedTest
    @CsvSource({
            "/Users/somchai/OneDrive - Kasetsart University/DGTi, cloud",
            "/Users/somchai/OneDrive/DGTi, cloud",
            "/home/somchai/Dropbox/dgti, cloud",
            "/Users/somchai/Google Drive/My Drive/dgti, cloud",
            "/Users/somchai/Library/Mobile Documents/com~apple~CloudDocs/dgti, cloud",
    })
    void cloudSyncedFoldersAreFlagged(String folder, String risk) {
        assertThat(SyncedFolderCheck.risk(Path.of(folder))).contains(risk);
    }

    @Test
    void anOrdinaryLocalFolderIsNotFlagged(@TempDir Path folder) {
        assertThat(SyncedFolderCheck.risk(folder.resolve("DGTi Desk"))).isEmpty();
    }
}
