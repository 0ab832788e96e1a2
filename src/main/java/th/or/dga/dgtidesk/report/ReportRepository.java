package th.or.dga.dgtidesk.report;

import static th.or.dga.dgtidesk.db.generated.Tables.ACTION_ITEM;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.STAFF;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.generated.tables.Organization;
import th.or.dga.dgtidesk.db.generated.tables.Person;
import th.or.dga.dgtidesk.kpi.BangkokDays;

/**
 * The rows listed on the weekly report's sheets. Totals are not recounted here — they come from
 * the KPI module; these are the records behind them. Times come back in Bangkok wall-clock time.
 */
public final class ReportRepository {

    /** A workshop that starts in the period, with its registrations by status. */
    public record WorkshopLine(String code, String titleTh, String titleEn, String kind, LocalDateTime startsAt,
            LocalDateTime endsAt, String venue, String status, Integer capacity, int registered, int waitlisted,
            int attended, int noShow, int cancelled) {
    }

    /** One registration of a workshop that starts in the period; names, e-mail and phone are personal data. */
    public record ParticipantLine(String workshopCode, LocalDateTime workshopStartsAt, String titlePrefix,
            String firstName, String lastName, String organization, String sector, String province, String email,
            String phone, String status, LocalDateTime registeredAt, LocalDateTime checkedInAt) {
    }

    /** An innovator who joined in the period; the contact's name is personal data. */
    public record InnovatorLine(String name, String kind, String rosterStatus, LocalDate joinedOn, String cohort,
            boolean consentToPublish, int solutions, String contactName) {
    }

    /** A consultation held in the period and one of its action items (null item fields when it has none). */
    public record ConsultationLine(LocalDateTime heldAt, String kind, String subject, String consultant,
            String organizations, String actionItem, String ownerStaff, String ownerPerson, LocalDate dueOn,
            LocalDateTime doneAt) {
    }

    /** A need received in the period or a match that changed stage in it (null match fields when none). */
    public record NeedMatchLine(String needTitle, String agency, String priority, LocalDate receivedOn,
            String needStatus, String solution, String innovator, String stage, LocalDateTime stageChangedAt,
            Long estimatedSatang, Long realisedSatang) {
    }

    public List<WorkshopLine> workshops(DSLContext dsl, DateRange range) {
        return dsl.select(WORKSHOP.CODE, WORKSHOP.TITLE_TH, WORKSHOP.TITLE_EN, WORKSHOP.KIND, WORKSHOP.STARTS_AT,
                        WORKSHOP.ENDS_AT, WORKSHOP.VENUE, WORKSHOP.STATUS, WORKSHOP.CAPACITY,
                        countOf("registered"), countOf("waitlisted"), countOf("attended"), countOf("no_show"),
                        countOf("cancelled"))
                .from(WORKSHOP)
                .leftJoin(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .where(BangkokDays.within(WORKSHOP.STARTS_AT, range))
                .groupBy(WORKSHOP.ID)
                .orderBy(WORKSHOP.STARTS_AT, WORKSHOP.CODE)
                .fetch(r -> new WorkshopLine(r.value1(), r.value2(), r.value3(), r.value4(),
                        Times.toBangkok(r.value5()), Times.toBangkok(r.value6()), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11(), r.value12(), r.value13(), r.value14()));
    }

    private static Field<Integer> countOf(String status) {
        return DSL.count().filterWhere(REGISTRATION.STATUS.eq(status));
    }

    /** Hands each registration to {@code sink} as it is read, so a national-size list is never all in memory. */
    public void participants(DSLContext dsl, DateRange range, Consumer<ParticipantLine> sink) {
        // Values are read by position (value1 … value13): 250,000 rows × 13 look-ups by field add up.
        try (var cursor = dsl.select(WORKSHOP.CODE, WORKSHOP.STARTS_AT, PERSON.TITLE_PREFIX,
                        PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, ORGANIZATION.NAME_TH, ORGANIZATION.KIND,
                        DSL.coalesce(PERSON.PROVINCE, ORGANIZATION.PROVINCE), PERSON.EMAIL, PERSON.PHONE,
                        REGISTRATION.STATUS, REGISTRATION.REGISTERED_AT, REGISTRATION.CHECKED_IN_AT)
                .from(WORKSHOP)
                .join(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .join(PERSON).on(PERSON.ID.eq(REGISTRATION.PERSON_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID))
                .where(BangkokDays.within(WORKSHOP.STARTS_AT, range))
                .orderBy(WORKSHOP.STARTS_AT, WORKSHOP.CODE, PERSON.SORT_KEY)
                .fetchSize(1000)
                .fetchLazy()) {
            for (var r : cursor) {
                sink.accept(new ParticipantLine(r.value1(), Times.toBangkok(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        toBangkokOrNull(r.value12()), toBangkokOrNull(r.value13())));
            }
        }
    }

    public List<InnovatorLine> innovators(DSLContext dsl, DateRange range) {
        Person contact = PERSON.as("contact");
        Field<Integer> solutions = DSL.selectCount().from(SOLUTION).where(SOLUTION.INNOVATOR_ID.eq(INNOVATOR.ID))
                .asField("solutions");
        return dsl.select(INNOVATOR.NAME, INNOVATOR.KIND, INNOVATOR.ROSTER_STATUS, INNOVATOR.JOINED_ON,
                        INNOVATOR.COHORT, INNOVATOR.CONSENT_TO_PUBLISH, solutions, contact.FIRST_NAME_TH,
                        contact.LAST_NAME_TH)
                .from(INNOVATOR)
                .leftJoin(contact).on(contact.ID.eq(INNOVATOR.CONTACT_PERSON_ID))
                .where(INNOVATOR.JOINED_ON.between(range.start(), range.end()))
                .orderBy(INNOVATOR.JOINED_ON, INNOVATOR.SORT_KEY)
                .fetch(r -> new InnovatorLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6()), r.value7(), fullName(r.value8(), r.value9())));
    }

    public List<ConsultationLine> consultations(DSLContext dsl, DateRange range) {
        Map<String, String> organizations = new LinkedHashMap<>();
        dsl.select(CONSULTATION_ORGANIZATION.CONSULTATION_ID, ORGANIZATION.NAME_TH)
                .from(CONSULTATION)
                .join(CONSULTATION_ORGANIZATION).on(CONSULTATION_ORGANIZATION.CONSULTATION_ID.eq(CONSULTATION.ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(CONSULTATION_ORGANIZATION.ORGANIZATION_ID))
                .where(BangkokDays.within(CONSULTATION.HELD_AT, range))
                .orderBy(ORGANIZATION.SORT_KEY)
                .forEach(r -> organizations.merge(r.value1(), r.value2(), (a, b) -> a + ", " + b));
        var consultant = STAFF.as("consultant");
        var ownerStaff = STAFF.as("owner_staff");
        Person owner = PERSON.as("owner");
        List<ConsultationLine> lines = new ArrayList<>();
        dsl.select(CONSULTATION.ID, CONSULTATION.HELD_AT, CONSULTATION.KIND, CONSULTATION.SUBJECT,
                        consultant.DISPLAY_NAME, ACTION_ITEM.WHAT, ownerStaff.DISPLAY_NAME, owner.FIRST_NAME_TH,
                        owner.LAST_NAME_TH, ACTION_ITEM.DUE_ON, ACTION_ITEM.DONE_AT)
                .from(CONSULTATION)
                .leftJoin(consultant).on(consultant.ID.eq(CONSULTATION.CONSULTANT_STAFF_ID))
                .leftJoin(ACTION_ITEM).on(ACTION_ITEM.CONSULTATION_ID.eq(CONSULTATION.ID))
                .leftJoin(ownerStaff).on(ownerStaff.ID.eq(ACTION_ITEM.OWNER_STAFF_ID))
                .leftJoin(owner).on(owner.ID.eq(ACTION_ITEM.OWNER_PERSON_ID))
                .where(BangkokDays.within(CONSULTATION.HELD_AT, range))
                .orderBy(CONSULTATION.HELD_AT, CONSULTATION.ID, ACTION_ITEM.DUE_ON, ACTION_ITEM.CREATED_AT)
                .forEach(r -> lines.add(new ConsultationLine(Times.toBangkok(r.value2()), r.value3(), r.value4(),
                        r.value5(), organizations.get(r.value1()), r.value6(), r.value7(),
                        fullName(r.value8(), r.value9()), r.value10(), toBangkokOrNull(r.value11()))));
        return lines;
    }

    public List<NeedMatchLine> needsAndMatches(DSLContext dsl, DateRange range) {
        Organization agency = ORGANIZATION.as("agency");
        return dsl.select(AGENCY_NEED.TITLE, agency.NAME_TH, AGENCY_NEED.PRIORITY, AGENCY_NEED.RECEIVED_ON,
                        AGENCY_NEED.STATUS, SOLUTION.NAME, INNOVATOR.NAME, SOLUTION_MATCH.STAGE,
                        SOLUTION_MATCH.STAGE_CHANGED_AT, SOLUTION_MATCH.ESTIMATED_VALUE_SATANG,
                        SOLUTION_MATCH.REALISED_VALUE_SATANG)
                .from(AGENCY_NEED)
                .join(agency).on(agency.ID.eq(AGENCY_NEED.AGENCY_ID))
                .leftJoin(SOLUTION_MATCH).on(SOLUTION_MATCH.NEED_ID.eq(AGENCY_NEED.ID))
                .leftJoin(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                .leftJoin(INNOVATOR).on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID))
                .where(AGENCY_NEED.RECEIVED_ON.between(range.start(), range.end())
                        .or(BangkokDays.within(SOLUTION_MATCH.STAGE_CHANGED_AT, range)))
                .orderBy(AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.TITLE, SOLUTION_MATCH.STAGE_CHANGED_AT)
                .fetch(r -> new NeedMatchLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), toBangkokOrNull(r.value9()), r.value10(), r.value11()));
    }

    private static LocalDateTime toBangkokOrNull(LocalDateTime utc) {
        return utc == null ? null : Times.toBangkok(utc);
    }

    private static String fullName(String first, String last) {
        if (first == null) {
            return null;
        }
        return last == null ? first : first + " " + last;
    }
}
