package th.or.dga.dgtidesk.workshop;

import java.time.Clock;
import java.util.Locale;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Planning workshops: create, and the status moves that do not touch registrations (open, close,
 * cancel). Completing and re-opening change registrations and belong to {@link RegistrationService}.
 */
public final class WorkshopService {

    private final Transactions transactions;
    private final WorkshopRepository workshops;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public WorkshopService(Transactions transactions, WorkshopRepository workshops, CurrentStaff currentStaff,
            AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.workshops = workshops;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Creates a workshop from {@code draft} (its id and status are ignored: a new one starts as a draft). */
    public Workshop create(Workshop draft) {
        currentStaff.requireWriter();
        Workshop workshop = validated(new Workshop(Ids.newId(), draft.code(), draft.titleTh(), draft.titleEn(),
                draft.kind(), draft.startsAt(), draft.endsAt(), draft.venue(), draft.capacity(), WorkshopStatus.DRAFT,
                draft.description(), draft.targetGroups()));
        return transactions.write(tx -> {
            if (workshops.codeTaken(tx, workshop.code(), workshop.id())) {
                throw new UserException("workshop.codeTaken", workshop.code());
            }
            workshops.insert(tx, workshop, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "workshop", workshop.id(), AuditAction.CREATE,
                    "workshop " + workshop.code() + " " + workshop.titleTh());
            return workshop;
        });
    }

    /** Open, close or cancel; completing and re-opening go through {@link RegistrationService}. */
    public Workshop changeStatus(String workshopId, WorkshopStatus to) {
        currentStaff.requireWriter();
        if (to == WorkshopStatus.COMPLETED || to == WorkshopStatus.DRAFT) {
            throw new UserException("workshop.illegalTransition", "?", to.code());
        }
        return transactions.write(tx -> {
            Workshop workshop = workshops.byId(tx, workshopId)
                    .orElseThrow(() -> new UserException("workshop.notFound", workshopId));
            if (workshop.status() == WorkshopStatus.COMPLETED) {
                throw new UserException("workshop.illegalTransition", workshop.status().code(), to.code());
            }
            RegistrationService.requireTransition(workshop, to);
            workshops.setStatus(tx, workshopId, to, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "workshop", workshopId, AuditAction.UPDATE,
                    "status " + workshop.status().code() + " → " + to.code());
            return new Workshop(workshop.id(), workshop.code(), workshop.titleTh(), workshop.titleEn(), workshop.kind(),
                    workshop.startsAt(), workshop.endsAt(), workshop.venue(), workshop.capacity(), to,
                    workshop.description(), workshop.targetGroups());
        });
    }

    private static Workshop validated(Workshop w) {
        String code = ThaiText.clean(w.code());
        String title = ThaiText.clean(w.titleTh());
        if (code == null) {
            throw new UserException("workshop.codeRequired");
        }
        if (title == null) {
            throw new UserException("workshop.titleRequired");
        }
        if (w.kind() == null) {
            throw new UserException("workshop.kindRequired");
        }
        if (w.startsAt() == null || w.endsAt() == null) {
            throw new UserException("workshop.timesRequired");
        }
        if (w.endsAt().isBefore(w.startsAt())) {
            throw new UserException("workshop.endsBeforeStart");
        }
        if (w.capacity() != null && w.capacity() < 0) {
            throw new UserException("workshop.capacityNegative");
        }
        return new Workshop(w.id(), code.toUpperCase(Locale.ROOT), title, ThaiText.clean(w.titleEn()), w.kind(),
                w.startsAt(), w.endsAt(), ThaiText.clean(w.venue()), w.capacity(), w.status(),
                ThaiText.clean(w.description()), ThaiText.clean(w.targetGroups()));
    }
}
