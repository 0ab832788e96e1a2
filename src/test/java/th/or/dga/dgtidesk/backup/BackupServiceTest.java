package th.or.dga.dgtidesk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.db.Backups;

class BackupServiceTest {

    @TempDir
    Path folder;

    @Test
    void theDailyBackupGoesToBothFoldersOnceADay() {
        Path second = folder.resolve("usb");
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            context.centerService().changeSetting(Setting.BACKUP_SECOND_FOLDER, second.toString());
            BackupService backups = context.backupService();
            assertThat(backups.folder()).isEqualTo(TestCenters.backupFolder(folder));

            BackupService.Result first = backups.backUpIfDue().orElseThrow();
            assertThat(first.file()).exists().hasParent(TestCenters.backupFolder(folder));
            assertThat(first.secondCopy()).exists().hasParent(second);
            assertThat(backups.backUpIfDue()).isEmpty();
            assertThat(backups.list()).hasSize(1);
        }
    }

    @Test
    void anUnwritableSecondFolderDoesNotCostTheMainBackup() throws Exception {
        Path notAFolder = folder.resolve("usb-missing");
        Files.writeString(notAFolder, "a file where the folder should be");
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            context.centerService().changeSetting(Setting.BACKUP_SECOND_FOLDER, notAFolder.toString());
            BackupService.Result result = context.backupService().backUpNow(Backups.Progress.NONE);
            assertThat(result.file()).exists();
            assertThat(result.secondCopy()).isNull();
            assertThat(result.secondFolderProblem()).isEqualTo(notAFolder.toString());
        }
    }
}
