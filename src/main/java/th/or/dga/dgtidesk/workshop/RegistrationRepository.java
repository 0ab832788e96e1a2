package th.or.dga.dgtidesk.workshop;

import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.db.generated.tables.records.RegistrationRecord;

/** Registration rows: seats, the waiting list in queue order, check-in codes. */
public final class RegistrationRepository {

    private static final List<String> SEAT_HOLDERS =
            List.of(RegistrationStatus.REGISTERED.code(), RegistrationStatus.ATTENDED.code());

    public Optional<Registration> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).fetchOptional(RegistrationRepository::toRegistration);
    }

    public Optional<Registration> byWorkshopAndPerson(DSLContext dsl, String workshopId, String personId) {
        return dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshopId), REGISTRATION.PERSON_ID.eq(personId))
                .fetchOptional(RegistrationRepository::toRegistration);
    }

    public Optional<Registration> byCheckinCode(DSLContext dsl, String workshopId, String code) {
        return dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshopId), REGISTRATION.CHECKIN_CODE.eq(code))
                .fetchOptional(RegistrationRepository::toRegistration);
    }

    public int seatsTaken(DSLContext dsl, String workshopId) {
        return dsl.fetchCount(REGISTRATION,
                REGISTRATION.WORKSHOP_ID.eq(workshopId).and(REGISTRATION.STATUS.in(SEAT_HOLDERS)));
    }

    public int waitlistLength(DSLContext dsl, String workshopId) {
        return dsl.fetchCount(REGISTRATION, REGISTRATION.WORKSHOP_ID.eq(workshopId)
                .and(REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.code())));
    }

    /** The waiting list in queue order. */
    public List<Registration> waitlist(DSLContext dsl, String workshopId, int limit) {
        return dsl.selectFrom(REGISTRATION)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshopId),
                        REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.code()))
                .orderBy(REGISTRATION.WAITLIST_POSITION)
                .limit(limit)
                .fetch(RegistrationRepository::toRegistration);
    }

    public boolean checkinCodeTaken(DSLContext dsl, String workshopId, String code) {
        return dsl.fetchExists(REGISTRATION,
                REGISTRATION.WORKSHOP_ID.eq(workshopId).and(REGISTRATION.CHECKIN_CODE.eq(code)));
    }

    public void insert(DSLContext tx, Registration r, LocalDateTime now, String actingId) {
        RegistrationRecord record = tx.newRecord(REGISTRATION);
        record.setId(r.id());
        record.setWorkshopId(r.workshopId());
        record.setPersonId(r.personId());
        record.setStatus(r.status().code());
        record.setWaitlistPosition(r.waitlistPosition());
        record.setRegisteredAt(r.registeredAt());
        record.setSource(r.source());
        record.setCheckedInAt(r.checkedInAt());
        record.setCheckinCode(r.checkinCode());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    /** Sets status, queue position and check-in time of one registration. */
    public void update(DSLContext tx, String id, RegistrationStatus status, Integer position, LocalDateTime checkedInAt,
            LocalDateTime now, String actingId) {
        tx.update(REGISTRATION)
                .set(REGISTRATION.STATUS, status.code())
                .set(REGISTRATION.WAITLIST_POSITION, position)
                .set(REGISTRATION.CHECKED_IN_AT, checkedInAt)
                .set(REGISTRATION.UPDATED_AT, now)
                .set(REGISTRATION.UPDATED_BY, actingId)
                .where(REGISTRATION.ID.eq(id))
                .execute();
    }

    /** Everyone waiting behind {@code afterPosition} moves up {@code places} places: the queue stays gapless. */
    public void moveUpWaitlist(DSLContext tx, String workshopId, int afterPosition, int places, LocalDateTime now,
            String actingId) {
        tx.update(REGISTRATION)
                .set(REGISTRATION.WAITLIST_POSITION, REGISTRATION.WAITLIST_POSITION.minus(places))
                .set(REGISTRATION.UPDATED_AT, now)
                .set(REGISTRATION.UPDATED_BY, actingId)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshopId),
                        REGISTRATION.STATUS.eq(RegistrationStatus.WAITLISTED.code()),
                        REGISTRATION.WAITLIST_POSITION.gt(afterPosition))
                .execute();
    }

    /** Moves every registration of a workshop from one status to another; returns how many. */
    public int moveAll(DSLContext tx, String workshopId, RegistrationStatus from, RegistrationStatus to,
            LocalDateTime now, String actingId) {
        return tx.update(REGISTRATION)
                .set(REGISTRATION.STATUS, to.code())
                .set(REGISTRATION.UPDATED_AT, now)
                .set(REGISTRATION.UPDATED_BY, actingId)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshopId), REGISTRATION.STATUS.eq(from.code()))
                .execute();
    }

    private static Registration toRegistration(RegistrationRecord r) {
        return new Registration(r.getId(), r.getWorkshopId(), r.getPersonId(), RegistrationStatus.fromCode(r.getStatus()),
                r.getWaitlistPosition(), r.getRegisteredAt(), r.getSource(), r.getCheckedInAt(), r.getCheckinCode());
    }
}
