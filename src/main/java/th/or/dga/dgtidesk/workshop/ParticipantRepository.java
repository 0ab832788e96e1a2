package th.or.dga.dgtidesk.workshop;

import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** A workshop's participants joined with their person and organization, names in Thai order. */
public final class ParticipantRepository {

    public List<Participant> participants(DSLContext dsl, String workshopId) {
        return fetch(dsl, REGISTRATION.WORKSHOP_ID.eq(workshopId));
    }

    public List<Participant> byRegistrationIds(DSLContext dsl, List<String> registrationIds) {
        return registrationIds.isEmpty() ? List.of() : fetch(dsl, REGISTRATION.ID.in(registrationIds));
    }

    private static List<Participant> fetch(DSLContext dsl, Condition condition) {
        return dsl.select(REGISTRATION.ID, REGISTRATION.PERSON_ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH,
                        PERSON.LAST_NAME_TH, ORGANIZATION.NAME_TH, ORGANIZATION.KIND, PERSON.PHONE, PERSON.EMAIL,
                        REGISTRATION.STATUS, REGISTRATION.WAITLIST_POSITION, REGISTRATION.REGISTERED_AT,
                        REGISTRATION.SOURCE, REGISTRATION.CHECKED_IN_AT, REGISTRATION.CHECKIN_CODE)
                .from(REGISTRATION)
                .join(PERSON).on(PERSON.ID.eq(REGISTRATION.PERSON_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID))
                .where(condition)
                .orderBy(PERSON.SORT_KEY)
                .fetch(ParticipantRepository::toParticipant);
    }

    private static Participant toParticipant(Record r) {
        return new Participant(r.get(REGISTRATION.ID), r.get(REGISTRATION.PERSON_ID), r.get(PERSON.TITLE_PREFIX),
                r.get(PERSON.FIRST_NAME_TH), r.get(PERSON.LAST_NAME_TH), r.get(ORGANIZATION.NAME_TH),
                r.get(ORGANIZATION.KIND), r.get(PERSON.PHONE), r.get(PERSON.EMAIL),
                RegistrationStatus.fromCode(r.get(REGISTRATION.STATUS)), r.get(REGISTRATION.WAITLIST_POSITION),
                r.get(REGISTRATION.REGISTERED_AT), r.get(REGISTRATION.SOURCE), r.get(REGISTRATION.CHECKED_IN_AT),
                r.get(REGISTRATION.CHECKIN_CODE));
    }
}
