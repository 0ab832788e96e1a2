package th.or.dga.dgtidesk.consultation;

import static th.or.dga.dgtidesk.db.generated.Tables.ACTION_ITEM;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.STAFF;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.db.generated.tables.records.ActionItemRecord;
import th.or.dga.dgtidesk.db.generated.tables.records.ConsultationRecord;

/** Consultations and their action items. */
public final class ConsultationRepository {

    public Optional<Consultation> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(CONSULTATION).where(CONSULTATION.ID.eq(id))
                .fetchOptional(ConsultationRepository::toConsultation);
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

    private static final int LIST_LIMIT = 2_000;

    /**
     * The consultation list, newest first. {@code textHits}: ids the search index found for the
     * filter's text (null when there is none); {@code today} (Bangkok) decides what is overdue.
     */
    public List<ConsultationRow> list(DSLContext dsl, ConsultationFilter filter, List<String> textHits, LocalDate today) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.kind() != null) {
            conditions.add(CONSULTATION.KIND.eq(filter.kind().code()));
        }
        if (filter.consultantStaffId() != null) {
            conditions.add(CONSULTATION.CONSULTANT_STAFF_ID.eq(filter.consultantStaffId()));
        }
        if (filter.organizationId() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CONSULTATION_ORGANIZATION).where(
                    CONSULTATION_ORGANIZATION.CONSULTATION_ID.eq(CONSULTATION.ID),
                    CONSULTATION_ORGANIZATION.ORGANIZATION_ID.eq(filter.organizationId()))));
        }
        if (filter.period() != null) {
            conditions.add(CONSULTATION.HELD_AT.ge(Times.fromBangkok(filter.period().start().atStartOfDay())));
            conditions.add(CONSULTATION.HELD_AT.lt(Times.fromBangkok(filter.period().end().plusDays(1).atStartOfDay())));
        }
        if (textHits != null) {
            conditions.add(CONSULTATION.ID.in(textHits));
        }
        var organizations = DSL.field(DSL.select(DSL.groupConcat(ORGANIZATION.NAME_TH).separator(", "))
                .from(CONSULTATION_ORGANIZATION).join(ORGANIZATION)
                .on(ORGANIZATION.ID.eq(CONSULTATION_ORGANIZATION.ORGANIZATION_ID))
                .where(CONSULTATION_ORGANIZATION.CONSULTATION_ID.eq(CONSULTATION.ID)));
        var open = DSL.field(DSL.selectCount().from(ACTION_ITEM)
                .where(ACTION_ITEM.CONSULTATION_ID.eq(CONSULTATION.ID), ACTION_ITEM.DONE_AT.isNull()));
        var overdue = DSL.field(DSL.selectCount().from(ACTION_ITEM)
                .where(ACTION_ITEM.CONSULTATION_ID.eq(CONSULTATION.ID), ACTION_ITEM.DONE_AT.isNull(),
                        ACTION_ITEM.DUE_ON.lt(today)));
        return dsl.select(CONSULTATION.ID, CONSULTATION.HELD_AT, CONSULTATION.KIND, CONSULTATION.SUBJECT,
                        STAFF.DISPLAY_NAME, organizations, open, overdue)
                .from(CONSULTATION).leftJoin(STAFF).on(STAFF.ID.eq(CONSULTATION.CONSULTANT_STAFF_ID))
                .where(conditions).orderBy(CONSULTATION.HELD_AT.desc()).limit(LIST_LIMIT)
                .fetch(r -> new ConsultationRow(r.value1(), Times.toBangkok(r.value2()),
                        ConsultationKind.fromCode(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
    }

    public Attendance attendance(DSLContext dsl, String consultationId) {
        List<Ref> organizations = dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH).from(CONSULTATION_ORGANIZATION)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(CONSULTATION_ORGANIZATION.ORGANIZATION_ID))
                .where(CONSULTATION_ORGANIZATION.CONSULTATION_ID.eq(consultationId)).orderBy(ORGANIZATION.SORT_KEY)
                .fetch(r -> new Ref(r.value1(), r.value2()));
        List<Ref> people = dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH)
                .from(CONSULTATION_PERSON).join(PERSON).on(PERSON.ID.eq(CONSULTATION_PERSON.PERSON_ID))
                .where(CONSULTATION_PERSON.CONSULTATION_ID.eq(consultationId)).orderBy(PERSON.SORT_KEY)
                .fetch(r -> new Ref(r.value1(), personName(r.value2(), r.value3(), r.value4())));
        return new Attendance(organizations, people);
    }

    /** Replaces who was present. */
    public void setAttendance(DSLContext tx, String consultationId, Collection<String> organizationIds,
            Collection<String> personIds, LocalDateTime now, String actingId) {
        tx.deleteFrom(CONSULTATION_ORGANIZATION).where(CONSULTATION_ORGANIZATION.CONSULTATION_ID.eq(consultationId))
                .execute();
        tx.deleteFrom(CONSULTATION_PERSON).where(CONSULTATION_PERSON.CONSULTATION_ID.eq(consultationId)).execute();
        for (String organizationId : organizationIds) {
            tx.insertInto(CONSULTATION_ORGANIZATION).set(CONSULTATION_ORGANIZATION.ID, Ids.newId())
                    .set(CONSULTATION_ORGANIZATION.CONSULTATION_ID, consultationId)
                    .set(CONSULTATION_ORGANIZATION.ORGANIZATION_ID, organizationId)
                    .set(CONSULTATION_ORGANIZATION.CREATED_AT, now).set(CONSULTATION_ORGANIZATION.UPDATED_AT, now)
                    .set(CONSULTATION_ORGANIZATION.UPDATED_BY, actingId).execute();
        }
        for (String personId : personIds) {
            tx.insertInto(CONSULTATION_PERSON).set(CONSULTATION_PERSON.ID, Ids.newId())
                    .set(CONSULTATION_PERSON.CONSULTATION_ID, consultationId)
                    .set(CONSULTATION_PERSON.PERSON_ID, personId)
                    .set(CONSULTATION_PERSON.CREATED_AT, now).set(CONSULTATION_PERSON.UPDATED_AT, now)
                    .set(CONSULTATION_PERSON.UPDATED_BY, actingId).execute();
        }
    }

    /** Organizations that have been at a consultation, in Thai order: the organization filter's choices. */
    public List<Ref> organizationsSeen(DSLContext dsl) {
        return dsl.selectDistinct(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.SORT_KEY)
                .from(CONSULTATION_ORGANIZATION).join(ORGANIZATION)
                .on(ORGANIZATION.ID.eq(CONSULTATION_ORGANIZATION.ORGANIZATION_ID))
                .orderBy(ORGANIZATION.SORT_KEY).fetch(r -> new Ref(r.value1(), r.value2()));
    }

    /** Organizations by id, in the order given (the search index's hits). */
    public List<Ref> organizationRefs(DSLContext dsl, List<String> ids) {
        java.util.Map<String, Ref> byId = new java.util.HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH).from(ORGANIZATION).where(ORGANIZATION.ID.in(ids))
                .fetch().forEach(r -> byId.put(r.value1(), new Ref(r.value1(), r.value2())));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** Rows of one consultation's items. */
    public List<ActionItemRow> itemRows(DSLContext dsl, String consultationId, LocalDate today) {
        return itemRows(dsl, ACTION_ITEM.CONSULTATION_ID.eq(consultationId), today);
    }

    /** Rows of every open item past its due date on {@code today}, the longest overdue first. */
    /** The {@code limit} longest overdue open items. */
    public List<ActionItemRow> overdueRows(DSLContext dsl, LocalDate today, int limit) {
        return itemRows(dsl, overdue(today), today, limit);
    }

    public int overdueCount(DSLContext dsl, LocalDate today) {
        return dsl.fetchCount(ACTION_ITEM, overdue(today));
    }

    private static Condition overdue(LocalDate today) {
        return ACTION_ITEM.DONE_AT.isNull().and(ACTION_ITEM.DUE_ON.lt(today));
    }

    /** Rows of the open items a staff member owns. */
    public List<ActionItemRow> openRowsFor(DSLContext dsl, String staffId, LocalDate today) {
        return itemRows(dsl, ACTION_ITEM.DONE_AT.isNull().and(ACTION_ITEM.OWNER_STAFF_ID.eq(staffId)), today);
    }

    private static List<ActionItemRow> itemRows(DSLContext dsl, Condition condition, LocalDate today) {
        return itemRows(dsl, condition, today, Integer.MAX_VALUE);
    }

    private static List<ActionItemRow> itemRows(DSLContext dsl, Condition condition, LocalDate today, int limit) {
        return dsl.select(ACTION_ITEM.ID, ACTION_ITEM.CONSULTATION_ID, ACTION_ITEM.WHAT, ACTION_ITEM.OWNER_STAFF_ID,
                        ACTION_ITEM.OWNER_PERSON_ID, ACTION_ITEM.DUE_ON, ACTION_ITEM.DONE_AT, CONSULTATION.SUBJECT,
                        STAFF.DISPLAY_NAME, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH)
                .from(ACTION_ITEM).join(CONSULTATION).on(CONSULTATION.ID.eq(ACTION_ITEM.CONSULTATION_ID))
                .leftJoin(STAFF).on(STAFF.ID.eq(ACTION_ITEM.OWNER_STAFF_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.OWNER_PERSON_ID))
                .where(condition)
                .orderBy(ACTION_ITEM.DUE_ON.asc().nullsLast(), ACTION_ITEM.CREATED_AT)
                .limit(limit)
                .fetch(r -> toRow(r, today));
    }

    private static ActionItemRow toRow(Record r, LocalDate today) {
        ActionItem item = new ActionItem(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.CONSULTATION_ID),
                r.get(ACTION_ITEM.WHAT), r.get(ACTION_ITEM.OWNER_STAFF_ID), r.get(ACTION_ITEM.OWNER_PERSON_ID),
                r.get(ACTION_ITEM.DUE_ON), r.get(ACTION_ITEM.DONE_AT));
        String owner = r.get(STAFF.DISPLAY_NAME) != null ? r.get(STAFF.DISPLAY_NAME)
                : r.get(PERSON.FIRST_NAME_TH) == null ? null
                : personName(r.get(PERSON.TITLE_PREFIX), r.get(PERSON.FIRST_NAME_TH), r.get(PERSON.LAST_NAME_TH));
        return new ActionItemRow(item, r.get(CONSULTATION.SUBJECT), owner, item.daysOverdue(today));
    }

    private static String personName(String prefix, String first, String last) {
        return new PersonListItem(null, prefix, first, last, null, null, null).displayName();
    }
}
