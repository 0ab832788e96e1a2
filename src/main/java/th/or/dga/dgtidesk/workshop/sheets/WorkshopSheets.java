package th.or.dga.dgtidesk.workshop.sheets;

import java.nio.file.Path;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.common.AtomicFile;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.workshop.ParticipantQueries;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopQueries;

/**
 * The files a workshop produces: the sign-in sheet and the participant list (.xlsx or CSV). Each
 * is written whole to a temporary file and moved into place, and leaves an audit entry, since a
 * participant list carries personal data out of the application.
 */
public final class WorkshopSheets {

    /** The kinds of file, with the name offered in the save dialog. */
    public enum Kind {
        SIGN_IN_SHEET("sign-in-%s.xlsx"),
        PARTICIPANTS_XLSX("participants-%s.xlsx"),
        PARTICIPANTS_CSV("participants-%s.csv");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String suggestedFileName(String workshopCode) {
            return String.format(fileName, workshopCode.replaceAll("[^A-Za-z0-9ก-๙_-]", "_"));
        }
    }

    private final Transactions transactions;
    private final WorkshopQueries workshops;
    private final ParticipantQueries participants;
    private final CenterService centerService;
    private final AuditLog auditLog;

    public WorkshopSheets(Transactions transactions, WorkshopQueries workshops, ParticipantQueries participants,
            CenterService centerService, AuditLog auditLog) {
        this.transactions = transactions;
        this.workshops = workshops;
        this.participants = participants;
        this.centerService = centerService;
        this.auditLog = auditLog;
    }

    public Path write(Kind kind, String workshopId, Path target, Messages messages, ProgressMonitor progress) {
        SheetContext context = context(workshopId, messages);
        Path written = AtomicFile.write(target, file -> {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                switch (kind) {
                    case SIGN_IN_SHEET -> SignInSheet.write(context, out, progress);
                    case PARTICIPANTS_XLSX -> ParticipantList.writeXlsx(context, out, progress);
                    case PARTICIPANTS_CSV -> ParticipantList.writeCsv(context, out, progress);
                }
            }
        });
        transactions.write(tx -> {
            auditLog.record(tx, "workshop", workshopId, AuditAction.EXPORT,
                    kind.name().toLowerCase(java.util.Locale.ROOT) + " → " + written.getFileName());
            return null;
        });
        return written;
    }

    private SheetContext context(String workshopId, Messages messages) {
        Workshop workshop = workshops.workshop(workshopId)
                .orElseThrow(() -> new UserException("workshop.notFound", workshopId));
        boolean english = Messages.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        String centerName = centerService.center().map(center -> center.name(english)).orElse("");
        return new SheetContext(centerName, workshop, participants.participants(workshopId),
                CalendarSystem.fromSetting(centerService.setting(Setting.CALENDAR)),
                centerService.setting(Setting.REPORT_FONT), messages);
    }
}
