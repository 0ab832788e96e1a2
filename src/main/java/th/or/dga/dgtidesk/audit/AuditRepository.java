package th.or.dga.dgtidesk.audit;

import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;

/** Audit rows. */
public final class AuditRepository {

    /** One entry as shown in the audit views. */
    public record Entry(LocalDateTime at, String staffId, String entity, String entityId, String action, String summary) {
    }

    void insert(DSLContext tx, LocalDateTime now, String staffId, String entity, String entityId, AuditAction action,
            String summary) {
        tx.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, Ids.newId())
                .set(AUDIT_ENTRY.AT, now)
                .set(AUDIT_ENTRY.STAFF_ID, staffId)
                .set(AUDIT_ENTRY.ENTITY, entity)
                .set(AUDIT_ENTRY.ENTITY_ID, entityId)
                .set(AUDIT_ENTRY.ACTION, action.code())
                .set(AUDIT_ENTRY.SUMMARY, summary)
                .set(AUDIT_ENTRY.CREATED_AT, now)
                .set(AUDIT_ENTRY.UPDATED_AT, now)
                .set(AUDIT_ENTRY.UPDATED_BY, staffId)
                .execute();
    }

    /** The newest entries first. */
    public List<Entry> latest(DSLContext dsl, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.AT.desc()).limit(limit)
                .fetch(r -> new Entry(r.getAt(), r.getStaffId(), r.getEntity(), r.getEntityId(), r.getAction(),
                        r.getSummary()));
    }
}
