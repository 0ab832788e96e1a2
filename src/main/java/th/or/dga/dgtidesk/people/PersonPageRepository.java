package th.or.dga.dgtidesk.people;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSENT;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Times;

/** The links of one person's page, each one indexed query; and the consent ledger. */
public final class PersonPageRepository {

    public PersonLinks links(DSLContext dsl, String personId) {
        List<PersonLinks.Attendance> registrations = dsl.select(WORKSHOP.ID, WORKSHOP.CODE, WORKSHOP.TITLE_TH,
                        WORKSHOP.STARTS_AT, REGISTRATION.STATUS, REGISTRATION.CHECKED_IN_AT)
                .from(REGISTRATION).join(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.WORKSHOP_ID))
                .where(REGISTRATION.PERSON_ID.eq(personId)).orderBy(WORKSHOP.STARTS_AT.desc())
                .fetch(r -> new PersonLinks.Attendance(r.value1(), r.value2(), r.value3(), bangkok(r.value4()),
                        r.value5(), bangkok(r.value6())));
        List<PersonLinks.Meeting> consultations = dsl.select(CONSULTATION.ID, CONSULTATION.HELD_AT,
                        CONSULTATION.KIND, CONSULTATION.SUBJECT)
                .from(CONSULTATION_PERSON).join(CONSULTATION).on(CONSULTATION.ID.eq(CONSULTATION_PERSON.CONSULTATION_ID))
                .where(CONSULTATION_PERSON.PERSON_ID.eq(personId)).orderBy(CONSULTATION.HELD_AT.desc())
                .fetch(r -> new PersonLinks.Meeting(r.value1(), bangkok(r.value2()), r.value3(), r.value4()));
        List<PersonLinks.Role> roles = dsl.select(INNOVATOR.ID, INNOVATOR.NAME, INNOVATOR.ROSTER_STATUS,
                        INNOVATOR.CONTACT_PERSON_ID)
                .from(INNOVATOR)
                .where(INNOVATOR.PERSON_ID.eq(personId).or(INNOVATOR.CONTACT_PERSON_ID.eq(personId)))
                .orderBy(INNOVATOR.SORT_KEY)
                .fetch(r -> new PersonLinks.Role(r.value1(), r.value2(), r.value3(), personId.equals(r.value4())));
        List<PersonLinks.Need> needs = dsl.select(AGENCY_NEED.ID, AGENCY_NEED.TITLE, AGENCY_NEED.STATUS,
                        AGENCY_NEED.RECEIVED_ON)
                .from(AGENCY_NEED).where(AGENCY_NEED.CONTACT_PERSON_ID.eq(personId))
                .orderBy(AGENCY_NEED.RECEIVED_ON.desc())
                .fetch(r -> new PersonLinks.Need(r.value1(), r.value2(), r.value3(), r.value4()));
        return new PersonLinks(registrations, consultations, roles, needs, consents(dsl, personId));
    }

    /** The consent ledger, oldest first: a withdrawal is a new entry, never an edit. */
    public List<PersonLinks.ConsentEntry> consents(DSLContext dsl, String personId) {
        return dsl.select(CONSENT.KIND, CONSENT.PURPOSES, CONSENT.NOTICE_VERSION, CONSENT.OCCURRED_AT, CONSENT.SOURCE)
                .from(CONSENT).where(CONSENT.PERSON_ID.eq(personId)).orderBy(CONSENT.OCCURRED_AT, CONSENT.CREATED_AT)
                .fetch(r -> new PersonLinks.ConsentEntry(r.value1(), r.value2(), r.value3(), bangkok(r.value4()),
                        r.value5()));
    }

    public void addConsent(DSLContext tx, String personId, String kind, String purposes, String noticeVersion,
            LocalDateTime occurredAtUtc, String source, LocalDateTime now, String actingId) {
        tx.insertInto(CONSENT, CONSENT.ID, CONSENT.PERSON_ID, CONSENT.KIND, CONSENT.PURPOSES, CONSENT.NOTICE_VERSION,
                        CONSENT.OCCURRED_AT, CONSENT.SOURCE, CONSENT.CREATED_AT, CONSENT.UPDATED_AT,
                        CONSENT.UPDATED_BY)
                .values(Ids.newId(), personId, kind, purposes, noticeVersion, occurredAtUtc, source, now, now,
                        actingId)
                .execute();
    }

    private static LocalDateTime bangkok(LocalDateTime utc) {
        return utc == null ? null : Times.toBangkok(utc);
    }
}
