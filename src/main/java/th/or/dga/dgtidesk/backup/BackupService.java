package th.or.dga.dgtidesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Backups;
import th.or.dga.dgtidesk.db.DataLocations;
import th.or.dga.dgtidesk.db.Database;

/**
 * The center's backups as the settings describe them: where they go (and the second folder, a
 * USB or network drive), how many are kept, and the automatic daily one.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database database;
    private final CenterService centerService;
    private final AuditLog auditLog;
    private final Clock clock;

    public BackupService(Database database, CenterService centerService, AuditLog auditLog, Clock clock) {
        this.database = database;
        this.centerService = centerService;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Where backups go: the setting, or {@code backups/} beside the data file. */
    public Path folder() {
        return folder(centerService.settings());
    }

    private Path folder(Map<Setting, String> settings) {
        String configured = settings.get(Setting.BACKUP_FOLDER);
        return configured == null || configured.isBlank() ? DataLocations.of(database.file()).backupFolder()
                : Path.of(configured);
    }

    /** The second folder, when one is set. */
    public Optional<Path> secondFolder() {
        String configured = centerService.settings().get(Setting.BACKUP_SECOND_FOLDER);
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured));
    }

    public Backups.Rotation rotation() {
        Map<Setting, String> settings = centerService.settings();
        return new Backups.Rotation(parse(settings.get(Setting.BACKUP_KEEP_DAYS), 14),
                parse(settings.get(Setting.BACKUP_KEEP_MONTHS), 24));
    }

    /** Backups in the main folder, newest first. */
    public List<Backups.BackupFile> list() {
        return Backups.list(folder());
    }

    /**
     * Backs up now: into the folder, copied into the second folder when one is set, both rotated.
     * A second folder that cannot be written (a USB drive not plugged in) is logged and named in
     * the result, never a reason to lose the main backup.
     */
    public Result backUpNow(Backups.Progress progress) {
        Path written = Backups.backup(database.dataSource(), folder(), null, clock, progress);
        Backups.rotate(folder(), rotation());
        Optional<Path> second = secondFolder();
        Path secondCopy = null;
        String secondProblem = null;
        if (second.isPresent()) {
            try {
                Files.createDirectories(second.get());
                secondCopy = second.get().resolve(written.getFileName());
                Files.copy(written, secondCopy, StandardCopyOption.REPLACE_EXISTING);
                Backups.rotate(second.get(), rotation());
            } catch (IOException e) {
                LOG.warn("Cannot copy the backup to the second folder {}", second.get(), e);
                secondProblem = second.get().toString();
                secondCopy = null;
            }
        }
        if (database.mode() == Database.Mode.READ_WRITE) {
            database.transactions().write(tx -> {
                auditLog.record(tx, "database", null, AuditAction.BACKUP, "backup " + written.getFileName());
                return null;
            });
        }
        return new Result(written, secondCopy, secondProblem);
    }

    /** The daily backup: taken when none was taken today (Bangkok time). */
    public Optional<Result> backUpIfDue() {
        LocalDate today = Times.toBangkok(Times.nowUtc(clock)).toLocalDate();
        boolean takenToday = list().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        return takenToday ? Optional.empty() : Optional.of(backUpNow(Backups.Progress.NONE));
    }

    /** What a backup produced: the file, its copy in the second folder, or the second folder that failed. */
    public record Result(Path file, Path secondCopy, String secondFolderProblem) {
    }

    private static int parse(String value, int fallback) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < 1) {
                throw new UserException("backup.rotationInvalid", value);
            }
            return parsed;
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }
}
