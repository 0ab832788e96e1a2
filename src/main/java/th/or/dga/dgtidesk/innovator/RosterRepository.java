package th.or.dga.dgtidesk.innovator;

import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.ThaiText;

/** The roster list: innovators narrowed by a {@link RosterFilter}, in Thai dictionary order. */
public final class RosterRepository {

    /** An organization innovator's province is its organization's; an individual's is the person's. */
    private static final Field<String> PROVINCE = DSL.coalesce(ORGANIZATION.PROVINCE, PERSON.PROVINCE).as("province");
    private static final Field<Integer> SOLUTIONS = DSL.field(DSL.selectCount().from(SOLUTION)
            .where(SOLUTION.INNOVATOR_ID.eq(INNOVATOR.ID))).as("solutions");
    private static final Field<Integer> HIGHEST_TRL = DSL.field(DSL.select(DSL.max(SOLUTION.TRL)).from(SOLUTION)
            .where(SOLUTION.INNOVATOR_ID.eq(INNOVATOR.ID))).as("highest_trl");

    /** Innovators matching {@code filter}; {@code ids} (from a text search) null for no text filter. */
    public List<RosterRow> list(DSLContext dsl, RosterFilter filter, List<String> ids, int limit) {
        List<RosterRow> rows = dsl.select(INNOVATOR.ID, INNOVATOR.NAME, INNOVATOR.KIND, INNOVATOR.ROSTER_STATUS,
                        PROVINCE, INNOVATOR.COHORT, INNOVATOR.JOINED_ON, INNOVATOR.CONSENT_TO_PUBLISH, SOLUTIONS,
                        HIGHEST_TRL)
                .from(INNOVATOR)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(INNOVATOR.ORGANIZATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(INNOVATOR.PERSON_ID))
                .where(condition(filter, ids))
                .orderBy(INNOVATOR.SORT_KEY)
                .limit(limit)
                .fetch(r -> new RosterRow(r.get(INNOVATOR.ID), r.get(INNOVATOR.NAME),
                        InnovatorKind.fromCode(r.get(INNOVATOR.KIND)), RosterStatus.fromCode(r.get(INNOVATOR.ROSTER_STATUS)),
                        r.get(PROVINCE), r.get(INNOVATOR.COHORT), r.get(INNOVATOR.JOINED_ON),
                        Boolean.TRUE.equals(r.get(INNOVATOR.CONSENT_TO_PUBLISH)), List.of(), r.get(SOLUTIONS),
                        r.get(HIGHEST_TRL)));
        return withTags(dsl, rows);
    }

    private static Condition condition(RosterFilter filter, List<String> ids) {
        Condition condition = DSL.trueCondition();
        if (filter.status() != null) {
            condition = condition.and(INNOVATOR.ROSTER_STATUS.eq(filter.status().code()));
        }
        if (filter.province() != null) {
            condition = condition.and(DSL.coalesce(ORGANIZATION.PROVINCE, PERSON.PROVINCE).eq(filter.province()));
        }
        if (ids != null) {
            condition = condition.and(INNOVATOR.ID.in(ids));
        }
        String tag = ThaiText.clean(filter.tag());
        Condition innovatorHasTag = tag == null ? DSL.trueCondition() : DSL.exists(DSL.selectOne().from(INNOVATOR_TAG)
                .where(INNOVATOR_TAG.INNOVATOR_ID.eq(INNOVATOR.ID)).and(INNOVATOR_TAG.TAG_ID.in(tagIds(tag))));
        Condition solutionHasTag = tag == null ? DSL.trueCondition() : DSL.exists(DSL.selectOne().from(SOLUTION_TAG)
                .where(SOLUTION_TAG.SOLUTION_ID.eq(SOLUTION.ID)).and(SOLUTION_TAG.TAG_ID.in(tagIds(tag))));
        Condition trl = filter.minTrl() == null ? DSL.trueCondition() : SOLUTION.TRL.ge(filter.minTrl());
        if (filter.minTrl() != null) {
            // A ready solution that carries the tag itself, or any ready solution of an innovator that does.
            condition = condition.and(DSL.exists(DSL.selectOne().from(SOLUTION)
                    .where(SOLUTION.INNOVATOR_ID.eq(INNOVATOR.ID)).and(trl)
                    .and(tag == null ? DSL.trueCondition() : innovatorHasTag.or(solutionHasTag))));
        } else if (tag != null) {
            condition = condition.and(innovatorHasTag.or(DSL.exists(DSL.selectOne().from(SOLUTION)
                    .where(SOLUTION.INNOVATOR_ID.eq(INNOVATOR.ID)).and(solutionHasTag))));
        }
        return condition;
    }

    /** The tag named {@code name}; Latin letters ignoring case, as tags are found when typed. */
    private static org.jooq.Select<org.jooq.Record1<String>> tagIds(String name) {
        return DSL.select(TAG.ID).from(TAG).where(DSL.lower(TAG.NAME).eq(DSL.lower(DSL.val(name))));
    }

    /** The rows with their focus tags, read in one query. */
    private static List<RosterRow> withTags(DSLContext dsl, List<RosterRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<String>> tags = new HashMap<>();
        dsl.select(INNOVATOR_TAG.INNOVATOR_ID, TAG.NAME).from(INNOVATOR_TAG).join(TAG).on(TAG.ID.eq(INNOVATOR_TAG.TAG_ID))
                .where(INNOVATOR_TAG.INNOVATOR_ID.in(rows.stream().map(RosterRow::id).toList()))
                .orderBy(DSL.lower(TAG.NAME))
                .forEach(r -> tags.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        return rows.stream().map(row -> new RosterRow(row.id(), row.name(), row.kind(), row.status(), row.province(),
                row.cohort(), row.joinedOn(), row.consentToPublish(), List.copyOf(tags.getOrDefault(row.id(),
                        List.of())), row.solutions(), row.highestTrl())).toList();
    }

    /** The provinces innovators are in, in Thai order: the choices of the province filter. */
    public List<String> provinces(DSLContext dsl) {
        Field<String> province = DSL.coalesce(ORGANIZATION.PROVINCE, PERSON.PROVINCE);
        return dsl.selectDistinct(province).from(INNOVATOR)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(INNOVATOR.ORGANIZATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(INNOVATOR.PERSON_ID))
                .where(province.isNotNull())
                .fetch(province).stream().sorted(ThaiText.comparator()).toList();
    }

    /** Innovators owning the solutions with these ids (a text search over solutions), without repeats. */
    public List<String> innovatorsOfSolutions(DSLContext dsl, List<String> solutionIds) {
        return solutionIds.isEmpty() ? List.of() : dsl.selectDistinct(SOLUTION.INNOVATOR_ID).from(SOLUTION)
                .where(SOLUTION.ID.in(solutionIds)).fetch(SOLUTION.INNOVATOR_ID);
    }
}
