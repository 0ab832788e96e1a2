package th.or.dga.dgtidesk.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.matching.MatchCard;
import th.or.dga.dgtidesk.matching.Need;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Consultation notes and their action items. Saving is cheap and idempotent so the editor can
 * save on every field change: a note is never lost to a crash or a closed window.
 */
public final class ConsultationService {

    private static final int TEXT_HITS = 2_000;
    public static final int OVERDUE_SHOWN = 500;

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
        LocalDate today = today();
        return transactions.read(dsl -> repository.overdue(dsl, today));
    }

    /** Today in Bangkok: an item due yesterday is overdue from midnight Bangkok time, not UTC. */
    public LocalDate today() {
        return Times.toBangkok(Times.nowUtc(clock)).toLocalDate();
    }

    /**
     * The "All overdue" view: every open item past its due date counted, the {@value #OVERDUE_SHOWN}
     * longest overdue listed (the ones to chase first; ticking them off brings the next).
     */
    public OverdueItems overdueItems() {
        LocalDate today = today();
        return transactions.read(dsl -> new OverdueItems(repository.overdueCount(dsl, today),
                repository.overdueRows(dsl, today, OVERDUE_SHOWN)));
    }

    /** The "My open action items" view. */
    public List<ActionItemRow> myOpenRows() {
        String me = currentStaff.require().id();
        LocalDate today = today();
        return transactions.read(dsl -> repository.openRowsFor(dsl, me, today));
    }

    public List<ActionItemRow> itemRows(String consultationId) {
        LocalDate today = today();
        return transactions.read(dsl -> repository.itemRows(dsl, consultationId, today));
    }

    /** The consultation list, newest first; the text is found inside Thai words. */
    public List<ConsultationRow> list(ConsultationFilter filter) {
        String text = ThaiText.clean(filter.text());
        LocalDate today = today();
        return transactions.read(dsl -> repository.list(dsl, filter,
                text == null ? null : search.ids(dsl, SearchTarget.CONSULTATION, text, TEXT_HITS), today));
    }

    public Optional<Consultation> byId(String consultationId) {
        return transactions.read(dsl -> repository.byId(dsl, consultationId));
    }

    public Attendance attendance(String consultationId) {
        return transactions.read(dsl -> repository.attendance(dsl, consultationId));
    }

    /** Replaces who was present (the consultation must be saved first). */
    public void setAttendance(String consultationId, List<String> organizationIds, List<String> personIds) {
        currentStaff.requireWriter();
        transactions.write(tx -> {
            repository.setAttendance(tx, consultationId, List.copyOf(new LinkedHashSet<>(organizationIds)),
                    List.copyOf(new LinkedHashSet<>(personIds)), Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "consultation", consultationId, AuditAction.UPDATE,
                    "present: " + organizationIds.size() + " organizations, " + personIds.size() + " people");
            return null;
        });
    }

    /** Organizations whose names contain {@code text} (inside Thai words), to mark them present. */
    public List<Ref> findOrganizations(String text, int limit) {
        String query = ThaiText.clean(text);
        return query == null ? List.of() : transactions.read(dsl -> repository.organizationRefs(dsl,
                search.ids(dsl, SearchTarget.ORGANIZATION, query, limit)));
    }

    public List<Ref> organizationsSeen() {
        return transactions.read(repository::organizationsSeen);
    }

    /** A saved consultation with who was present, as the editor opens it. */
    public ConsultationDraft draft(String consultationId) {
        return transactions.read(dsl -> new ConsultationDraft(repository.byId(dsl, consultationId)
                .orElseThrow(() -> new UserException("consultation.notFound")),
                repository.attendance(dsl, consultationId)));
    }

    /** A blank consultation held now, with the staff member at the desk as consultant. */
    public Consultation blank(ConsultationKind kind, String subject) {
        return new Consultation(null, Times.toBangkok(Times.nowUtc(clock)).truncatedTo(ChronoUnit.MINUTES), kind,
                subject, currentStaff.idOrNull(), null, null, null, null, null);
    }

    /** A consultation about a need: agency advisory, its agency and contact present. */
    public ConsultationDraft draftFromNeed(Need need, Ref agency, Ref contact) {
        Consultation blank = blank(ConsultationKind.AGENCY_ADVISORY, need.title());
        return new ConsultationDraft(withLinks(blank, need.id(), null),
                new Attendance(List.of(agency), contact == null ? List.of() : List.of(contact)));
    }

    /**
     * A consultation with a person, started from their page: innovator mentoring when they work for an
     * innovator on the roster, agency advisory otherwise; they and their organization present.
     */
    public ConsultationDraft draftFromPerson(Ref person, Ref organization, boolean forAnInnovator) {
        Consultation blank = blank(forAnInnovator ? ConsultationKind.INNOVATOR_MENTORING
                : ConsultationKind.AGENCY_ADVISORY, null);
        return new ConsultationDraft(blank,
                new Attendance(organization == null ? List.of() : List.of(organization), List.of(person)));
    }

    /** A matching meeting about a match: both sides present, linked to the match and its need. */
    public ConsultationDraft draftFromMatch(MatchCard match, Attendance bothSides) {
        Consultation blank = blank(ConsultationKind.MATCHING_MEETING, match.needTitle() + " · " + match.solutionName());
        return new ConsultationDraft(withLinks(blank, match.needId(), match.id()), bothSides);
    }

    private static Consultation withLinks(Consultation c, String needId, String matchId) {
        return new Consultation(c.id(), c.heldAt(), c.kind(), c.subject(), c.consultantStaffId(), c.notes(),
                c.recommendations(), needId, matchId, c.followUpOn());
    }

    /** "My open action items": those owned by the staff member at the desk. */
    public List<ActionItem> myOpen() {
        String me = currentStaff.require().id();
        return transactions.read(dsl -> repository.openFor(dsl, me));
    }
}
