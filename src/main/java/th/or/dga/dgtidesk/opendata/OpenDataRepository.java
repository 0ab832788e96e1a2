package th.or.dga.dgtidesk.opendata;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Times;

/**
 * The records open data may show: workshops that were planned in public (not drafts), the
 * innovators who consented to publication and their solutions, and needs marked public.
 * Nothing here reads a person's name, e-mail or phone.
 */
public final class OpenDataRepository {

    public record WorkshopRow(String code, String titleTh, String titleEn, String kind, LocalDateTime startsAt,
            LocalDateTime endsAt, String status, Integer capacity, long attended) {
    }

    public record InnovatorRow(String id, String name, String kind, String rosterStatus, LocalDate joinedOn,
            String cohort, String province) {
    }

    public record SolutionRow(String id, String innovatorId, String name, String summary, Integer trl,
            String serviceAreas, String link) {
    }

    public record NeedRow(String id, String agency, String agencyKind, String title, String problem,
            String desiredOutcome, String priority, LocalDate receivedOn, String status) {
    }

    public List<WorkshopRow> workshops(DSLContext dsl) {
        return dsl.select(WORKSHOP.CODE, WORKSHOP.TITLE_TH, WORKSHOP.TITLE_EN, WORKSHOP.KIND, WORKSHOP.STARTS_AT,
                        WORKSHOP.ENDS_AT, WORKSHOP.STATUS, WORKSHOP.CAPACITY,
                        DSL.count().filterWhere(REGISTRATION.STATUS.eq("attended")))
                .from(WORKSHOP)
                .leftJoin(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .where(WORKSHOP.STATUS.ne("draft"))
                .groupBy(WORKSHOP.ID)
                .orderBy(WORKSHOP.STARTS_AT, WORKSHOP.CODE)
                .fetch(r -> new WorkshopRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        Times.toBangkok(r.value5()), Times.toBangkok(r.value6()), r.value7(), r.value8(),
                        r.value9()));
    }

    /** The day the first workshop started (Bangkok), if any: where the yearly breakdowns begin. */
    public Optional<LocalDate> firstWorkshopDay(DSLContext dsl) {
        return Optional.ofNullable(dsl.select(DSL.min(WORKSHOP.STARTS_AT)).from(WORKSHOP)
                        .where(WORKSHOP.STATUS.ne("draft")).fetchOne(0, LocalDateTime.class))
                .map(utc -> Times.toBangkok(utc).toLocalDate());
    }

    public List<InnovatorRow> consentingInnovators(DSLContext dsl) {
        return dsl.select(INNOVATOR.ID, INNOVATOR.NAME, INNOVATOR.KIND, INNOVATOR.ROSTER_STATUS, INNOVATOR.JOINED_ON,
                        INNOVATOR.COHORT, ORGANIZATION.PROVINCE)
                .from(INNOVATOR)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(INNOVATOR.ORGANIZATION_ID))
                .where(INNOVATOR.CONSENT_TO_PUBLISH.isTrue())
                .orderBy(INNOVATOR.SORT_KEY)
                .fetch(r -> new InnovatorRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    public List<SolutionRow> solutionsOfConsentingInnovators(DSLContext dsl) {
        return dsl.select(SOLUTION.ID, SOLUTION.INNOVATOR_ID, SOLUTION.NAME, SOLUTION.SUMMARY, SOLUTION.TRL,
                        SOLUTION.SERVICE_AREAS, SOLUTION.LINK)
                .from(SOLUTION)
                .join(INNOVATOR).on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID))
                .where(INNOVATOR.CONSENT_TO_PUBLISH.isTrue())
                .orderBy(INNOVATOR.SORT_KEY, SOLUTION.NAME)
                .fetch(r -> new SolutionRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    public List<NeedRow> publicNeeds(DSLContext dsl) {
        return dsl.select(AGENCY_NEED.ID, ORGANIZATION.NAME_TH, ORGANIZATION.KIND, AGENCY_NEED.TITLE,
                        AGENCY_NEED.PROBLEM_STATEMENT, AGENCY_NEED.DESIRED_OUTCOME, AGENCY_NEED.PRIORITY,
                        AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.STATUS)
                .from(AGENCY_NEED)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_NEED.AGENCY_ID))
                .where(AGENCY_NEED.IS_PUBLIC.isTrue())
                .orderBy(AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.TITLE)
                .fetch(r -> new NeedRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }
}
