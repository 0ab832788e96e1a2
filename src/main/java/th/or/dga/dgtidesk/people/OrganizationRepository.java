package th.or.dga.dgtidesk.people;

import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.db.generated.tables.Organization;

/** Organizations for their list and form, in Thai dictionary order, with their people counted. */
public final class OrganizationRepository {

    private static final Organization PARENT = ORGANIZATION.as("parent");
    private static final Field<Integer> PEOPLE = DSL.field(DSL.selectCount().from(PERSON)
            .where(PERSON.ORGANIZATION_ID.eq(ORGANIZATION.ID)).and(PERSON.MERGED_INTO_ID.isNull()));

    /** Live organizations, the ones with {@code ids} only when given (a search), Thai order. */
    public List<th.or.dga.dgtidesk.people.Organization> list(DSLContext dsl, List<String> ids, int limit) {
        Condition condition = ORGANIZATION.MERGED_INTO_ID.isNull();
        if (ids != null) {
            condition = condition.and(ORGANIZATION.ID.in(ids));
        }
        List<th.or.dga.dgtidesk.people.Organization> rows = select(dsl).where(condition)
                .orderBy(ORGANIZATION.SORT_KEY).limit(limit).fetch(OrganizationRepository::toOrganization);
        if (ids != null) {
            Map<String, Integer> position = new HashMap<>();
            ids.forEach(id -> position.putIfAbsent(id, position.size()));
            rows.sort(Comparator.comparing(row -> position.get(row.id())));
        }
        return rows;
    }

    public Optional<th.or.dga.dgtidesk.people.Organization> byId(DSLContext dsl, String id) {
        return select(dsl).where(ORGANIZATION.ID.eq(id)).fetchOptional(OrganizationRepository::toOrganization);
    }

    /** Government agencies that can be a parent ministry, Thai order. */
    public List<th.or.dga.dgtidesk.people.Organization> ministries(DSLContext dsl) {
        return select(dsl).where(ORGANIZATION.MERGED_INTO_ID.isNull())
                .and(ORGANIZATION.KIND.eq("government_agency")).and(ORGANIZATION.PARENT_MINISTRY_ID.isNull())
                .orderBy(ORGANIZATION.SORT_KEY).fetch(OrganizationRepository::toOrganization);
    }

    public void update(DSLContext tx, th.or.dga.dgtidesk.people.Organization o, LocalDateTime now, String actingId) {
        tx.update(ORGANIZATION)
                .set(ORGANIZATION.NAME_TH, o.nameTh())
                .set(ORGANIZATION.NAME_EN, o.nameEn())
                .set(ORGANIZATION.KIND, o.kind())
                .set(ORGANIZATION.PARENT_MINISTRY_ID, o.parentMinistryId())
                .set(ORGANIZATION.PROVINCE, o.province())
                .set(ORGANIZATION.SORT_KEY, ThaiText.sortKey(o.nameTh()))
                .set(ORGANIZATION.UPDATED_AT, now)
                .set(ORGANIZATION.UPDATED_BY, actingId)
                .where(ORGANIZATION.ID.eq(o.id()))
                .execute();
    }

    private static org.jooq.SelectOnConditionStep<? extends Record> select(DSLContext dsl) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.NAME_EN, ORGANIZATION.KIND,
                        ORGANIZATION.PARENT_MINISTRY_ID, PARENT.NAME_TH, ORGANIZATION.PROVINCE, PEOPLE)
                .from(ORGANIZATION).leftJoin(PARENT).on(PARENT.ID.eq(ORGANIZATION.PARENT_MINISTRY_ID));
    }

    private static th.or.dga.dgtidesk.people.Organization toOrganization(Record r) {
        Integer people = r.get(PEOPLE);
        return new th.or.dga.dgtidesk.people.Organization(r.get(ORGANIZATION.ID), r.get(ORGANIZATION.NAME_TH),
                r.get(ORGANIZATION.NAME_EN), r.get(ORGANIZATION.KIND), r.get(ORGANIZATION.PARENT_MINISTRY_ID),
                r.get(PARENT.NAME_TH), r.get(ORGANIZATION.PROVINCE), people == null ? 0 : people);
    }
}
