package th.or.dga.dgtidesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.common.UserException;

class BackupsTest {

    @TempDir
    Path folder;

    @Test
    void backupAndRestoreRoundTripKeepsTheCurrentFileAside() throws Exception {
        Path file = TestCenters.dataFile(folder);
        Path backups = TestCenters.backupFolder(folder);
        Path backup;
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            List<long[]> progress = new ArrayList<>();
            backup = Backups.backup(context.database().dataSource(), backups, null, TestCenters.CLOCK,
                    (done, total) -> progress.add(new long[] {done, total}));
            assertThat(progress).isNotEmpty();
            assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(progress.size() - 1)[1]);
            Center center = context.centerService().center().orElseThrow();
            context.centerService().update(new Center(center.id(), center.code(), "ชื่อที่เปลี่ยนหลังสำรอง",
                    center.nameEn(), center.address()));
        }
        assertThat(backup.getFileName().toString()).isEqualTo("dgti-desk-20261125-090000.db");
        assertThat(Backups.list(backups)).extracting(Backups.BackupFile::path).containsExactly(backup);

        Path aside = Backups.restore(file, backup, TestCenters.CLOCK);

        assertThat(aside).exists();
        assertThat(aside.getFileName().toString()).startsWith("dgti-desk.db.replaced-");
        try (Database restored = Database.openReadOnly(file)) {
            assertThat(restored.dsl().fetchValue("SELECT name_th FROM center")).isEqualTo("ศูนย์ทดสอบ");
        }
        try (Database previous = Database.openReadOnly(aside)) {
            assertThat(previous.dsl().fetchValue("SELECT name_th FROM center")).isEqualTo("ชื่อที่เปลี่ยนหลังสำรอง");
        }
    }

    @Test
    void restoreRefusesADamagedBackupAndLeavesTheDataFileAsItWas() throws Exception {
        Path file = TestCenters.dataFile(folder);
        Path backup;
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            backup = Backups.backup(context.database().dataSource(), TestCenters.backupFolder(folder), null,
                    TestCenters.CLOCK, Backups.Progress.NONE);
        }
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(backup, bytes);
        String before = DatabaseTest.sha256(file);

        assertThatThrownBy(() -> Backups.restore(file, backup, TestCenters.CLOCK))
                .isInstanceOf(UserException.class);
        assertThat(DatabaseTest.sha256(file)).isEqualTo(before);
        assertThat(Backups.newestGoodBackup(TestCenters.backupFolder(folder))).isEmpty();
    }

    @Test
    void restoreIsRefusedWhileTheFileIsOpenForWriting() throws Exception {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            Path backup = Backups.backup(context.database().dataSource(), TestCenters.backupFolder(folder), null,
                    TestCenters.CLOCK, Backups.Progress.NONE);
            assertThatThrownBy(() -> Backups.restore(TestCenters.dataFile(folder), backup, TestCenters.CLOCK))
                    .isInstanceOf(DatabaseRefusedException.class)
                    .extracting(e -> ((DatabaseRefusedException) e).reason())
                    .isEqualTo(DatabaseRefusedException.Reason.LOCKED);
        }
    }

    @Test
    void rotationKeepsOnePerDayForTheLastDaysAndOnePerMonthBeyond() throws Exception {
        Path backups = TestCenters.backupFolder(folder);
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            Instant start = Instant.parse("2026-06-01T03:00:00Z");
            // Two backups a day for 120 days.
            for (int day = 0; day < 120; day++) {
                for (int hour = 0; hour < 2; hour++) {
                    Clock clock = Clock.fixed(start.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)),
                            ZoneOffset.UTC);
                    Path source = backups.resolve(Backups.fileName(clock, null));
                    Files.createDirectories(backups);
                    Files.writeString(source, "x");
                }
            }
            assertThat(Backups.list(backups)).hasSize(240);
            Backups.rotate(backups, new Backups.Rotation(14, 24));
            List<Backups.BackupFile> kept = Backups.list(backups);
            // 14 days (the newest of each), then the newest of June, July, August and September
            // that are older than those days (the newest 14 days are all in late September).
            assertThat(kept.subList(0, 14)).extracting(b -> b.takenAt().toLocalDate().toString())
                    .doesNotHaveDuplicates();
            assertThat(kept.get(0).takenAt().toString()).isEqualTo("2026-09-28T11:00");
            assertThat(kept).hasSize(14 + 3);
            assertThat(kept.subList(14, 17)).extracting(b -> b.takenAt().getMonthValue()).containsExactly(8, 7, 6);
            assertThat(context).isNotNull();
        }
    }

    @Test
    void movingTheDataFileChecksTheCopyAndKeepsTheOldFileAside() throws Exception {
        Path file = TestCenters.dataFile(folder);
        TestCenters.setUpCenter(folder).close();
        Path moved = Backups.moveTo(file, folder.resolve("elsewhere"), TestCenters.CLOCK);
        assertThat(moved).isEqualTo(folder.resolve("elsewhere").resolve("dgti-desk.db"));
        assertThat(file).doesNotExist();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("dgti-desk.db.moved-"));
        try (Database database = Database.openReadOnly(moved)) {
            assertThat(database.dsl().fetchValue("SELECT code FROM center")).isEqualTo("DGTI-TEST");
        }
        assertThatThrownBy(() -> Backups.moveTo(moved, folder.resolve("elsewhere"), TestCenters.CLOCK))
                .isInstanceOf(UserException.class).hasMessageContaining("move.targetExists");
    }
}
