package th.or.dga.dgtidesk.consultation;

import static th.or.dga.dgtidesk.db.generated.Tables.ACTION_ITEM;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.generated.tables.records.ActionItemRecord;
import th.or.dga.dgtidesk.db.generated.tables.records.ConsultationRecord;

/** Consultations and their action items. */
public final class ConsultationRepository {

    public Optional<Consultation> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(CONSULTATION).where(CONSULTATION.ID.eq(id))
                .fetchOptional(ConsultationRepository::toConsultation);
    }

    /** Consultations newest first; {@code kind} null for all, {@code ids} null for no text filter. */
    public List<Consultation> list(DSLContext dsl, ConsultationKind kind, List<String> ids, int limit) {
        org.jooq.Condition condition = org.jooq.impl.DSL.trueCondition();
        if (kind != null) {
            condition = condition.and(CONSULTATION.KIND.eq(kind.code()));
        }
        if (ids != null) {
            condition = condition.and(CONSULTATION.ID.in(ids));
        }
        return dsl.selectFrom(CONSULTATION).where(condition).orderBy(CONSULTATION.HELD_AT.desc()).limit(limit)
                .fetch(ConsultationRepository::toConsultation);
    }

    public void insert(DSLContext tx, Consultation c, LocalDateTime now, String actingId) {
        ConsultationRecord r = tx.newRecord(CONSULTATION);
        r.setId(c.id());
        fill(r, c);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actingId);
        r.insert();
    }

    public void update(DSLContext tx, Consultation c, LocalDateTime now, String actingId) {
        ConsultationRecord r = tx.fetchSingle(CONSULTATION, CONSULTATION.ID.eq(c.id()));
        fill(r, c);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actingId);
        r.update();
    }

    private static void fill(ConsultationRecord r, Consultation c) {
        r.setHeldAt(Times.fromBangkok(c.heldAt()));
        r.setKind(c.kind().code());
        r.setSubject(c.subject());
        r.setConsultantStaffId(c.consultantStaffId());
        r.setNotes(c.notes());
        r.setRecommendations(c.recommendations());
        r.setNeedId(c.needId());
        r.setMatchId(c.matchId());
        r.setFollowUpOn(c.followUpOn());
    }

    public void insertItem(DSLContext tx, ActionItem item, LocalDateTime now, String actingId) {
        ActionItemRecord r = tx.newRecord(ACTION_ITEM);
        r.setId(item.id());
        r.setConsultationId(item.consultationId());
        r.setWhat(item.what());
        r.setOwnerStaffId(item.ownerStaffId());
        r.setOwnerPersonId(item.ownerPersonId());
        r.setDueOn(item.dueOn());
        r.setDoneAt(item.doneAt());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actingId);
        r.insert();
    }

    public void setDone(DSLContext tx, String itemId, LocalDateTime doneAt, LocalDateTime now, String actingId) {
        tx.update(ACTION_ITEM).set(ACTION_ITEM.DONE_AT, doneAt).set(ACTION_ITEM.UPDATED_AT, now)
                .set(ACTION_ITEM.UPDATED_BY, actingId).where(ACTION_ITEM.ID.eq(itemId)).execute();
    }

    public List<ActionItem> items(DSLContext dsl, String consultationId) {
        return items(dsl, ACTION_ITEM.CONSULTATION_ID.eq(consultationId));
    }

    /** Open items past their due date on {@code today}, the longest overdue first. */
    public List<ActionItem> overdue(DSLContext dsl, LocalDate today) {
        return items(dsl, ACTION_ITEM.DONE_AT.isNull().and(ACTION_ITEM.DUE_ON.lt(today)));
    }

    public List<ActionItem> openFor(DSLContext dsl, String staffId) {
        return items(dsl, ACTION_ITEM.DONE_AT.isNull().and(ACTION_ITEM.OWNER_STAFF_ID.eq(staffId)));
    }

    private static List<ActionItem> items(DSLContext dsl, Condition condition) {
        return dsl.selectFrom(ACTION_ITEM).where(condition)
                .orderBy(ACTION_ITEM.DUE_ON.asc().nullsLast(), ACTION_ITEM.CREATED_AT)
                .fetch(r -> new ActionItem(r.getId(), r.getConsultationId(), r.getWhat(), r.getOwnerStaffId(),
                        r.getOwnerPersonId(), r.getDueOn(), r.getDoneAt()));
    }

    private static Consultation toConsultation(ConsultationRecord r) {
        return new Consultation(r.getId(), Times.toBangkok(r.getHeldAt()), ConsultationKind.fromCode(r.getKind()),
                r.getSubject(), r.getConsultantStaffId(), r.getNotes(), r.getRecommendations(), r.getNeedId(),
                r.getMatchId(), r.getFollowUpOn());
    }
}
