package th.or.dga.dgtidesk.innovator;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.innovator.InnovatorPage.ConsultationLine;
import th.or.dga.dgtidesk.innovator.InnovatorPage.MatchLine;
import th.or.dga.dgtidesk.innovator.InnovatorPage.WorkshopLine;

/**
 * What an innovator took part in, read from the workshop, consultation and matching tables.
 * "Its people" are the members of its organization, the person it is, and its contact person.
 */
public final class InnovatorPageRepository {

    public List<ConsultationLine> consultations(DSLContext dsl, Innovator innovator, int limit) {
        Condition present = CONSULTATION.ID.in(DSL.select(CONSULTATION_PERSON.CONSULTATION_ID)
                .from(CONSULTATION_PERSON).where(CONSULTATION_PERSON.PERSON_ID.in(people(innovator))));
        if (innovator.organizationId() != null) {
            present = present.or(CONSULTATION.ID.in(DSL.select(CONSULTATION_ORGANIZATION.CONSULTATION_ID)
                    .from(CONSULTATION_ORGANIZATION)
                    .where(CONSULTATION_ORGANIZATION.ORGANIZATION_ID.eq(innovator.organizationId()))));
        }
        Condition aboutItsMatch = CONSULTATION.MATCH_ID.in(DSL.select(SOLUTION_MATCH.ID).from(SOLUTION_MATCH)
                .join(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                .where(SOLUTION.INNOVATOR_ID.eq(innovator.id())));
        return dsl.select(CONSULTATION.ID, CONSULTATION.HELD_AT, CONSULTATION.KIND, CONSULTATION.SUBJECT)
                .from(CONSULTATION).where(present.or(aboutItsMatch))
                .orderBy(CONSULTATION.HELD_AT.desc()).limit(limit)
                .fetch(r -> new ConsultationLine(r.value1(), Times.toBangkok(r.value2()), r.value3(), r.value4()));
    }

    public List<MatchLine> matches(DSLContext dsl, String innovatorId, int limit) {
        return dsl.select(SOLUTION_MATCH.ID, SOLUTION.NAME, AGENCY_NEED.TITLE, ORGANIZATION.NAME_TH,
                        SOLUTION_MATCH.STAGE, SOLUTION_MATCH.STAGE_CHANGED_AT)
                .from(SOLUTION_MATCH)
                .join(SOLUTION).on(SOLUTION.ID.eq(SOLUTION_MATCH.SOLUTION_ID))
                .join(AGENCY_NEED).on(AGENCY_NEED.ID.eq(SOLUTION_MATCH.NEED_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_NEED.AGENCY_ID))
                .where(SOLUTION.INNOVATOR_ID.eq(innovatorId))
                .orderBy(SOLUTION_MATCH.STAGE_CHANGED_AT.desc()).limit(limit)
                .fetch(r -> new MatchLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Times.toBangkok(r.value6())));
    }

    /** Workshops its people checked in to, newest first; one line per person and workshop. */
    public List<WorkshopLine> workshopsAttended(DSLContext dsl, Innovator innovator, int limit) {
        Condition itsPeople = PERSON.ID.in(people(innovator));
        if (innovator.organizationId() != null) {
            itsPeople = itsPeople.or(PERSON.ORGANIZATION_ID.eq(innovator.organizationId()));
        }
        return dsl.select(WORKSHOP.ID, WORKSHOP.CODE, WORKSHOP.TITLE_TH, WORKSHOP.STARTS_AT, PERSON.TITLE_PREFIX,
                        PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH)
                .from(REGISTRATION)
                .join(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.WORKSHOP_ID))
                .join(PERSON).on(PERSON.ID.eq(REGISTRATION.PERSON_ID))
                .where(REGISTRATION.STATUS.eq("attended")).and(itsPeople)
                .orderBy(WORKSHOP.STARTS_AT.desc(), PERSON.SORT_KEY).limit(limit)
                .fetch(r -> new WorkshopLine(r.value1(), r.value2(), r.value3(), Times.toBangkok(r.value4()),
                        NamePrefix.join(r.value5(), r.value6(), r.value7())));
    }

    /** The person it is (individuals) and its contact person. */
    private static List<String> people(Innovator innovator) {
        List<String> ids = new ArrayList<>();
        ids.add(innovator.personId());
        ids.add(innovator.contactPersonId());
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}
