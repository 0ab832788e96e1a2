package th.or.dga.dgtidesk.db;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Backups with SQLite's online backup API (a consistent copy while the application keeps
 * working), rotation, and restore after an integrity check.
 *
 * <p>A backup is written to a temporary file beside its target and moved into place only after
 * its own integrity check passes, so a backup folder never holds a half-written copy.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    static final String PREFIX = "dgti-desk-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("dgti-desk-(\\d{8}-\\d{6})(-[a-z0-9-]+)?\\.db");
    private static final int PAGES_PER_STEP = 1024;

    private Backups() {
    }

    /** Reports progress of a copy: pages copied out of all pages. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** A backup file: when it was taken (Bangkok time, from its name) and its size. */
    public record BackupFile(Path path, LocalDateTime takenAt, long sizeBytes) {
    }

    /** How many backups rotation keeps: the newest of each of the last {@code days} days, and of each of the last {@code months} months. */
    public record Rotation(int days, int months) {
        public static final Rotation DEFAULT = new Rotation(14, 24);
    }

    /** The file name for a backup taken at {@code clock}'s now, with an optional reason suffix. */
    static String fileName(Clock clock, String reason) {
        String stamp = Times.toBangkok(Times.nowUtc(clock)).format(STAMP);
        return PREFIX + stamp + (reason == null ? "" : "-" + reason) + ".db";
    }

    /** Copies the open database behind {@code dataSource} into {@code folder}; returns the new file. */
    public static Path backup(DataSource dataSource, Path folder, String reason, Clock clock, Progress progress) {
        Path target = uniqueTarget(folder, fileName(clock, reason));
        return copyTo(dataSource, target, progress);
    }

    /** Copies the open database behind {@code dataSource} to exactly {@code target} (replacing it). */
    public static Path copyTo(DataSource dataSource, Path target, Progress progress) {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temp);
            try (Connection connection = dataSource.getConnection()) {
                SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
                sqlite.getDatabase().backup("main", temp.toString(),
                        (remaining, pageCount) -> progress.update(pageCount - remaining, pageCount),
                        100, 50, PAGES_PER_STEP);
            }
            String integrity = DatabaseInspector.integrityCheck(temp);
            if (!"ok".equals(integrity)) {
                throw new UserException("backup.copyDamaged", absolute.toString(), integrity);
            }
            moveIntoPlace(temp, absolute);
            return absolute;
        } catch (SQLException | IOException e) {
            throw new UserException(e, "backup.failed", absolute.toString(), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temp);
        }
    }

    static Path backupBeforeMigration(DataSource dataSource, Path folder, Migrations.Status status, Clock clock) {
        return backup(dataSource, folder, "before-v" + status.latestKnownVersion().replace('.', '-'), clock,
                Progress.NONE);
    }

    /** Backups in {@code folder}, newest first. */
    public static List<BackupFile> list(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parse(file).ifPresent(result::add));
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        result.sort(Comparator.comparing(BackupFile::takenAt).reversed()
                .thenComparing(b -> b.path().getFileName().toString(), Comparator.reverseOrder()));
        return result;
    }

    private static Optional<BackupFile> parse(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupFile(file, LocalDateTime.parse(matcher.group(1), STAMP), Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** The newest backup in {@code folder} that passes the integrity check and is a DGTi Desk file this version can open. */
    public static Optional<Path> newestGoodBackup(Path folder) {
        for (BackupFile backup : list(folder)) {
            if (isRestorable(backup.path())) {
                return Optional.of(backup.path());
            }
        }
        return Optional.empty();
    }

    private static boolean isRestorable(Path file) {
        try {
            return DatabaseInspector.inspect(file).kind() == DatabaseInspector.Kind.DGTI
                    && "ok".equals(DatabaseInspector.integrityCheck(file));
        } catch (UserException e) {
            return false;
        }
    }

    /** Deletes the backups {@code rotation} does not keep; returns the deleted files. */
    public static List<Path> rotate(Path folder, Rotation rotation) {
        List<BackupFile> backups = list(folder);
        Set<LocalDate> days = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        List<Path> deleted = new ArrayList<>();
        for (BackupFile backup : backups) {
            LocalDate day = backup.takenAt().toLocalDate();
            YearMonth month = YearMonth.from(day);
            boolean keepForDay = days.contains(day) ? false : days.size() < rotation.days();
            boolean keepForMonth = !keepForDay && !months.contains(month) && months.size() < rotation.months();
            if (keepForDay) {
                days.add(day);
                months.add(month);
            } else if (keepForMonth) {
                months.add(month);
            } else {
                try {
                    Files.deleteIfExists(backup.path());
                    deleted.add(backup.path());
                } catch (IOException e) {
                    LOG.warn("Cannot delete old backup {}", backup.path(), e);
                }
            }
        }
        return deleted;
    }

    /**
     * Replaces the data file {@code databaseFile} (which must not be open) with {@code backup},
     * after checking that the backup is a DGTi Desk file this version can open and that it passes
     * the integrity check. The current file is kept aside, never deleted; its new name is returned.
     */
    public static Path restore(Path databaseFile, Path backup, Clock clock) {
        Path target = databaseFile.toAbsolutePath();
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new UserException("restore.missing", source.toString());
        }
        DatabaseInspector.Inspection inspection = DatabaseInspector.inspect(source);
        if (inspection.kind() != DatabaseInspector.Kind.DGTI) {
            throw new DatabaseRefusedException(DatabaseRefusedException.Reason.NOT_DGTI, source, null, null);
        }
        String integrity = DatabaseInspector.integrityCheck(source);
        if (!"ok".equals(integrity)) {
            throw new UserException("restore.damaged", source.toString(), integrity);
        }
        try (WriterLock ignored = WriterLock.acquire(target)) {
            String stamp = Times.toBangkok(Times.nowUtc(clock)).format(STAMP);
            Path aside = target.resolveSibling(target.getFileName() + ".replaced-" + stamp);
            Path incoming = target.resolveSibling(target.getFileName() + ".restoring");
            Files.copy(source, incoming, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(target)) {
                // The -wal and -shm files belong to the file being replaced: they go aside with it.
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Path file = target.resolveSibling(target.getFileName() + suffix);
                    if (Files.exists(file)) {
                        Files.move(file, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
            }
            moveIntoPlace(incoming, target);
            LOG.info("Restored {} from {}; the previous file is {}", target, source, aside);
            return aside;
        } catch (IOException e) {
            throw new UserException(e, "restore.failed", target.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Moves a closed data file into {@code newFolder}: copied, integrity-checked there, and only
     * then the old file is renamed aside (never deleted). Returns the new file.
     */
    public static Path moveTo(Path databaseFile, Path newFolder, Clock clock) {
        Path source = databaseFile.toAbsolutePath();
        Path target = newFolder.toAbsolutePath().resolve(source.getFileName());
        if (Files.exists(target)) {
            throw new UserException("move.targetExists", target.toString());
        }
        try (WriterLock ignored = WriterLock.acquire(source)) {
            Files.createDirectories(target.getParent());
            Path incoming = target.resolveSibling(target.getFileName() + ".moving");
            Files.copy(source, incoming, StandardCopyOption.REPLACE_EXISTING);
            String integrity = DatabaseInspector.integrityCheck(incoming);
            if (!"ok".equals(integrity)) {
                Files.deleteIfExists(incoming);
                throw new UserException("move.copyDamaged", target.toString(), integrity);
            }
            moveIntoPlace(incoming, target);
            String stamp = Times.toBangkok(Times.nowUtc(clock)).format(STAMP);
            Files.move(source, source.resolveSibling(source.getFileName() + ".moved-" + stamp));
            LOG.info("Moved {} to {}", source, target);
            return target;
        } catch (IOException e) {
            throw new UserException(e, "move.failed", target.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static Path uniqueTarget(Path folder, String name) {
        Path target = folder.resolve(name);
        int n = 2;
        while (Files.exists(target)) {
            target = folder.resolve(name.replace(".db", "-" + n++ + ".db"));
        }
        return target;
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}", file, e);
        }
    }
}
