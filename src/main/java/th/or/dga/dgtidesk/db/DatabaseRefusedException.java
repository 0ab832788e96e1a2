package th.or.dga.dgtidesk.db;

import java.nio.file.Path;
import java.util.Optional;
import th.or.dga.dgtidesk.common.UserException;

/**
 * A data file that must not be opened: it is never overwritten or "repaired". The message names
 * the file and, where one exists, the newest backup that passed its integrity check.
 */
public final class DatabaseRefusedException extends UserException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused; each reason has a message key {@code db.refused.<name>}. */
    public enum Reason {
        NEWER_VERSION, CORRUPTED, NOT_DGTI, LOCKED, UNREADABLE, MIGRATION_FAILED;

        String messageKey() {
            return "db.refused." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient Path file;
    private final transient Path newestGoodBackup;

    public DatabaseRefusedException(Reason reason, Path file, Path newestGoodBackup, Throwable cause) {
        super(cause, reason.messageKey(), file.toString());
        this.reason = reason;
        this.file = file;
        this.newestGoodBackup = newestGoodBackup;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    public Optional<Path> newestGoodBackup() {
        return Optional.ofNullable(newestGoodBackup);
    }

    /** The same refusal, now naming the newest good backup. */
    public DatabaseRefusedException withNewestGoodBackup(Path backup) {
        return new DatabaseRefusedException(reason, file, backup, getCause());
    }
}
