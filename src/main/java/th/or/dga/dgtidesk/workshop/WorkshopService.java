package th.or.dga.dgtidesk.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.tag.TagNames;

/**
 * Planning workshops: create, and the status moves that do not touch registrations (open, close,
 * cancel). Completing and re-opening change registrations and belong to {@link RegistrationService}.
 */
public final class WorkshopService {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

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
        return create(new WorkshopPlan(draft, List.of(), List.of()));
    }

    /** Creates a workshop with its tags and facilitators; it starts as a draft whatever the plan says. */
    public Workshop create(WorkshopPlan plan) {
        currentStaff.requireWriter();
        Workshop draft = plan.workshop();
        Workshop workshop = validated(new Workshop(Ids.newId(), draft.code(), draft.titleTh(), draft.titleEn(),
                draft.kind(), draft.startsAt(), draft.endsAt(), draft.venue(), draft.capacity(), WorkshopStatus.DRAFT,
                draft.description(), draft.targetGroups()));
        List<String> tags = TagNames.clean(plan.tags());
        return transactions.write(tx -> {
            requireFreeCode(tx, workshop);
            LocalDateTime now = Times.nowUtc(clock);
            workshops.insert(tx, workshop, now, currentStaff.idOrNull());
            workshops.replaceTags(tx, workshop.id(), tags, now, currentStaff.idOrNull());
            workshops.replaceFacilitatorStaff(tx, workshop.id(), plan.facilitatorStaffIds(), now,
                    currentStaff.idOrNull());
            auditLog.record(tx, "workshop", workshop.id(), AuditAction.CREATE,
                    "workshop " + workshop.code() + " " + workshop.titleTh());
            return workshop;
        });
    }

    /**
     * Saves the planning fields of an existing workshop. Status and capacity are not changed here:
     * their moves have rules (promotion, no-shows) and go through their own methods.
     */
    public Workshop update(WorkshopPlan plan) {
        currentStaff.requireWriter();
        Workshop workshop = validated(plan.workshop());
        List<String> tags = TagNames.clean(plan.tags());
        return transactions.write(tx -> {
            Workshop stored = workshops.byId(tx, workshop.id())
                    .orElseThrow(() -> new UserException("workshop.notFound", workshop.id()));
            if (stored.status() == WorkshopStatus.COMPLETED || stored.status() == WorkshopStatus.CANCELLED) {
                throw new UserException("workshop.notEditable");
            }
            requireFreeCode(tx, workshop);
            LocalDateTime now = Times.nowUtc(clock);
            workshops.update(tx, workshop, now, currentStaff.idOrNull());
            workshops.replaceTags(tx, workshop.id(), tags, now, currentStaff.idOrNull());
            workshops.replaceFacilitatorStaff(tx, workshop.id(), plan.facilitatorStaffIds(), now,
                    currentStaff.idOrNull());
            auditLog.record(tx, "workshop", workshop.id(), AuditAction.UPDATE,
                    "workshop " + workshop.code() + " " + workshop.titleTh());
            return workshops.byId(tx, workshop.id()).orElseThrow();
        });
    }

    /** The workshop as the planning form edits it. */
    public WorkshopPlan plan(String workshopId) {
        return transactions.read(tx -> new WorkshopPlan(
                workshops.byId(tx, workshopId).orElseThrow(() -> new UserException("workshop.notFound", workshopId)),
                workshops.tags(tx, workshopId), workshops.facilitatorStaffIds(tx, workshopId)));
    }

    /**
     * "The same workshop next month": an unsaved draft with the same plan one month later and the
     * next free code, for the form to show before anything is written.
     */
    public WorkshopPlan nextMonthCopy(String workshopId) {
        WorkshopPlan original = plan(workshopId);
        Workshop w = original.workshop();
        String code = transactions.read(tx -> {
            String candidate = w.code();
            do {
                candidate = nextCode(candidate);
            } while (workshops.codeTaken(tx, candidate, ""));
            return candidate;
        });
        Workshop copy = new Workshop(null, code, w.titleTh(), w.titleEn(), w.kind(), w.startsAt().plusMonths(1),
                w.endsAt().plusMonths(1), w.venue(), w.capacity(), WorkshopStatus.DRAFT, w.description(),
                w.targetGroups());
        return new WorkshopPlan(copy, original.tags(), original.facilitatorStaffIds());
    }

    /** "AI-09" → "AI-10", "HACK-2026-001" → "HACK-2026-002" (width kept), "DEMO" → "DEMO-2". */
    static String nextCode(String code) {
        Matcher number = TRAILING_NUMBER.matcher(code);
        if (!number.find()) {
            return code + "-2";
        }
        String digits = number.group(1);
        String next = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
        String padded = "0".repeat(Math.max(0, digits.length() - next.length())) + next;
        return code.substring(0, number.start(1)) + padded;
    }

    private void requireFreeCode(org.jooq.DSLContext tx, Workshop workshop) {
        if (workshops.codeTaken(tx, workshop.code(), workshop.id())) {
            throw new UserException("workshop.codeTaken", workshop.code());
        }
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
