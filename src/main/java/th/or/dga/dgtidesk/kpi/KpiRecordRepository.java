package th.or.dga.dgtidesk.kpi;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.MATCH_STAGE_CHANGE;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.STAFF;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;
import static th.or.dga.dgtidesk.kpi.KpiRepository.SURVIVOR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.kpi.KpiRecord.Opens;
import th.or.dga.dgtidesk.kpi.KpiRepository.Counted;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.people.PersonListItem;

/**
 * The records behind a KPI's number, read from the same {@link Counted} definition as the count.
 * Only tables joined by their primary key are added (never multiplying rows), so a list is exactly
 * as long as its number; a test checks this for every KPI that lists records.
 */
public final class KpiRecordRepository {

    /** Whether the dashboard can list the records behind {@code kpi}. */
    public static boolean lists(Kpi kpi) {
        return switch (kpi) {
            case WORKSHOPS_HELD, REGISTRATIONS, ATTENDED, NO_SHOWS, ATTENDANCE_RATE, UNIQUE_PARTICIPANTS,
                    CONSULTATIONS_HELD, NEEDS_RECEIVED, MATCHES_CREATED, ADOPTIONS -> true;
            default -> false;
        };
    }

    public List<KpiRecord> records(DSLContext dsl, Kpi kpi, DateRange range) {
        return switch (kpi) {
            case WORKSHOPS_HELD -> workshops(dsl, KpiRepository.workshopsHeld(range));
            case REGISTRATIONS -> registrations(dsl, KpiRepository.registrations(range), REGISTRATION.REGISTERED_AT);
            case ATTENDED -> registrations(dsl, KpiRepository.attended(range), WORKSHOP.STARTS_AT);
            case NO_SHOWS -> registrations(dsl, KpiRepository.noShows(range), WORKSHOP.STARTS_AT);
            // The rate is taken over the attended and the no-shows.
            case ATTENDANCE_RATE -> registrations(dsl, KpiRepository.expected(range), WORKSHOP.STARTS_AT);
            case UNIQUE_PARTICIPANTS -> participants(dsl, KpiRepository.participants(range));
            case CONSULTATIONS_HELD -> consultations(dsl, KpiRepository.consultationsHeld(range));
            case NEEDS_RECEIVED -> needs(dsl, KpiRepository.needsReceived(range));
            case MATCHES_CREATED -> stageChanges(dsl, KpiRepository.matchesCreated(range));
            case ADOPTIONS -> stageChanges(dsl, KpiRepository.adoptions(range));
            default -> throw new IllegalArgumentException(kpi + " lists no records");
        };
    }

    /** The matches standing in {@code stage} now. */
    public List<KpiRecord> matchesInStage(DSLContext dsl, MatchStage stage) {
        return matches(dsl, KpiRepository.inStage(stage), SOLUTION_MATCH.STAGE_CHANGED_AT);
    }

    private static List<KpiRecord> workshops(DSLContext dsl, Counted held) {
        return dsl.select(WORKSHOP.ID, WORKSHOP.STARTS_AT, WORKSHOP.TITLE_TH, WORKSHOP.CODE, WORKSHOP.STATUS)
                .from(held.from()).where(held.where())
                .orderBy(WORKSHOP.STARTS_AT, WORKSHOP.CODE)
                .fetch(r -> new KpiRecord(Opens.WORKSHOP, r.value1(), day(r.value2()), r.value3(), r.value4(),
                        "workshop.status." + r.value5()));
    }

    /** Registrations, each opening the person it counts as, dated by {@code when}. */
    private static List<KpiRecord> registrations(DSLContext dsl, Counted counted, Field<LocalDateTime> when) {
        return dsl.select(DSL.coalesce(PERSON.MERGED_INTO_ID, PERSON.ID), when, PERSON.TITLE_PREFIX,
                        PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, WORKSHOP.CODE, WORKSHOP.TITLE_TH,
                        REGISTRATION.STATUS)
                .from(counted.from().leftJoin(PERSON).on(PERSON.ID.eq(REGISTRATION.PERSON_ID)))
                .where(counted.where())
                .orderBy(when, WORKSHOP.CODE, PERSON.SORT_KEY)
                .fetch(r -> new KpiRecord(Opens.PERSON, r.value1(), day(r.value2()),
                        name(r.value3(), r.value4(), r.value5()), r.value6() + "  " + r.value7(),
                        "registration.status." + r.value8()));
    }

    /** Each person once: the fields are the survivor's own, so DISTINCT leaves one row per survivor. */
    private static List<KpiRecord> participants(DSLContext dsl, Counted participants) {
        return dsl.selectDistinct(SURVIVOR.ID, SURVIVOR.TITLE_PREFIX, SURVIVOR.FIRST_NAME_TH, SURVIVOR.LAST_NAME_TH,
                        ORGANIZATION.NAME_TH, ORGANIZATION.KIND, SURVIVOR.SORT_KEY)
                .from(participants.from().leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(SURVIVOR.ORGANIZATION_ID)))
                .where(participants.where())
                .orderBy(SURVIVOR.SORT_KEY)
                .fetch(r -> new KpiRecord(Opens.PERSON, r.value1(), null, name(r.value2(), r.value3(), r.value4()),
                        r.value5(), "kpi.sector." + (r.value6() == null ? KpiSnapshot.UNKNOWN : r.value6())));
    }

    private static List<KpiRecord> consultations(DSLContext dsl, Counted held) {
        return dsl.select(CONSULTATION.ID, CONSULTATION.HELD_AT, CONSULTATION.SUBJECT, STAFF.DISPLAY_NAME,
                        CONSULTATION.KIND)
                .from(held.from().leftJoin(STAFF).on(STAFF.ID.eq(CONSULTATION.CONSULTANT_STAFF_ID)))
                .where(held.where())
                .orderBy(CONSULTATION.HELD_AT)
                .fetch(r -> new KpiRecord(Opens.CONSULTATION, r.value1(), day(r.value2()), r.value3(), r.value4(),
                        "consultation.kind." + r.value5()));
    }

    private static List<KpiRecord> needs(DSLContext dsl, Counted received) {
        return dsl.select(AGENCY_NEED.ID, AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.TITLE, ORGANIZATION.NAME_TH,
                        AGENCY_NEED.STATUS)
                .from(received.from().leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_NEED.AGENCY_ID)))
                .where(received.where())
                .orderBy(AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.TITLE)
                .fetch(r -> new KpiRecord(Opens.NEED, r.value1(), r.value2(), r.value3(), r.value4(),
                        "report.needStatus." + r.value5()));
    }

    private static List<KpiRecord> stageChanges(DSLContext dsl, Counted changes) {
        return matches(dsl, new Counted(changes.from().leftJoin(SOLUTION_MATCH)
                .on(SOLUTION_MATCH.ID.eq(MATCH_STAGE_CHANGE.MATCH_ID)), changes.where()), MATCH_STAGE_CHANGE.CHANGED_AT);
    }

    /** Matches as "solution — need", with the stage each stands in now, dated by {@code when}. */
    private static List<KpiRecord> matches(DSLContext dsl, Counted counted, Field<LocalDateTime> when) {
        return dsl.select(SOLUTION_MATCH.ID, when, SOLUTION.NAME, AGENCY_NEED.TITLE, SOLUTION_MATCH.STAGE)
                .from(counted.from()
                        .leftJoin(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                        .leftJoin(AGENCY_NEED).on(AGENCY_NEED.ID.eq(SOLUTION_MATCH.NEED_ID)))
                .where(counted.where())
                .orderBy(when, SOLUTION.NAME)
                .fetch(r -> new KpiRecord(Opens.MATCH, r.value1(), day(r.value2()), r.value3(), r.value4(),
                        "match.stage." + r.value5()));
    }

    private static LocalDate day(LocalDateTime utc) {
        return utc == null ? null : Times.toBangkok(utc).toLocalDate();
    }

    private static String name(String prefix, String first, String last) {
        return new PersonListItem(null, prefix, first, last, null, null, null).displayName();
    }
}
