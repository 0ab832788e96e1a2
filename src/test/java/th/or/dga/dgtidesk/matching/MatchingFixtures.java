package th.or.dga.dgtidesk.matching;

import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.ThaiText;

/** Organizations, people, innovators and solutions written straight into a test center. */
public final class MatchingFixtures {

    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 1, 2, 0);

    private final CenterContext context;

    public MatchingFixtures(CenterContext context) {
        this.context = context;
    }

    public MatchingFixtures organization(String id, String name, String kind) {
        write(tx -> tx.insertInto(ORGANIZATION).set(ORGANIZATION.ID, id).set(ORGANIZATION.NAME_TH, name)
                .set(ORGANIZATION.KIND, kind).set(ORGANIZATION.SORT_KEY, ThaiText.sortKey(name))
                .set(ORGANIZATION.CREATED_AT, WRITTEN).set(ORGANIZATION.UPDATED_AT, WRITTEN).execute());
        return this;
    }

    public MatchingFixtures person(String id, String first, String last, String organizationId) {
        write(tx -> tx.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME_TH, first)
                .set(PERSON.LAST_NAME_TH, last).set(PERSON.ORGANIZATION_ID, organizationId)
                .set(PERSON.SORT_KEY, ThaiText.sortKey(first + " " + last))
                .set(PERSON.CREATED_AT, WRITTEN).set(PERSON.UPDATED_AT, WRITTEN).execute());
        return this;
    }

    /** An innovator that is an organization (created with it). */
    public MatchingFixtures innovator(String id, String name, String contactPersonId) {
        organization("org-" + id, name, "startup");
        write(tx -> tx.insertInto(INNOVATOR).set(INNOVATOR.ID, id).set(INNOVATOR.ORGANIZATION_ID, "org-" + id)
                .set(INNOVATOR.NAME, name).set(INNOVATOR.KIND, "startup").set(INNOVATOR.ROSTER_STATUS, "active")
                .set(INNOVATOR.CONTACT_PERSON_ID, contactPersonId).set(INNOVATOR.SORT_KEY, ThaiText.sortKey(name))
                .set(INNOVATOR.CREATED_AT, WRITTEN).set(INNOVATOR.UPDATED_AT, WRITTEN).execute());
        return this;
    }

    public MatchingFixtures solution(String id, String innovatorId, String name, String summary, int trl,
            String serviceAreas, List<String> tags) {
        write(tx -> {
            tx.insertInto(SOLUTION).set(SOLUTION.ID, id).set(SOLUTION.INNOVATOR_ID, innovatorId)
                    .set(SOLUTION.NAME, name).set(SOLUTION.SUMMARY, summary).set(SOLUTION.TRL, trl)
                    .set(SOLUTION.SERVICE_AREAS, serviceAreas)
                    .set(SOLUTION.CREATED_AT, WRITTEN).set(SOLUTION.UPDATED_AT, WRITTEN).execute();
            for (String tag : tags) {
                String tagId = "tag-" + tag;
                tx.insertInto(TAG).set(TAG.ID, tagId).set(TAG.NAME, tag).set(TAG.CREATED_AT, WRITTEN)
                        .set(TAG.UPDATED_AT, WRITTEN).onConflictDoNothing().execute();
                String existing = tx.select(TAG.ID).from(TAG).where(TAG.NAME.eq(tag)).fetchSingle(TAG.ID);
                tx.insertInto(SOLUTION_TAG).set(SOLUTION_TAG.ID, id + "-" + tag).set(SOLUTION_TAG.SOLUTION_ID, id)
                        .set(SOLUTION_TAG.TAG_ID, existing).set(SOLUTION_TAG.CREATED_AT, WRITTEN)
                        .set(SOLUTION_TAG.UPDATED_AT, WRITTEN).execute();
            }
            return null;
        });
        return this;
    }

    private void write(java.util.function.Function<DSLContext, Object> work) {
        context.database().transactions().write(work::apply);
    }
}
