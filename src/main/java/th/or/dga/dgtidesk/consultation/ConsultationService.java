package th.or.dga.dgtidesk.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Consultation notes and their action items. Saving is cheap and idempotent so the editor can
 * save on every field change: a note is never lost to a crash or a closed window.
 */
public final class ConsultationService {

    private static final int LIST_LIMIT = 2_000;

    private final Transactions transactions;
    private final ConsultationRepository repository;
    private final SearchRepository search;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public ConsultationService(Transactions transactions, ConsultationRepository repository, SearchRepository search,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.search = search;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Consultations newest first, by kind and by any part of the subject, notes or recommendations. */
    public List<Consultation> list(ConsultationKind kind, String text) {
        return transactions.read(dsl -> repository.list(dsl, kind, text == null || text.isBlank() ? null
                : search.ids(dsl, SearchTarget.CONSULTATION, text, LIST_LIMIT), LIST_LIMIT));
    }

    public java.util.Optional<Consultation> consultation(String id) {
        return transactions.read(dsl -> repository.byId(dsl, id));
    }

    /** Saves a consultation: creates it when its id is null or unknown, updates it otherwise. */
    public Consultation save(Consultation draft) {
        currentStaff.requireWriter();
        String subject = ThaiText.clean(draft.subject());
        if (subject == null) {
            throw new UserException("consultation.subjectRequired");
        }
        if (draft.heldAt() == null || draft.kind() == null) {
            throw new UserException("consultation.whenAndKindRequired");
        }
        Consultation clean = new Consultation(draft.id() == null ? Ids.newId() : draft.id(), draft.heldAt(),
                draft.kind(), subject, draft.consultantStaffId(), ThaiText.nfc(draft.notes()),
                ThaiText.nfc(draft.recommendations()), draft.needId(), draft.matchId(), draft.followUpOn());
        return transactions.write(tx -> {
            boolean exists = repository.byId(tx, clean.id()).isPresent();
            if (exists) {
                repository.update(tx, clean, Times.nowUtc(clock), currentStaff.idOrNull());
            } else {
                repository.insert(tx, clean, Times.nowUtc(clock), currentStaff.idOrNull());
            }
            auditLog.record(tx, "consultation", clean.id(), exists ? AuditAction.UPDATE : AuditAction.CREATE,
                    "consultation " + subject);
            return clean;
        });
    }

    public ActionItem addActionItem(String consultationId, String what, String ownerStaffId, String ownerPersonId,
            LocalDate dueOn) {
        currentStaff.requireWriter();
        String text = ThaiText.clean(what);
        if (text == null) {
            throw new UserException("actionItem.whatRequired");
        }
        if (ownerStaffId != null && ownerPersonId != null) {
            throw new UserException("actionItem.oneOwner");
        }
        ActionItem item = new ActionItem(Ids.newId(), consultationId, text, ownerStaffId, ownerPersonId, dueOn, null);
        return transactions.write(tx -> {
            repository.insertItem(tx, item, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "action_item", item.id(), AuditAction.CREATE, text);
            return item;
        });
    }

    /** Ticks an item done, or un-ticks it. */
    public void markDone(String itemId, boolean done) {
        currentStaff.requireWriter();
        transactions.write(tx -> {
            var now = Times.nowUtc(clock);
            repository.setDone(tx, itemId, done ? now : null, now, currentStaff.idOrNull());
            auditLog.record(tx, "action_item", itemId, AuditAction.UPDATE, done ? "done" : "re-opened");
            return null;
        });
    }

    public List<ActionItem> items(String consultationId) {
        return transactions.read(dsl -> repository.items(dsl, consultationId));
    }

    /** Every open item past its due date, for the dashboard and the "All overdue" view. */
    public List<ActionItem> overdue() {
        LocalDate today = Times.toBangkok(Times.nowUtc(clock)).toLocalDate();
        return transactions.read(dsl -> repository.overdue(dsl, today));
    }

    /** "My open action items": those owned by the staff member at the desk. */
    public List<ActionItem> myOpen() {
        String me = currentStaff.require().id();
        return transactions.read(dsl -> repository.openFor(dsl, me));
    }
}
