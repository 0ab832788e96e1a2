package th.or.dga.dgtidesk.people;

import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record7;
import org.jooq.SelectOnConditionStep;

/** People as the lists read them. */
public final class PersonRepository {

    /** A page of people in Thai dictionary order, served by the index on sort_key. */
    public List<PersonListItem> sortedPage(DSLContext dsl, int offset, int limit) {
        return select(dsl)
                .where(PERSON.MERGED_INTO_ID.isNull())
                .orderBy(PERSON.SORT_KEY)
                .limit(limit)
                .offset(offset)
                .fetch(PersonRepository::toItem);
    }

    /** The people with these ids, in the order of {@code ids}. */
    public List<PersonListItem> byIds(DSLContext dsl, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<PersonListItem> items = select(dsl).where(PERSON.ID.in(ids)).fetch(PersonRepository::toItem);
        items.sort(Comparator.comparing(item -> position.get(item.id())));
        return items;
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(PERSON, PERSON.MERGED_INTO_ID.isNull());
    }

    private static SelectOnConditionStep<Record7<String, String, String, String, String, String, String>> select(
            DSLContext dsl) {
        return dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.EMAIL,
                        PERSON.PHONE, ORGANIZATION.NAME_TH)
                .from(PERSON)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID));
    }

    private static PersonListItem toItem(Record r) {
        return new PersonListItem(r.get(PERSON.ID), r.get(PERSON.TITLE_PREFIX), r.get(PERSON.FIRST_NAME_TH),
                r.get(PERSON.LAST_NAME_TH), r.get(PERSON.EMAIL), r.get(PERSON.PHONE), r.get(ORGANIZATION.NAME_TH));
    }
}
