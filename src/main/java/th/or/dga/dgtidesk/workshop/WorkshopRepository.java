package th.or.dga.dgtidesk.workshop;

import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP_FACILITATOR;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.generated.tables.records.WorkshopRecord;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.tag.TaggedKind;

/** Workshop rows. Times are converted between Bangkok wall-clock and stored UTC here. */
public final class WorkshopRepository {

    private final TagRepository tags = new TagRepository();

    public Optional<Workshop> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(WORKSHOP).where(WORKSHOP.ID.eq(id)).fetchOptional(WorkshopRepository::toWorkshop);
    }

    public Optional<Workshop> byCode(DSLContext dsl, String code) {
        return dsl.selectFrom(WORKSHOP).where(WORKSHOP.CODE.eq(code)).fetchOptional(WorkshopRepository::toWorkshop);
    }

    public boolean codeTaken(DSLContext dsl, String code, String exceptId) {
        return dsl.fetchExists(WORKSHOP, WORKSHOP.CODE.eq(code).and(WORKSHOP.ID.ne(exceptId)));
    }

    public void insert(DSLContext tx, Workshop w, LocalDateTime now, String actingId) {
        WorkshopRecord record = tx.newRecord(WORKSHOP);
        fill(record, w);
        record.setId(w.id());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    /** Writes every planning field; status and capacity have their own rules and methods. */
    public void update(DSLContext tx, Workshop w, LocalDateTime now, String actingId) {
        WorkshopRecord record = tx.fetchSingle(WORKSHOP, WORKSHOP.ID.eq(w.id()));
        Integer capacity = record.getCapacity();
        String status = record.getStatus();
        fill(record, w);
        record.setCapacity(capacity);
        record.setStatus(status);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.update();
    }

    public List<String> tags(DSLContext dsl, String workshopId) {
        return tags.names(dsl, TaggedKind.WORKSHOP, workshopId);
    }

    /** Replaces the workshop's tags, creating the tags that do not exist yet (shared with roster and needs). */
    public void replaceTags(DSLContext tx, String workshopId, List<String> names, LocalDateTime now,
            String actingId) {
        tags.replace(tx, TaggedKind.WORKSHOP, workshopId, names, now, actingId);
    }

    public List<String> facilitatorStaffIds(DSLContext dsl, String workshopId) {
        return dsl.select(WORKSHOP_FACILITATOR.STAFF_ID).from(WORKSHOP_FACILITATOR)
                .where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(workshopId)).and(WORKSHOP_FACILITATOR.STAFF_ID.isNotNull())
                .fetch(WORKSHOP_FACILITATOR.STAFF_ID);
    }

    /** Replaces the staff facilitators; facilitators who are people (guest speakers) are left as they are. */
    public void replaceFacilitatorStaff(DSLContext tx, String workshopId, List<String> staffIds, LocalDateTime now,
            String actingId) {
        tx.deleteFrom(WORKSHOP_FACILITATOR).where(WORKSHOP_FACILITATOR.WORKSHOP_ID.eq(workshopId))
                .and(WORKSHOP_FACILITATOR.STAFF_ID.isNotNull()).execute();
        for (String staffId : staffIds) {
            tx.insertInto(WORKSHOP_FACILITATOR, WORKSHOP_FACILITATOR.ID, WORKSHOP_FACILITATOR.WORKSHOP_ID,
                    WORKSHOP_FACILITATOR.STAFF_ID, WORKSHOP_FACILITATOR.CREATED_AT, WORKSHOP_FACILITATOR.UPDATED_AT,
                    WORKSHOP_FACILITATOR.UPDATED_BY)
                    .values(Ids.newId(), workshopId, staffId, now, now, actingId).execute();
        }
    }

    public void setStatus(DSLContext tx, String id, WorkshopStatus status, LocalDateTime now, String actingId) {
        tx.update(WORKSHOP).set(WORKSHOP.STATUS, status.code()).set(WORKSHOP.UPDATED_AT, now)
                .set(WORKSHOP.UPDATED_BY, actingId).where(WORKSHOP.ID.eq(id)).execute();
    }

    public void setCapacity(DSLContext tx, String id, Integer capacity, LocalDateTime now, String actingId) {
        tx.update(WORKSHOP).set(WORKSHOP.CAPACITY, capacity).set(WORKSHOP.UPDATED_AT, now)
                .set(WORKSHOP.UPDATED_BY, actingId).where(WORKSHOP.ID.eq(id)).execute();
    }

    private static void fill(WorkshopRecord record, Workshop w) {
        record.setCode(w.code());
        record.setTitleTh(w.titleTh());
        record.setTitleEn(w.titleEn());
        record.setKind(w.kind().code());
        record.setStartsAt(Times.fromBangkok(w.startsAt()));
        record.setEndsAt(Times.fromBangkok(w.endsAt()));
        record.setVenue(w.venue());
        record.setCapacity(w.capacity());
        record.setStatus(w.status().code());
        record.setDescription(w.description());
        record.setTargetGroups(w.targetGroups());
        record.setSortKey(ThaiText.sortKey(w.titleTh()));
    }

    private static Workshop toWorkshop(WorkshopRecord r) {
        return new Workshop(r.getId(), r.getCode(), r.getTitleTh(), r.getTitleEn(), WorkshopKind.fromCode(r.getKind()),
                Times.toBangkok(r.getStartsAt()), Times.toBangkok(r.getEndsAt()), r.getVenue(), r.getCapacity(),
                WorkshopStatus.fromCode(r.getStatus()), r.getDescription(), r.getTargetGroups());
    }
}
