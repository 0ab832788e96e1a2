package th.or.dga.dgtidesk.security;

import static th.or.dga.dgtidesk.db.generated.Tables.STAFF;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import th.or.dga.dgtidesk.db.generated.tables.records.StaffRecord;

/** Staff rows. */
public final class StaffRepository {

    public List<Staff> all(DSLContext dsl) {
        return dsl.selectFrom(STAFF).orderBy(STAFF.CREATED_AT, STAFF.USERNAME).fetch(StaffRepository::toStaff);
    }

    public Optional<Staff> byUsername(DSLContext dsl, String username) {
        return dsl.selectFrom(STAFF).where(STAFF.USERNAME.eq(username)).fetchOptional(StaffRepository::toStaff);
    }

    public Optional<Staff> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchOptional(StaffRepository::toStaff);
    }

    /** The first active admin: who acts when nobody was named. */
    public Optional<Staff> firstAdmin(DSLContext dsl) {
        return dsl.selectFrom(STAFF)
                .where(STAFF.ROLE.eq(Role.ADMIN.code()), STAFF.ACTIVE.isTrue())
                .orderBy(STAFF.CREATED_AT, STAFF.USERNAME)
                .limit(1)
                .fetchOptional(StaffRepository::toStaff);
    }

    public int countActiveAdmins(DSLContext dsl) {
        return dsl.fetchCount(STAFF, STAFF.ROLE.eq(Role.ADMIN.code()).and(STAFF.ACTIVE.isTrue()));
    }

    public void insert(DSLContext dsl, Staff staff, LocalDateTime now, String actingId) {
        StaffRecord record = dsl.newRecord(STAFF);
        record.setId(staff.id());
        record.setUsername(staff.username());
        record.setDisplayName(staff.displayName());
        record.setRole(staff.role().code());
        record.setActive(staff.active());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    public void update(DSLContext dsl, Staff staff, LocalDateTime now, String actingId) {
        dsl.update(STAFF)
                .set(STAFF.USERNAME, staff.username())
                .set(STAFF.DISPLAY_NAME, staff.displayName())
                .set(STAFF.ROLE, staff.role().code())
                .set(STAFF.ACTIVE, staff.active())
                .set(STAFF.UPDATED_AT, now)
                .set(STAFF.UPDATED_BY, actingId)
                .where(STAFF.ID.eq(staff.id()))
                .execute();
    }

    private static Staff toStaff(Record r) {
        return new Staff(r.get(STAFF.ID), r.get(STAFF.USERNAME), r.get(STAFF.DISPLAY_NAME),
                Role.fromCode(r.get(STAFF.ROLE)), Boolean.TRUE.equals(r.get(STAFF.ACTIVE)));
    }
}
