package th.or.dga.dgtidesk.workshop;

import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.generated.tables.records.WorkshopRecord;

/** Workshop rows. Times are converted between Bangkok wall-clock and stored UTC here. */
public final class WorkshopRepository {

    public Optional<Workshop> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(WORKSHOP).where(WORKSHOP.ID.eq(id)).fetchOptional(WorkshopRepository::toWorkshop);
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
