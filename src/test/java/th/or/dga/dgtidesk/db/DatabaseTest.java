package th.or.dga.dgtidesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.db.DatabaseRefusedException.Reason;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migratesANewFileAndMarksItAsDgti() throws Exception {
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            Database database = context.database();
            assertThat(database.createdNow()).isTrue();
            assertThat(database.migrationStatus().upToDate()).isTrue();
            assertThat(database.migrationStatus().currentVersion()).isEqualTo(String.valueOf(Migrations.LATEST_VERSION));
            Map<String, Integer> counts = DatabaseInfo.counts(database);
            assertThat(counts).containsKeys("person", "organization", "workshop", "registration", "consent",
                    "solution_match", "match_stage_change", "action_item", "audit_entry", "setting", "data_import",
                    "import_mapping", "registration_answer", "duplicate_decision");
            assertThat(counts.get("personal_data_column")).isGreaterThan(0);
            assertThat(DatabaseInfo.integrity(database)).isEqualTo("ok");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + TestCenters.dataFile(folder));
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("PRAGMA application_id").getInt(1))
                    .isEqualTo(DatabaseInspector.APPLICATION_ID);
            assertThat(statement.executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void theLatestVersionConstantMatchesTheMigrationsFolder() {
        TestCenters.emptyCenter(folder).close();
        var info = Migrations.flyway(SqliteDataSources.readOnly(TestCenters.dataFile(folder))).info();
        assertThat(info.current().getVersion().getVersion()).isEqualTo(String.valueOf(Migrations.LATEST_VERSION));
        assertThat(info.pending()).isEmpty();
        assertThat(java.util.Arrays.stream(info.all()).map(m -> Integer.parseInt(m.getVersion().getVersion())))
                .allMatch(version -> version <= Migrations.LATEST_VERSION);
    }

    @Test
    void reopeningAnUpToDateFileTakesNoBackup() {
        TestCenters.emptyCenter(folder).close();
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            assertThat(context.database().createdNow()).isFalse();
        }
        assertThat(Backups.list(TestCenters.backupFolder(folder))).isEmpty();
    }

    @Test
    void everyConnectionEnforcesForeignKeysAndKnowsTheThaiCollation() {
        try (CenterContext context = TestCenters.emptyCenter(folder)) {
            var dsl = context.database().dsl();
            assertThat(dsl.fetchValue("PRAGMA foreign_keys")).hasToString("1");
            var sorted = dsl.fetch("SELECT x FROM (SELECT 'ไก่' AS x UNION ALL SELECT 'เกม' UNION ALL SELECT 'กา')"
                    + " ORDER BY x COLLATE " + SqliteDataSources.THAI_COLLATION).getValues(0, String.class);
            // Prevowels do not decide the order: เกม sorts under ก, after กา and before ไก่.
            assertThat(sorted).containsExactly("กา", "เกม", "ไก่");
            assertThatThrownBy(() -> dsl.insertInto(PERSON)
                    .set(PERSON.ID, "p1").set(PERSON.FIRST_NAME_TH, "สมชาย")
                    .set(PERSON.SORT_KEY, ThaiText.sortKey("สมชาย"))
                    .set(PERSON.ORGANIZATION_ID, "no-such-organization")
                    .set(PERSON.CREATED_AT, java.time.LocalDateTime.now())
                    .set(PERSON.UPDATED_AT, java.time.LocalDateTime.now())
                    .execute())
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void refusesAFileFromANewerVersionAndLeavesItUntouched() throws Exception {
        TestCenters.emptyCenter(folder).close();
        Path file = TestCenters.dataFile(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test',"
                    + " '2030-01-01 00:00:00', 1, 1)");
        }
        String before = sha256(file);
        assertRefused(file, Reason.NEWER_VERSION);
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void refusesACorruptedFileAndNamesTheNewestGoodBackup() throws Exception {
        Path file = TestCenters.dataFile(folder);
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            Backups.backup(context.database().dataSource(), TestCenters.backupFolder(folder), null, TestCenters.CLOCK,
                    Backups.Progress.NONE);
        }
        // Overwrite the schema page (page 1, after the 100-byte header) with noise.
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < 4096 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        String before = sha256(file);
        DatabaseRefusedException refused = assertRefused(file, Reason.CORRUPTED);
        assertThat(refused.newestGoodBackup()).isPresent();
        assertThat(refused.newestGoodBackup().get().getParent()).isEqualTo(TestCenters.backupFolder(folder));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotADgtiDatabase() throws Exception {
        Path text = folder.resolve("notes.db");
        Files.writeString(text, "รายชื่อผู้เข้าอบรม\nสมชาย,สมหญิง\n", StandardCharsets.UTF_8);
        String textBefore = sha256(text);
        assertRefused(text, Reason.NOT_DGTI);
        assertThat(sha256(text)).isEqualTo(textBefore);

        Path otherApp = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + otherApp);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            statement.execute("INSERT INTO customers (name) VALUES ('ร้านค้า')");
        }
        String otherBefore = sha256(otherApp);
        assertRefused(otherApp, Reason.NOT_DGTI);
        assertThat(sha256(otherApp)).isEqualTo(otherBefore);
    }

    @Test
    void aSecondWriterIsRefusedWhileAReaderStillWorks() {
        Path file = TestCenters.dataFile(folder);
        try (CenterContext writer = TestCenters.setUpCenter(folder)) {
            DatabaseRefusedException refused = assertRefused(file, Reason.LOCKED);
            assertThat(refused.getMessage()).contains(file.toString());
            try (Database reader = Database.openReadOnly(file)) {
                assertThat(DatabaseInfo.counts(reader).get("center")).isEqualTo(1);
            }
            assertThat(writer.centerService().center()).isPresent();
        }
        // Once the writer is gone, the file opens again.
        Database.openForWriting(file, TestCenters.backupFolder(folder), TestCenters.CLOCK).close();
    }

    @Test
    void readOnlyOpenRefusesWrites() {
        TestCenters.setUpCenter(folder).close();
        try (Database reader = Database.openReadOnly(TestCenters.dataFile(folder))) {
            assertThatThrownBy(() -> reader.transactions().write(tx -> 1))
                    .isInstanceOf(th.or.dga.dgtidesk.common.UserException.class)
                    .hasMessageContaining("db.readOnly");
        }
    }

    private DatabaseRefusedException assertRefused(Path file, Reason reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> Database.openForWriting(file, TestCenters.backupFolder(folder), TestCenters.CLOCK).close());
        assertThat(thrown).isInstanceOf(DatabaseRefusedException.class);
        DatabaseRefusedException refused = (DatabaseRefusedException) thrown;
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.file()).isEqualTo(file.toAbsolutePath());
        return refused;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
